import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { api } from '../../app/api';
import { FormError, useMunicipalityName } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import type { OpeningMatch } from '../../app/types';
import { useProfileLabels } from '../profile/labels';
import { ownProfileApi, useProfile } from '../profile/profileApi';
import { isComplete } from '../profile/profileForm';
import { ConceptLabel, Empty } from '../profile/views';
import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource } from '../taxonomy/taxonomyApi';
import { Explanation, Score } from './Explanation';

function JobCard({ m, rank }: { m: OpeningMatch; rank: number }) {
  const labels = useProfileLabels();
  const municipality = useMunicipalityName();
  const id = `job-${rank}`;
  const o = m.opening;
  const place = [...o.municipalityCodes.map(municipality), ...(o.remote === 'on_site' ? [] : [labels.remote(o.remote)])].join(', ');
  return (
    <li>
      <article aria-labelledby={id} className="matching-card">
        <h2 id={id}>
          <RLink to={`/jobs/${o.id}`}>{o.title}</RLink>
        </h2>
        <p className="matching-employer">{o.employer}</p>
        <p className="profile-entry-meta">
          <ConceptLabel concept={o.occupation} />
          {place && ` · ${place}`}
        </p>
        <Score score={m.score} />
        <Explanation explanation={m.explanation} perspective="talent" idPrefix={id} />
      </article>
    </li>
  );
}

/** Published openings ranked for the signed-in talent, each with the reasons from their side. */
export function JobsPage() {
  const { t } = useTranslation();
  const source = useTaxonomySource();
  const jobs = useQuery({
    queryKey: ['matching', 'openings-for-me'],
    queryFn: () => api<{ items: OpeningMatch[] }>('GET', '/api/profile/matching-openings?limit=50'),
    retry: false,
  });
  // The nudge to complete the profile is shown only while something is missing.
  const profile = useProfile(ownProfileApi);
  return (
    <Page title={t('matching.jobs.title')} lead={<p>{t('matching.jobs.lead')}</p>} wide>
      {profile.data && !isComplete(profile.data.completeness) && (
        <p>
          <RLink to="/profile">{t('matching.jobs.improveProfile')}</RLink>
        </p>
      )}
      {jobs.isPending && <Loading />}
      {jobs.isError && <FormError message={problemMessage(jobs.error)} />}
      {jobs.data && (
        <>
          <p role="status">{t('matching.jobs.count', { count: jobs.data.items.length })}</p>
          {jobs.data.items.length === 0 ? (
            <Empty>{t('matching.jobs.empty')}</Empty>
          ) : (
            <ol className="matching-cards">
              {jobs.data.items.map((m, i) => (
                <JobCard key={m.opening.id} m={m} rank={i + 1} />
              ))}
            </ol>
          )}
        </>
      )}
      <TaxonomySource source={source} />
    </Page>
  );
}
