import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { ConsentKind } from '../../../shared/profile';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, SelectField, Success, useFormErrors } from '../../app/forms';
import { Loading } from '../../app/Page';
import { ApiError } from '../../app/problem';
import type { ConsentView, Consents } from '../../app/types';
import { capitalise, consentOverview } from './privacy';

export const consentsKey = ['privacy', 'consents'] as const;

/** The name of one consent in running text: "visible to employers", "shared with Kotoverkko ry". */
export function useConsentName() {
  const { t } = useTranslation();
  return (kind: ConsentKind, organisation?: string | null) =>
    kind === 'organisation'
      ? t('privacy.consent.name.organisation', { organisation: organisation ?? '' })
      : kind === 'employer_visibility'
        ? t('privacy.consent.name.employer_visibility')
        : t('privacy.consent.name.hub_counsellors');
}

/** What a consent shares, with whom, why, and how to withdraw it: read before consenting. */
export function ConsentExplanation({ id, what, whom, why }: { id: string; what: string; whom: string; why: string }) {
  const { t } = useTranslation();
  return (
    <dl className="privacy-explain" id={id}>
      <dt>{t('privacy.consent.what')}</dt>
      <dd>{what}</dd>
      <dt>{t('privacy.consent.whom')}</dt>
      <dd>{whom}</dd>
      <dt>{t('privacy.consent.why')}</dt>
      <dd>{why}</dd>
      <dt>{t('privacy.consent.withdrawal')}</dt>
      <dd>{t('privacy.consent.withdrawalText')}</dd>
    </dl>
  );
}

/** "Given on 3 Nov 2026 by you in the service" / "... recorded by a counsellor at a meeting". */
function GivenLine({ consent }: { consent: ConsentView }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <p className="privacy-given">
      <strong className="privacy-state privacy-state-on">{t('privacy.consent.inForce')}</strong>{' '}
      {consent.method === 'in_person'
        ? t('privacy.consent.givenInPerson', { date: f.date(consent.grantedAt) })
        : t('privacy.consent.givenSelfService', { date: f.date(consent.grantedAt) })}
    </p>
  );
}

function NotGiven() {
  const { t } = useTranslation();
  return (
    <p className="privacy-given">
      <strong className="privacy-state">{t('privacy.consent.notGiven')}</strong>
    </p>
  );
}

function ConsentBlock({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="privacy-consent">
      <h3 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h3>
      {children}
    </div>
  );
}

type Change = { kind: ConsentKind; organisationId?: string | null; withdrawId?: string; name: string };

