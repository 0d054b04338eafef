import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { openingStatuses, type OpeningStatus } from '../../../shared/employer';
import { useFormat } from '../../app/format';
import { FormError, SelectField, useMunicipalityName } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import type { OpeningRow } from '../../app/types';
import { useSearchState } from '../../app/useSearchState';
import { useProfileLabels } from '../profile/labels';
import { ConceptLabel, Empty } from '../profile/views';
import { useOpeningLabels } from './labels';
import { useActingEmployer, useOpenings } from './openingsApi';

const isStatus = (v: string): v is OpeningStatus => (openingStatuses as readonly string[]).includes(v);

function OpeningTable({ items }: { items: OpeningRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useOpeningLabels();
  const profileLabels = useProfileLabels();
  const municipality = useMunicipalityName();
  return (
    <div className="table-wrap">
      <table className="stack openings-table" aria-labelledby="openings-list">
        <thead>
          <tr>
            <th scope="col">{t('openings.field.title')}</th>
            <th scope="col">{t('openings.field.occupation')}</th>
            <th scope="col">{t('openings.field.place')}</th>
            <th scope="col">{t('openings.field.status')}</th>
            <th scope="col">{t('openings.list.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.id}>
              <td className="stack-title">
                <RLink to={`/openings/${o.id}`}>{o.title}</RLink>
                <br />
                <span className="muted">{labels.kind(o.kind)}</span>
              </td>
              <td data-label={t('openings.field.occupation')}>
                <ConceptLabel concept={o.occupation} />
              </td>
              <td data-label={t('openings.field.place')}>
                {[...o.municipalityCodes.map(municipality), ...(o.remote === 'on_site' ? [] : [profileLabels.remote(o.remote)])].join(', ')}
              </td>
              <td data-label={t('openings.field.status')}>
                <span className={`openings-status openings-status-${o.status}`}>{labels.status(o.status)}</span>
              </td>
              <td data-label={t('openings.list.updated')}>{f.date(o.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The employer's openings and talent needs, filtered by status (kept in the URL). A counsellor
 * first chooses one of the employers they serve (kept in the URL as well).
 */
export function OpeningsPage() {
  const { t } = useTranslation();
  const labels = useOpeningLabels();
  const { organisation, served, pending } = useActingEmployer();
  const { values, set } = useSearchState(['status', 'org'] as const);
  const status = isStatus(values.status) ? values.status : '';
  const list = useOpenings(organisation?.id, status);

  return (
    <Page
      title={t('openings.title')}
      lead={<p>{organisation ? t('openings.lead', { organisation: organisation.name }) : t('openings.leadCoordinator')}</p>}
      wide
    >
      <div className="openings-toolbar">
        {organisation && (
          <RLink to={`/openings/new${served ? `?org=${organisation.id}` : ''}`} className="button-link" id="openings-new">
            {t('openings.new.button')}
          </RLink>
        )}
        <div className="filters">
          {served && (
            <SelectField
              id="openings-employer"
              label={t('openings.list.employer')}
              value={organisation?.id ?? ''}
              onChange={(v) => set({ org: v })}
              placeholder={t('form.choose')}
              options={served.map((e) => ({ value: e.id, label: e.name }))}
            />
          )}
          <SelectField
            id="openings-status"
            label={t('openings.list.statusFilter')}
            value={status}
            onChange={(v) => set({ status: v })}
            placeholder={t('form.all')}
            options={openingStatuses.map((s) => ({ value: s, label: labels.status(s) }))}
          />
        </div>
      </div>
      <Section title={t('openings.list.heading')} id="openings-list">
        {pending && <Loading />}
        {!pending && !organisation && (
          <Empty>
            {served ? (served.length ? t('openings.chooseEmployer') : t('openings.noServedEmployers')) : t('openings.noOrganisation')}
          </Empty>
        )}
        {served && (
          <p>
            <RLink to="/employers">{t('openings.employers.manageLink')}</RLink>
          </p>
        )}
        {list.isPending && organisation && <Loading />}
        {list.isError && <FormError message={problemMessage(list.error)} />}
        {organisation && list.data && (
          <>
            <p role="status">{t('openings.list.count', { count: list.data.total })}</p>
            {list.data.items.length > 0 ? <OpeningTable items={list.data.items} /> : <Empty>{t('openings.list.empty')}</Empty>}
          </>
        )}
      </Section>
    </Page>
  );
}
