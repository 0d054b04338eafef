import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useParams } from 'react-router';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { useMunicipalityName } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import type { PublicOpening } from '../../app/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useOpeningLabels } from '../openings/labels';
import { OpeningDetails } from '../openings/OpeningDetails';

/** A published opening as talents see it: the employer, the content and the requirements. */
export function PublicOpeningPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const f = useFormat();
  const labels = useOpeningLabels();
  const municipality = useMunicipalityName();
  const opening = useQuery({
    queryKey: ['published-openings', id],
    queryFn: () => api<PublicOpening>('GET', `/api/published-openings/${id}`),
    retry: false,
  });
  if (opening.isPending) return <Loading />;
  if (opening.isError) return <NotFoundPage />;
  const o = opening.data;
  const e = o.employer;
  return (
    <Page title={o.title} lead={<p>{t('matching.public.lead', { kind: labels.kind(o.kind), date: f.date(o.publishedAt) })}</p>} wide>
      <p className="openings-back">
        <RLink to="/jobs">{t('matching.public.back')}</RLink>
      </p>
      <section aria-labelledby="public-employer" className="section">
        <h2 id="public-employer">{t('matching.public.employer')}</h2>
        <dl className="profile-facts">
          <div className="profile-fact">
            <dt>{t('matching.public.employerName')}</dt>
            <dd>{e.name}</dd>
          </div>
          <div className="profile-fact">
            <dt>{t('matching.public.industry')}</dt>
            <dd>{e.industry ? labels.industry(e.industry) : t('profile.notStated')}</dd>
          </div>
          <div className="profile-fact">
            <dt>{t('matching.public.size')}</dt>
            <dd>{e.size ? labels.size(e.size) : t('profile.notStated')}</dd>
          </div>
          <div className="profile-fact">
            <dt>{t('matching.public.municipality')}</dt>
            <dd>{municipality(e.municipalityCode)}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="public-content" className="section">
        <h2 id="public-content">{t('openings.content.heading')}</h2>
        <OpeningDetails opening={o} idPrefix="public" />
      </section>
    </Page>
  );
}
