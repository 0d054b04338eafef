import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import { ZReferralRequest, guidanceLimits } from '../../../server/modules/guidance/guidance.schema';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, SelectField, Success, TextField, useFormErrors, useMessage } from '../../app/forms';
import { Loading, Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { caseKeys, clientPath, useCaseMutation, type Referral, type ReferralTarget } from './guidanceApi';
import { Reveal } from './Reveal';

/** One referral: who sent whom where, its status, and the decision with its reason. */
export function ReferralSummary({ r }: { r: Referral }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <p>
        <strong>{r.service}</strong> ·{' '}
        <span className={`referral-status referral-status-${r.status}`}>{t(`guidance.referralStatus.${r.status}`)}</span>
      </p>
      <p className="muted">
        {t('guidance.referrals.fromTo', { from: r.from.name, to: r.to.name })} · {f.date(r.createdAt)}
        {r.referredBy ? ` · ${r.referredBy}` : ''}
      </p>
      {r.message && <p className="referral-message">{r.message}</p>}
      {r.decidedAt && (
        <p className="muted">
          {t(`guidance.referrals.decided.${r.status}`, { name: r.decidedBy ?? t('guidance.someone'), date: f.date(r.decidedAt) })}
        </p>
      )}
      {r.decisionReason && <p className="referral-reason">{t('guidance.referrals.reason', { reason: r.decisionReason })}</p>}
    </>
  );
}

function ReferralForm({
  userId,
  targets,
  onSent,
}: {
  userId: string;
  targets: ReferralTarget[];
  onSent: (organisation: string | null) => void;
}) {
  const { t } = useTranslation();
  const msg = useMessage();
  const errors = useFormErrors();
  const [to, setTo] = useState('');
  const [service, setService] = useState('');
  const [message, setMessage] = useState('');
  const refer = useCaseMutation(
    userId,
    (body: unknown) => api<Referral>('POST', `${clientPath(userId)}/referrals`, body),
    (r) => onSent(r.to.name),
  );
  const chosen = targets.find((o) => o.id === to);
  function submit(e: FormEvent) {
    e.preventDefault();
    const valid = errors.validate(ZReferralRequest, { toOrganisationId: to, service, message: message || null });
    if (!valid) return;
    if (chosen && !chosen.shared) {
      errors.fail({ toOrganisationId: { key: 'errors.referral.not_shared' } });
      return;
    }
    refer.mutate(valid, { onError: (err) => errors.fromError(err) });
  }
  return (
    <form onSubmit={submit} noValidate className="form referral-form" aria-labelledby="referral-new-heading">
      <h3 id="referral-new-heading">{t('guidance.referrals.newHeading')}</h3>
      <FormError message={errors.form} />
      <SelectField
        id="referral-to"
        label={t('guidance.referrals.to')}
        hint={t('guidance.referrals.toHint')}
        value={to}
        onChange={setTo}
        placeholder={t('form.choose')}
        options={targets.map((o) => ({
          value: o.id,
          label: o.shared ? o.name : t('guidance.referrals.notShared', { organisation: o.name }),
        }))}
        error={errors.fields.toOrganisationId}
      />
      <TextField
        id="referral-service"
        label={t('guidance.referrals.service')}
        hint={t('guidance.referrals.serviceHint')}
        value={service}
        onChange={setService}
        error={errors.fields.service}
      />
      <Textarea
        id="referral-message"
        labelText={t('guidance.referrals.message')}
        hintText={t('guidance.referrals.messageHint', { max: guidanceLimits.referralMessage })}
        optionalText={t('form.optional')}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        status={errors.fields.message ? 'error' : 'default'}
        statusText={msg(errors.fields.message)}
        rows={3}
        fullWidth
      />
      <div className="button-row">
        <Button type="submit" id="referral-send" disabled={refer.isPending}>
          {t('guidance.referrals.send')}
        </Button>
        <Button variant="secondary" id="referral-cancel" onClick={() => onSent(null)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The client's referrals between organisations, and a new referral (only where the client consents). */
export function ReferralsSection({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<string | null>(null);
  const referrals = useQuery({
    queryKey: caseKeys.referrals(userId),
    queryFn: () => api<{ items: Referral[] }>('GET', `${clientPath(userId)}/referrals`),
  });
  const targets = useQuery({
    queryKey: [...caseKeys.referrals(userId), 'targets'],
    queryFn: () => api<{ items: ReferralTarget[] }>('GET', `${clientPath(userId)}/referral-targets`),
  });
  return (
    <Section title={t('guidance.referrals.heading')} id="referrals-heading">
      {referrals.isPending ? (
        <Loading />
      ) : referrals.isError ? (
        <FormError message={problemMessage(referrals.error)} />
      ) : referrals.data.items.length === 0 ? (
        <p>{t('guidance.referrals.none')}</p>
      ) : (
        <ul className="referral-list">
          {referrals.data.items.map((r) => (
            <li key={r.id} className="referral">
              <ReferralSummary r={r} />
            </li>
          ))}
        </ul>
      )}
      {sent && <Success>{t('guidance.referrals.sent', { organisation: sent })}</Success>}
      {targets.data && (
        <Reveal id="referral-new" label={t('guidance.referrals.newHeading')} variant="default">
          {(close) => (
            <ReferralForm
              userId={userId}
              targets={targets.data.items}
              onSent={(organisation) => {
                setSent(organisation);
                close();
              }}
            />
          )}
        </Reveal>
      )}
    </Section>
  );
}
