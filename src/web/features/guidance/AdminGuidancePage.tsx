import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../app/api';
import { useFormat } from '../../app/format';
import { DateField } from '../../app/DateField';
import { isIsoDate } from '../../app/dates';
import { FormError } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { useSearchState } from '../../app/useSearchState';
import type { GuidanceFigures } from './guidanceApi';

const columns = [
  'openCases',
  'newCases',
  'referralsSent',
  'referralsReceived',
  'referralsAccepted',
  'referralsDeclined',
  'appointmentsBooked',
  'appointmentsAttended',
] as const;

/** Case work in figures for the hub administrator: counts per partner organisation, never contents. */
export function AdminGuidancePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { values, set } = useSearchState(['from', 'to'] as const);
  const valid = (d: string) => (isIsoDate(d) ? d : undefined);
  // A date that is not one is pointed out once the person leaves the field, not while typing.
  const [left, setLeft] = useState({ from: false, to: false });
  const params = { from: valid(values.from), to: valid(values.to) };
  const figures = useQuery({
    queryKey: ['guidance', 'figures', params],
    queryFn: () => api<GuidanceFigures>('GET', `/api/guidance/figures${query(params)}`),
    placeholderData: keepPreviousData,
  });
  return (
    <Page title={t('guidance.figures.title')} lead={<p>{t('guidance.figures.lead')}</p>} wide>
      <div className="filters">
        {(['from', 'to'] as const).map((k) => (
          <DateField
            key={k}
            id={`figures-${k}`}
            label={t(`guidance.figures.${k}`)}
            value={values[k]}
            onChange={(v) => {
              set({ [k]: v });
              setLeft((l) => ({ ...l, [k]: false }));
            }}
            onBlur={() => setLeft((l) => ({ ...l, [k]: true }))}
            error={left[k] && values[k] && !isIsoDate(values[k]) ? { key: 'validation.invalid_date' } : undefined}
          />
        ))}
      </div>
      {figures.isPending ? (
        <Loading />
      ) : figures.isError ? (
        <FormError message={problemMessage(figures.error)} />
      ) : (
        <>
          <Section title={t('guidance.figures.byOrganisation')} id="figures-orgs">
            <div className="table-wrap">
              <table className="figures-table">
                <caption>{t('guidance.figures.period', { from: f.date(figures.data.from), to: f.date(figures.data.to) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('guidance.figures.organisation')}</th>
                    {columns.map((c) => (
                      <th scope="col" key={c}>
                        {t(`guidance.figures.column.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {figures.data.organisations.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">{o.name}</th>
                      {columns.map((c) => (
                        <td key={c}>{f.number(o[c])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
          <Section title={t('guidance.figures.outcomes')} id="figures-outcomes">
            {figures.data.outcomes.length === 0 ? (
              <p>{t('guidance.figures.noOutcomes')}</p>
            ) : (
              <dl className="facts">
                {figures.data.outcomes.map((o) => (
                  <div key={o.kind}>
                    <dt>{t(`guidance.outcome.${o.kind}`)}</dt>
                    <dd>{f.number(o.count)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </Section>
        </>
      )}
    </Page>
  );
}
