import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../app/api';
import { FormError, Success, TextField, useMunicipalityName } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage, type Message } from '../../app/problem';
import type { EmployerRow, Page as ListPage } from '../../app/types';
import { useSearchState } from '../../app/useSearchState';
import { useOpeningLabels } from './labels';

/**
 * The hub's employers for a company coordinator: find one and say "I serve this employer";
 * then its openings can be written and its candidates found on the employer's behalf.
 */
export function EmployersPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const labels = useOpeningLabels();
  const municipality = useMunicipalityName();
  const { values, set } = useSearchState(['q'] as const);
  const [text, setText] = useState(values.q);
  const [done, setDone] = useState<Message | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const list = useQuery({
    queryKey: ['employers', 'all', values.q],
    queryFn: () => api<ListPage<EmployerRow>>('GET', `/api/employers${query({ q: values.q, limit: 100 })}`),
  });
  const toggle = useMutation({
    mutationFn: (e: EmployerRow) => api<unknown>(e.servedByMe ? 'DELETE' : 'POST', `/api/organisations/${e.id}/service`),
    onSuccess: async (_r, e) => {
      await qc.invalidateQueries({ queryKey: ['employers'] });
      setDone({ key: e.servedByMe ? 'openings.employers.stopped' : 'openings.employers.started', values: { employer: e.name } });
    },
    onError: (e) => setError(problemMessage(e)),
  });
  return (
    <Page title={t('openings.employers.title')} lead={<p>{t('openings.employers.lead')}</p>} wide>
      <form
        role="search"
        aria-label={t('openings.employers.search')}
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: text });
        }}
        className="openings-toolbar"
      >
        <TextField id="employers-q" label={t('openings.employers.search')} value={text} onChange={setText} />
        <Button type="submit" id="employers-search">
          {t('openings.employers.searchButton')}
        </Button>
      </form>
      {done && <Success>{t(done.key, done.values ?? {})}</Success>}
      <FormError message={error} />
      <Section title={t('openings.employers.listHeading')} id="employers-list">
        {list.isPending && <Loading />}
        {list.data && (
          <table className="stack openings-table" aria-labelledby="employers-list">
            <thead>
              <tr>
                <th scope="col">{t('openings.list.employer')}</th>
                <th scope="col">{t('fields.municipality')}</th>
                <th scope="col">{t('openings.employers.industry')}</th>
                <th scope="col">{t('openings.employers.serving')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((e) => (
                <tr key={e.id}>
                  <td data-label={t('openings.list.employer')}>
                    {e.servedByMe ? <RLink to={`/openings?org=${e.id}`}>{e.name}</RLink> : e.name}
                  </td>
                  <td data-label={t('fields.municipality')}>{municipality(e.municipalityCode)}</td>
                  <td data-label={t('openings.employers.industry')}>
                    {e.industry ? labels.industry(e.industry) : '–'}
                    {e.size ? ` · ${labels.size(e.size)}` : ''}
                  </td>
                  <td data-label={t('openings.employers.serving')}>
                    <Button
                      variant="secondary"
                      id={`serve-${e.id}`}
                      disabled={toggle.isPending}
                      aria-label={t(e.servedByMe ? 'openings.employers.stopLabel' : 'openings.employers.startLabel', { employer: e.name })}
                      onClick={() => {
                        setError(null);
                        toggle.mutate(e);
                      }}
                    >
                      {t(e.servedByMe ? 'openings.employers.stop' : 'openings.employers.start')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </Page>
  );
}
