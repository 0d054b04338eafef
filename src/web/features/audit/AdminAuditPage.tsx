import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../app/api';
import { DateField } from '../../app/DateField';
import { useFormat } from '../../app/format';
import { FormError, SelectField } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { Pager } from '../../app/Pager';
import { ApiError, problemFields } from '../../app/problem';
import type { AuditRow, Page as ListPage } from '../../app/types';
import { useSearchState } from '../../app/useSearchState';
import { useAllOrganisations } from '../organisations/useAllOrganisations';

const limit = 50;
/** Action filters: the server matches by prefix, so `person.` covers every person action. */
export const auditActions = ['person.', 'membership.', 'organisation.', 'invitation.', 'member.read', 'audit.read', 'outbox.read'] as const;

export function actionLabel(t: (k: string) => string, action: string): string {
  const key = `audit.actions.${action}`;
  const label = t(key);
  return label === key ? action : label;
}

export function AdminAuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { values, offset, set } = useSearchState(['action', 'organisationId', 'actorUserId', 'subjectUserId', 'from', 'to'] as const);
  const [draft, setDraft] = useState({ action: values.action, organisationId: values.organisationId, from: values.from, to: values.to });
  const orgs = useAllOrganisations();
  const list = useQuery({
    queryKey: ['audit', values, offset],
    queryFn: () => api<ListPage<AuditRow>>('GET', `/api/admin/audit${query({ ...values, limit, offset })}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const fieldErrors = list.error instanceof ApiError ? problemFields(list.error.problem) : {};
  const personName = (id: string) =>
    list.data?.items.map((r) => (r.actor?.id === id ? r.actor.name : r.subject?.id === id ? r.subject.name : null)).find(Boolean) ?? id;
  return (
    <Page title={t('admin.audit.title')} lead={<p>{t('admin.audit.lead')}</p>} wide>
      <form
        className="filters"
        role="search"
        aria-label={t('admin.audit.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          set(draft);
        }}
      >
        <SelectField
          id="audit-action"
          label={t('admin.audit.action')}
          value={draft.action}
          onChange={(v) => setDraft({ ...draft, action: v })}
          placeholder={t('form.all')}
          options={auditActions.map((a) => ({ value: a, label: t(`audit.filters.${a}`) }))}
        />
        <SelectField
          id="audit-organisation"
          label={t('fields.organisation')}
          value={draft.organisationId}
          onChange={(v) => setDraft({ ...draft, organisationId: v })}
          placeholder={t('form.all')}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
        <DateField
          id="audit-from"
          label={t('admin.audit.from')}
          value={draft.from}
          onChange={(v) => setDraft({ ...draft, from: v })}
          error={fieldErrors.from ? { key: 'validation.invalid_date' } : undefined}
        />
        <DateField
          id="audit-to"
          label={t('admin.audit.to')}
          value={draft.to}
          onChange={(v) => setDraft({ ...draft, to: v })}
          error={fieldErrors.to ? { key: 'validation.invalid_date' } : undefined}
        />
        <Button type="submit" id="audit-apply">
          {t('admin.audit.apply')}
        </Button>
        <Button
          variant="secondary"
          id="audit-clear"
          onClick={() => {
            setDraft({ action: '', organisationId: '', from: '', to: '' });
            set({ action: '', organisationId: '', actorUserId: '', subjectUserId: '', from: '', to: '' });
          }}
        >
          {t('admin.audit.clear')}
        </Button>
      </form>
      {(values.actorUserId || values.subjectUserId) && (
        <ul className="active-filters" aria-label={t('admin.audit.personFilters')}>
          {values.actorUserId && (
            <li>
              {t('admin.audit.actorIs', { name: personName(values.actorUserId) })}{' '}
              <button type="button" className="link-button" onClick={() => set({ actorUserId: '' })}>
                {t('admin.audit.removeFilter')}
              </button>
            </li>
          )}
          {values.subjectUserId && (
            <li>
              {t('admin.audit.subjectIs', { name: personName(values.subjectUserId) })}{' '}
              <button type="button" className="link-button" onClick={() => set({ subjectUserId: '' })}>
                {t('admin.audit.removeFilter')}
              </button>
            </li>
          )}
        </ul>
      )}
      <Section title={t('admin.audit.events')} id="audit-events">
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <FormError message={list.error instanceof ApiError ? { key: `errors.${list.error.code}` } : { key: 'errors.network' }} />
        ) : list.data.items.length === 0 ? (
          <p role="status">{t('common.noResults')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table className="audit-table">
                <caption className="visually-hidden">{t('admin.audit.events')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.audit.time')}</th>
                    <th scope="col">{t('admin.audit.action')}</th>
                    <th scope="col">{t('admin.audit.actor')}</th>
                    <th scope="col">{t('admin.audit.subject')}</th>
                    <th scope="col">{t('fields.organisation')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((r) => (
                    <tr key={r.id}>
                      <td>{f.dateTime(r.at)}</td>
                      <td>{actionLabel(t, r.action)}</td>
                      <td>
                        {r.actor ? (
                          <button
                            type="button"
                            className="link-button"
                            title={t('admin.audit.filterByActor')}
                            onClick={() => set({ actorUserId: r.actor!.id })}
                          >
                            {r.actor.name}
                          </button>
                        ) : (
                          t('admin.audit.system')
                        )}
                      </td>
                      <td>
                        {r.subject ? (
                          <button
                            type="button"
                            className="link-button"
                            title={t('admin.audit.filterBySubject')}
                            onClick={() => set({ subjectUserId: r.subject!.id })}
                          >
                            {r.subject.name}
                          </button>
                        ) : (
                          '–'
                        )}
                      </td>
                      <td>{r.organisation?.name ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager id="audit-pager" total={list.data.total} limit={limit} offset={offset} onOffset={(o) => set({ offset: o }, false)} />
          </>
        )}
      </Section>
    </Page>
  );
}
