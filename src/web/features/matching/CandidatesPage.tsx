import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useParams } from 'react-router';
import { useFormat } from '../../app/format';
import { FormError, useMunicipalityName } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import type { Candidate } from '../../app/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useCandidates, useOpening } from '../openings/openingsApi';
import { Empty } from '../profile/views';
import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource } from '../taxonomy/taxonomyApi';
import { ContactRequest, useContactRequests } from './ContactRequest';
import { Explanation, Score } from './Explanation';

type CardProps = { c: Candidate; rank: number; contact?: ReactNode };

/** One ranked, pseudonymised candidate with the reasons in words; `contact` adds the contact request. */
export function CandidateCard({ c, rank, contact }: CardProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const municipality = useMunicipalityName();
  const id = `candidate-${rank}`;
  return (
    <li>
      <article aria-labelledby={id} className="matching-card">
        <h2 id={id}>{t('matching.candidates.name', { ref: c.publicRef })}</h2>
        <Score score={c.score} />
        <p className="profile-entry-meta">
          {t('matching.candidates.municipality', { municipality: municipality(c.municipalityCode) })} ·{' '}
          {c.availableFrom
            ? t('matching.candidates.availableFrom', { date: f.date(c.availableFrom) })
            : t('matching.candidates.availableNow')}
        </p>
        <Explanation explanation={c.explanation} perspective="employer" idPrefix={id} />
        {contact}
      </article>
    </li>
  );
}

/** Candidates for one opening, ranked, pseudonymised, each with the reasons in words. */
export function CandidatesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const opening = useOpening(id);
  const candidates = useCandidates(id);
  const requests = useContactRequests(id);
  const source = useTaxonomySource();
  if (opening.isPending) return <Loading />;
  if (opening.isError || !opening.data) return <NotFoundPage />;
  const o = opening.data;
  return (
    <Page title={t('matching.candidates.title', { title: o.title })} lead={<p>{t('matching.candidates.lead')}</p>} wide>
      <p className="openings-back">
        <RLink to={`/openings/${o.id}`}>{t('matching.candidates.back', { title: o.title })}</RLink>
      </p>
      {o.status !== 'published' && <p className="openings-status-box">{t('matching.candidates.notPublished')}</p>}
      {candidates.isPending && <Loading />}
      {candidates.isError && <FormError message={problemMessage(candidates.error)} />}
      {candidates.data && (
        <>
          <p role="status">{t('matching.candidates.count', { count: candidates.data.items.length })}</p>
          {candidates.data.items.length === 0 ? (
            <Empty>{t('matching.candidates.empty')}</Empty>
          ) : (
            <ol className="matching-cards">
              {candidates.data.items.map((c, i) => (
                <CandidateCard
                  key={c.publicRef}
                  c={c}
                  rank={i + 1}
                  contact={
                    <ContactRequest
                      openingId={o.id}
                      publicRef={c.publicRef}
                      request={requests.data?.get(c.publicRef)}
                      canRequest={o.status === 'published'}
                    />
                  }
                />
              ))}
            </ol>
          )}
        </>
      )}
      <TaxonomySource source={source} />
    </Page>
  );
}