export function ConsentsSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const qc = useQueryClient();
  const consentName = useConsentName();
  const consents = useQuery({ queryKey: consentsKey, queryFn: () => api<Consents>('GET', '/api/privacy/consents') });
  const [organisationId, setOrganisationId] = useState('');
  // Feedback is shown in the block the person acted in, where the focus is.
  const [feedback, setFeedback] = useState<{ kind: ConsentKind; done: string | null }>({ kind: 'employer_visibility', done: null });
  const errors = useFormErrors();
  const change = useMutation({
    mutationFn: (c: Change) =>
      c.withdrawId
        ? api<Consents>('DELETE', `/api/privacy/consents/${c.withdrawId}`)
        : api<Consents>('POST', '/api/privacy/consents', {
            kind: c.kind,
            organisationId: c.organisationId ?? null,
            textVersion: consents.data?.textVersion ?? '',
          }),
    onMutate: (c) => {
      setFeedback({ kind: c.kind, done: null });
      errors.clear();
    },
    onSuccess: (data, c) => {
      qc.setQueryData(consentsKey, data);
      if (c.kind === 'organisation' && !c.withdrawId) setOrganisationId('');
      setFeedback({
        kind: c.kind,
        done: c.withdrawId ? t('privacy.consent.withdrawn', { consent: c.name }) : t('privacy.consent.given', { consent: c.name }),
      });
      // The button pressed is gone (replaced by its opposite): keep the keyboard user in the same block.
      document.getElementById(`consent-${c.kind}-title`)?.focus();
    },
    onError: async (e) => {
      errors.fromError(e);
      // A newer consent text means the person has not seen it yet: show it before they decide.
      if (e instanceof ApiError && e.code === 'consent.outdated_text') await qc.invalidateQueries({ queryKey: consentsKey });
    },
  });

  if (consents.isPending) return <Loading />;
  if (consents.isError) return <FormError message={{ key: 'errors.server.error' }} />;
  const o = consentOverview(consents.data);
  const busy = change.isPending;

  const feedbackFor = (kind: ConsentKind) =>
    feedback.kind === kind && (
      <>
        <FormError message={errors.form} />
        {feedback.done && <Success>{feedback.done}</Success>}
      </>
    );

  function toggle(kind: Exclude<ConsentKind, 'organisation'>, active: ConsentView | null) {
    const name = consentName(kind);
    change.mutate(active ? { kind, withdrawId: active.id, name } : { kind, name });
  }
  const toggleButton = (kind: Exclude<ConsentKind, 'organisation'>, active: ConsentView | null) => (
    <Button
      id={`consent-${kind}-${active ? 'withdraw' : 'give'}`}
      variant={active ? 'secondary' : 'default'}
      disabled={busy}
      aria-label={
        active
          ? t('privacy.consent.withdrawLabel', { consent: consentName(kind) })
          : t('privacy.consent.giveLabel', { consent: consentName(kind) })
      }
      onClick={() => toggle(kind, active)}
    >
      {active ? t('privacy.consent.withdraw') : t('privacy.consent.give')}
    </Button>
  );

  return (
    <>
      <p>{t('privacy.consents.lead')}</p>
      <p>
        <RLink to="/profile/employer-view">{t('privacy.consents.employerViewLink')}</RLink>
      </p>

      <ConsentBlock id="consent-employer_visibility" title={t('privacy.consent.employer_visibility.title')}>
        <ConsentExplanation
          id="consent-employer_visibility-explain"
          what={t('privacy.consent.employer_visibility.what')}
          whom={t('privacy.consent.employer_visibility.whom')}
          why={t('privacy.consent.employer_visibility.why')}
        />
        {feedbackFor('employer_visibility')}
        {o.employer ? <GivenLine consent={o.employer} /> : <NotGiven />}
        {toggleButton('employer_visibility', o.employer)}
      </ConsentBlock>

      <ConsentBlock id="consent-hub_counsellors" title={t('privacy.consent.hub_counsellors.title')}>
        <ConsentExplanation
          id="consent-hub_counsellors-explain"
          what={t('privacy.consent.hub_counsellors.what')}
          whom={t('privacy.consent.hub_counsellors.whom')}
          why={t('privacy.consent.hub_counsellors.why')}
        />
        {feedbackFor('hub_counsellors')}
        {o.hub ? <GivenLine consent={o.hub} /> : <NotGiven />}
        {toggleButton('hub_counsellors', o.hub)}
      </ConsentBlock>

      <ConsentBlock id="consent-organisation" title={t('privacy.consent.organisation.title')}>
        <ConsentExplanation
          id="consent-organisation-explain"
          what={t('privacy.consent.organisation.what')}
          whom={t('privacy.consent.organisation.whom')}
          why={t('privacy.consent.organisation.why')}
        />
        {feedbackFor('organisation')}
        {o.organisations.length === 0 ? (
          <NotGiven />
        ) : (
          <ul className="privacy-orgs">
            {o.organisations.map((c) => {
              const name = consentName('organisation', c.organisation?.name);
              return (
                <li key={c.id}>
                  <strong>{c.organisation?.name}</strong>
                  <GivenLine consent={c} />
                  <Button
                    id={`consent-organisation-withdraw-${c.id}`}
                    variant="secondary"
                    disabled={busy}
                    aria-label={t('privacy.consent.withdrawLabel', { consent: name })}
                    onClick={() => change.mutate({ kind: 'organisation', withdrawId: c.id, name })}
                  >
                    {t('privacy.consent.withdraw')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        {o.available.length > 0 && (
          <form
            className="privacy-org-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const org = o.available.find((a) => a.id === organisationId);
              if (!org) {
                setFeedback({ kind: 'organisation', done: null });
                errors.fail({ organisationId: { key: 'privacy.consent.organisation.chooseFirst' } });
                document.getElementById('consent-organisation-choose')?.focus();
                return;
              }
              change.mutate({ kind: 'organisation', organisationId: org.id, name: consentName('organisation', org.name) });
            }}
          >
            <SelectField
              id="consent-organisation-choose"
              label={o.organisations.length ? t('privacy.consent.organisation.chooseAnother') : t('privacy.consent.organisation.choose')}
              value={organisationId}
              onChange={setOrganisationId}
              placeholder={t('form.choose')}
              options={o.available.map((a) => ({
                value: a.id,
                label: a.partnerType ? `${a.name} (${t(`partnerTypes.${a.partnerType}`)})` : a.name,
              }))}
              error={errors.fields.organisationId}
            />
            <Button type="submit" id="consent-organisation-give" disabled={busy} aria-label={t('privacy.consent.organisation.giveLabel')}>
              {t('privacy.consent.give')}
            </Button>
          </form>
        )}
      </ConsentBlock>

      {consents.data.history.length > 0 && (
        <details className="privacy-history">
          <summary>{t('privacy.consents.history', { count: consents.data.history.length })}</summary>
          <div className="table-wrap">
            <table className="stack">
              <caption className="visually-hidden">{t('privacy.consents.historyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('privacy.consents.historyConsent')}</th>
                  <th scope="col">{t('privacy.consents.historyGiven')}</th>
                  <th scope="col">{t('privacy.consents.historyWithdrawn')}</th>
                </tr>
              </thead>
              <tbody>
                {consents.data.history.map((c) => (
                  <tr key={c.id}>
                    <td className="stack-title">{capitalise(consentName(c.kind, c.organisation?.name), f.locale)}</td>
                    <td data-label={t('privacy.consents.historyGiven')}>
                      {f.date(c.grantedAt)}{' '}
                      <span className="muted">
                        ({c.method === 'in_person' ? t('privacy.consents.methodInPerson') : t('privacy.consents.methodSelfService')})
                      </span>
                    </td>
                    <td data-label={t('privacy.consents.historyWithdrawn')}>{c.withdrawnAt ? f.date(c.withdrawnAt) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}
