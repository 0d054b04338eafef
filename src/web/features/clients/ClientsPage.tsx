import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useSearchParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, TextField, useMunicipalityName } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { Pager } from '../../app/Pager';
import { problemMessage } from '../../app/problem';
import type { ClientRow, Page as ListPage } from '../../app/types';
import { useSearchState } from '../../app/useSearchState';
import { sharedWithKeys } from './clients';

const limit = 50;
const debounceMs = 350;

function Completeness({ percent }: { percent: number }) {
  const { t } = useTranslation();
  return (
    <span className="clients-completeness">
      <span className="clients-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      {t('clients.list.percent', { percent })}
    </span>
  );
}

function ClientTable({ items }: { items: ClientRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const municipality = useMunicipalityName();
  return (
    <div className="table-wrap">
      <table className="stack clients-table" aria-labelledby="clients-list">
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.homeMunicipality')}</th>
            <th scope="col">{t('clients.list.completeness')}</th>
            <th scope="col">{t('clients.list.sharedWith')}</th>
            <th scope="col">{t('clients.list.account')}</th>
            <th scope="col">{t('clients.list.updated')}</th>
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
              <td data-label={t('fields.homeMunicipality')}>{municipality(c.municipalityCode)}</td>
              <td data-label={t('clients.list.completeness')}>
                <Completeness percent={c.completeness} />
              </td>
              <td data-label={t('clients.list.sharedWith')}>
                {sharedWithKeys(c.sharedWith)
                  .map((k) => t(k))
                  .join(', ')}
              </td>
              <td data-label={t('clients.list.account')}>
                {c.hasAccount ? t('clients.account.uses') : <span className="clients-not-invited">{t('clients.account.notAccepted')}</span>}
              </td>
              <td data-label={t('clients.list.updated')}>{f.date(c.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The counsellor's clients: search by name or email as you type, kept in the URL. */
export function ClientsPage() {
  const { t } = useTranslation();
  const { values, offset, set } = useSearchState(['q'] as const);
  const [, setParams] = useSearchParams();
  const [q, setQ] = useState(values.q);
  // When the URL changes (back button, a link), the field follows it; not when the change came
  // from typing, so that a space typed before a pause is kept.
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

  const list = useQuery({
    queryKey: ['clients', values.q, offset],
    queryFn: () => api<ListPage<ClientRow>>('GET', `/api/clients${query({ q: values.q, limit, offset })}`),
    placeholderData: keepPreviousData,
  });

  return (
    <Page title={t('clients.title')} lead={<p>{t('clients.lead')}</p>} wide>
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
      <Section title={t('clients.list.heading')} id="clients-list">
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <FormError message={problemMessage(list.error)} />
        ) : list.data.items.length === 0 ? (
          <p role="status">{values.q ? t('clients.list.noMatches', { q: values.q }) : t('clients.list.none')}</p>
        ) : (
          <>
            <ClientTable items={list.data.items} />
            <Pager id="clients-pager" total={list.data.total} limit={limit} offset={offset} onOffset={(o) => set({ offset: o }, false)} />
          </>
        )}
      </Section>
    </Page>
  );
}
