import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, SelectField } from '../../app/forms';
import { Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { clientPath, useCaseMutation, useCounsellors, type Case, type Overview } from './guidanceApi';

function OwnCase({ userId, c }: { userId: string; c: Case }) {
  const { t } = useTranslation();
  const counsellors = useCounsellors();
  const update = useCaseMutation(userId, (body: { assignedTo?: string | null; status?: Case['status'] }) =>
    api('PATCH', `/api/cases/${c.id}`, body),
  );
  const options = (counsellors.data?.items ?? [])
    .filter((p) => p.organisationId === c.organisation.id)
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <div className="case-actions">
      <FormError message={update.isError ? problemMessage(update.error) : null} />
      <SelectField
        id={`case-${c.id}-assignee`}
        label={t('guidance.case.assignee')}
        value={c.assignee?.id ?? ''}
        placeholder={t('guidance.caseload.unassigned')}
        options={options}
        onChange={(v) => update.mutate({ assignedTo: v || null })}
      />
      <div className="button-row">
        {c.status === 'active' && (
          <Button
            variant="secondary"
            id={`case-${c.id}-pause`}
            disabled={update.isPending}
            onClick={() => update.mutate({ status: 'paused' })}
          >
            {t('guidance.case.pause')}
          </Button>
        )}
        {c.status !== 'active' && (
          <Button
            variant="secondary"
            id={`case-${c.id}-activate`}
            disabled={update.isPending}
            onClick={() => update.mutate({ status: 'active' })}
          >
            {c.status === 'closed' ? t('guidance.case.reopen') : t('guidance.case.resume')}
          </Button>
        )}
        {c.status !== 'closed' && (
          <Button
            variant="secondary"
            id={`case-${c.id}-close`}
            disabled={update.isPending}
            onClick={() => update.mutate({ status: 'closed' })}
          >
            {t('guidance.case.close')}
          </Button>
        )}
      </div>
    </div>
  );
}

/** Which organisations hold the client's case, who is responsible, and taking the client on. */
export function CaseSection({ userId, overview }: { userId: string; overview: Overview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const takeOn = useCaseMutation(userId, () => api('POST', `${clientPath(userId)}/case`, {}));
  const mineOpen = overview.cases.some((c) => c.mine && c.status !== 'closed');
  return (
    <Section title={t('guidance.case.heading')} id="case-heading">
      {overview.cases.length === 0 && <p>{t('guidance.case.none')}</p>}
      <ul className="case-list">
        {overview.cases.map((c) => (
          <li key={c.id} className="case-card">
            <p className="case-org">
              <strong>{c.organisation.name}</strong> ·{' '}
              <span className={`case-status case-status-${c.status}`}>{t(`guidance.caseStatus.${c.status}`)}</span>
            </p>
            <p className="muted">
              {t('guidance.case.opened', { date: f.date(c.openedAt) })}
              {' · '}
              {c.lastContactAt ? t('guidance.case.lastContact', { date: f.date(c.lastContactAt) }) : t('guidance.case.noContact')}
              {!c.mine && c.assignee ? ` · ${t('guidance.case.counsellor', { name: c.assignee.name })}` : ''}
            </p>
            {c.mine && <OwnCase userId={userId} c={c} />}
          </li>
        ))}
      </ul>
      {!mineOpen && (
        <div>
          <p>{t('guidance.case.takeOnLead')}</p>
          <FormError message={takeOn.isError ? problemMessage(takeOn.error) : null} />
          <Button id="case-take-on" disabled={takeOn.isPending} onClick={() => takeOn.mutate(undefined)}>
            {t('guidance.case.takeOn')}
          </Button>
        </div>
      )}
    </Section>
  );
}
