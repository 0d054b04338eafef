import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Button, Textarea } from 'suomifi-ui-components';
import { referralDirections } from '../../../server/modules/guidance/guidance.schema';
import { referralStatuses } from '../../../shared/guidance';
import { api, query } from '../../app/api';
import { FormError, SelectField, useMessage } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { Pager } from '../../app/Pager';
import { problemMessage, type Message } from '../../app/problem';
import { useSearchState } from '../../app/useSearchState';
import { useCaseMutation, type Referral } from './guidanceApi';
import { ReferralSummary } from './ReferralsSection';

const limit = 30;

function Decide({ r }: { r: Referral }) {
  const { t } = useTranslation();
  const msg = useMessage();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<Message | undefined>();
  const accept = useCaseMutation(r.client.id, () => api<Referral>('POST', `/api/referrals/${r.id}/accept`));
  const decline = useCaseMutation(r.client.id, (body: { reason: string }) => api<Referral>('POST', `/api/referrals/${r.id}/decline`, body));
  const error = accept.error ?? decline.error;
  function submitDecline(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setReasonError({ key: 'guidance.referrals.reasonRequired' });
      return;
    }
    setReasonError(undefined);
    decline.mutate({ reason: reason.trim() });
  }
  return (
    <div className="referral-decide">
      <FormError message={error ? problemMessage(error) : null} />
      {!declining ? (
        <div className="button-row">
          <Button id={`referral-${r.id}-accept`} disabled={accept.isPending} onClick={() => accept.mutate(undefined)}>
            {t('guidance.referrals.accept')}
          </Button>
          <Button variant="secondary" id={`referral-${r.id}-decline`} onClick={() => setDeclining(true)}>
            {t('guidance.referrals.decline')}
          </Button>
        </div>
      ) : (
        <form
          onSubmit={submitDecline}
          noValidate
          className="form"
          aria-label={t('guidance.referrals.declineLabel', { service: r.service })}
        >
          <Textarea
            id={`referral-${r.id}-reason`}
            labelText={t('guidance.referrals.declineReason')}
            hintText={t('guidance.referrals.declineReasonHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            status={reasonError ? 'error' : 'default'}
            statusText={msg(reasonError)}
            rows={3}
            fullWidth
          />
          <div className="button-row">
            <Button type="submit" id={`referral-${r.id}-decline-confirm`} disabled={decline.isPending}>
              {t('guidance.referrals.declineConfirm')}
            </Button>
            <Button variant="secondary" id={`referral-${r.id}-decline-cancel`} onClick={() => setDeclining(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

function Withdraw({ r }: { r: Referral }) {
  const { t } = useTranslation();
  const withdraw = useCaseMutation(r.client.id, () => api<Referral>('POST', `/api/referrals/${r.id}/withdraw`));
  return (
    <>
      <FormError message={withdraw.isError ? problemMessage(withdraw.error) : null} />
      <Button variant="secondary" id={`referral-${r.id}-withdraw`} disabled={withdraw.isPending} onClick={() => withdraw.mutate(undefined)}>
        {t('guidance.referrals.withdraw')}
      </Button>
    </>
  );
}

/** Referrals my organisation received (to accept or decline) and sent (to follow). */
export function ReferralsPage() {
  const { t } = useTranslation();
  const { values, offset, set } = useSearchState(['direction', 'status'] as const);
  const direction = values.direction === 'outgoing' ? 'outgoing' : 'incoming';
  const params = { direction, status: values.status, limit, offset };
  const list = useQuery({
    queryKey: ['referrals', params],
    queryFn: () => api<{ total: number; items: Referral[] }>('GET', `/api/referrals${query(params)}`),
    placeholderData: keepPreviousData,
  });
  return (
    <Page title={t('guidance.referrals.pageTitle')} lead={<p>{t('guidance.referrals.pageLead')}</p>} wide>
      <nav aria-label={t('guidance.referrals.directions')} className="tabs">
        <ul>
          {referralDirections.map((d) => (
            <li key={d}>
              <RLink to={`/referrals${query({ direction: d })}`} aria-current={d === direction ? 'page' : undefined}>
                {t(`guidance.referrals.direction.${d}`)}
              </RLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="filters">
        <SelectField
          id="referrals-status"
          label={t('guidance.referrals.status')}
          value={values.status}
          onChange={(v) => set({ status: v })}
          placeholder={t('guidance.caseload.any')}
          options={referralStatuses.map((s) => ({ value: s, label: t(`guidance.referralStatus.${s}`) }))}
        />
      </div>
      <Section title={t(`guidance.referrals.direction.${direction}`)} id="referrals-list">
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <FormError message={problemMessage(list.error)} />
        ) : list.data.items.length === 0 ? (
          <p role="status">{t(`guidance.referrals.noneIn.${direction}`)}</p>
        ) : (
          <>
            <ul className="referral-list">
              {list.data.items.map((r) => (
                <li key={r.id} className="referral">
                  <p>
                    <RLink to={`/clients/${encodeURIComponent(r.client.id)}`}>{r.client.name}</RLink>
                  </p>
                  <ReferralSummary r={r} />
                  {r.canDecide && <Decide r={r} />}
                  {r.canWithdraw && <Withdraw r={r} />}
                </li>
              ))}
            </ul>
            <Pager id="referrals-pager" total={list.data.total} limit={limit} offset={offset} onOffset={(o) => set({ offset: o }, false)} />
          </>
        )}
      </Section>
    </Page>
  );
}
