import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useSearchParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import {
  caseloadScopes,
  lastContactFilters,
  nextAppointmentFilters,
  caseloadSorts,
} from '../../../server/modules/guidance/guidance.schema';
import { caseStatuses } from '../../../shared/guidance';
import { locales } from '../../../shared/locales';
import { api, query } from '../../app/api';
import { useFormat, useLanguageName } from '../../app/format';
import { languageOptions } from '../../app/languages';
import { FormError, MunicipalityField, SelectField, TextField, useMunicipalityName } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { Pager } from '../../app/Pager';
import { problemMessage } from '../../app/problem';
import type { Page as ListPage } from '../../app/types';
import { useSearchState } from '../../app/useSearchState';
import type { CaseloadRow } from '../guidance/guidanceApi';
import { sharedWithKeys } from './clients';

const limit = 50;
const debounceMs = 350;
const filterKeys = ['scope', 'q', 'status', 'lastContact', 'nextAppointment', 'language', 'municipality', 'sort'] as const;

function CaseloadTable({ items }: { items: CaseloadRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const languageName = useLanguageName();
  const municipality = useMunicipalityName();
  return (
    <div className="table-wrap">
      <table className="stack clients-table" aria-labelledby="clients-list">
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('guidance.caseload.case')}</th>
            <th scope="col">{t('guidance.caseload.assignee')}</th>
            <th scope="col">{t('guidance.caseload.lastContact')}</th>
            <th scope="col">{t('guidance.caseload.nextAppointment')}</th>
            <th scope="col">{t('guidance.caseload.language')}</th>
            <th scope="col">{t('fields.homeMunicipality')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.userId}>
              <td className="stack-title">
                <RLink to={`/clients/${encodeURIComponent(c.userId)}`}>{c.name}</RLink>
                <br />
                <span className="muted clients-email">{c.email}</span>
              </td>
              <td data-label={t('guidance.caseload.case')}>
                {c.case ? (
                  <span className={`case-status case-status-${c.case.status}`}>{t(`guidance.caseStatus.${c.case.status}`)}</span>
                ) : (
                  <span>
                    {t('guidance.caseload.noCase')}
                    <br />
                    <span className="muted">
                      {sharedWithKeys(c.sharedWith)
                        .map((k) => t(k))
                        .join(', ')}
                    </span>
                  </span>
                )}
              </td>
              <td data-label={t('guidance.caseload.assignee')}>
                {c.case?.assignee?.name ?? (c.case ? t('guidance.caseload.unassigned') : '–')}
              </td>
              <td data-label={t('guidance.caseload.lastContact')}>
                {c.case?.lastContactAt ? f.date(c.case.lastContactAt) : t('guidance.caseload.never')}
              </td>
              <td data-label={t('guidance.caseload.nextAppointment')}>{c.nextAppointmentAt ? f.dateTime(c.nextAppointmentAt) : '–'}</td>
              <td data-label={t('guidance.caseload.language')}>{languageName(c.locale)}</td>
              <td data-label={t('fields.homeMunicipality')}>{c.municipalityCode ? municipality(c.municipalityCode) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The counsellor's caseload: my clients, my organisation's clients, and clients who share their
 * case with us but have no case here yet. Filters and search are kept in the URL.
 */
export function ClientsPage() {
  const { t } = useTranslation();
  const { values, offset, set } = useSearchState(filterKeys);
  const [, setParams] = useSearchParams();
  const scope = (caseloadScopes as readonly string[]).includes(values.scope) ? values.scope : 'mine';
  const [q, setQ] = useState(values.q);
  const [urlQ, setUrlQ] = useState(values.q);
  if (urlQ !== values.q) {
    setUrlQ(values.q);
    if (values.q !== q.trim()) setQ(values.q);
  }
  // Typing searches after a short pause; the URL is replaced, not pushed, so Back leaves the page.
  useEffect(() => {
    const next = q.trim();
    if (next === values.q) return;
    const timer = setTimeout(() => {
      setParams(
        (prev) => {
          const sp = new URLSearchParams(prev);
          if (next) sp.set('q', next);
          else sp.delete('q');
          sp.delete('offset');
          return sp;
        },
        { replace: true },
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [q, values.q, setParams]);

  const { locale } = useFormat();
  const params = { ...values, scope, limit, offset };
  const list = useQuery({
    queryKey: ['caseload', params],
    queryFn: () => api<ListPage<CaseloadRow>>('GET', `/api/caseload${query(params)}`),
    placeholderData: keepPreviousData,
  });
  const filtered = Boolean(
    values.q || values.status || values.lastContact || values.nextAppointment || values.language || values.municipality,
  );

  return (
    <Page title={t('clients.title')} lead={<p>{t('guidance.caseload.lead')}</p>} wide>
      <nav aria-label={t('guidance.caseload.scopes')} className="tabs">
        <ul>
          {caseloadScopes.map((s) => (
            <li key={s}>
              <RLink to={`/clients${query({ scope: s })}`} aria-current={s === scope ? 'page' : undefined}>
                {t(`guidance.caseload.scope.${s}`)}
              </RLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="clients-toolbar">
        <form
          className="filters clients-search"
          role="search"
          aria-label={t('clients.search.label')}
          onSubmit={(e) => {
            e.preventDefault();
            set({ q: q.trim() });
          }}
        >
          <TextField id="clients-q" label={t('clients.search.field')} hint={t('clients.search.hint')} value={q} onChange={setQ} />
          <Button type="submit" id="clients-search">
            {t('common.search')}
          </Button>
        </form>
        <RLink to="/clients/new" className="button-link clients-new">
          {t('clients.new.link')}
        </RLink>
      </div>
      <details className="caseload-filters" open={filtered || undefined}>
        <summary>{t('guidance.caseload.filters')}</summary>
        <div className="filters">
          {scope !== 'shared' && (
            <SelectField
              id="caseload-status"
              label={t('guidance.caseload.status')}
              value={values.status}
              onChange={(v) => set({ status: v })}
              placeholder={t('guidance.caseload.openCases')}
              options={caseStatuses.map((s) => ({ value: s, label: t(`guidance.caseStatus.${s}`) }))}
            />
          )}
          {scope !== 'shared' && (
            <SelectField
              id="caseload-last-contact"
              label={t('guidance.caseload.lastContact')}
              value={values.lastContact}
              onChange={(v) => set({ lastContact: v })}
              placeholder={t('guidance.caseload.any')}
              options={lastContactFilters.map((s) => ({ value: s, label: t(`guidance.caseload.lastContactFilter.${s}`) }))}
            />
          )}
          <SelectField
            id="caseload-next"
            label={t('guidance.caseload.nextAppointment')}
            value={values.nextAppointment}
            onChange={(v) => set({ nextAppointment: v })}
            placeholder={t('guidance.caseload.any')}
            options={nextAppointmentFilters.map((s) => ({ value: s, label: t(`guidance.caseload.nextFilter.${s}`) }))}
          />
          <SelectField
            id="caseload-language"
            label={t('guidance.caseload.language')}
            value={values.language}
            onChange={(v) => set({ language: v })}
            placeholder={t('guidance.caseload.any')}
            options={languageOptions(locales, locale)}
          />
          <MunicipalityField
            id="caseload-municipality"
            label={t('fields.homeMunicipality')}
            value={values.municipality}
            onChange={(v) => set({ municipality: v })}
          />
          <SelectField
            id="caseload-sort"
            label={t('guidance.caseload.sort')}
            value={values.sort || 'name'}
            onChange={(v) => set({ sort: v === 'name' ? '' : v })}
            options={caseloadSorts.map((s) => ({ value: s, label: t(`guidance.caseload.sortBy.${s}`) }))}
          />
        </div>
        {filtered && (
          <Button
            variant="secondary"
            id="caseload-clear"
            onClick={() => set({ q: '', status: '', lastContact: '', nextAppointment: '', language: '', municipality: '' })}
          >
            {t('guidance.caseload.clear')}
          </Button>
        )}
      </details>
      <Section title={t(`guidance.caseload.heading.${scope}`)} id="clients-list">
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <FormError message={problemMessage(list.error)} />
        ) : list.data.items.length === 0 ? (
          <p role="status">{values.q ? t('clients.list.noMatches', { q: values.q }) : t(`guidance.caseload.none.${scope}`)}</p>
        ) : (
          <>
            <CaseloadTable items={list.data.items} />
            <Pager id="clients-pager" total={list.data.total} limit={limit} offset={offset} onOffset={(o) => set({ offset: o }, false)} />
          </>
        )}
      </Section>
    </Page>
  );
}
