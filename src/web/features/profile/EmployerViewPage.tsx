import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource } from '../taxonomy/taxonomyApi';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { useFormat } from '../../app/format';
import { FormError, useMunicipalityName } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import { ApiError, problemMessage } from '../../app/problem';
import type { EmployerView } from '../../app/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useProfileLabels } from './labels';
import { ownProfileApi, useEmployerView } from './profileApi';
import { EducationList, LanguageList, SkillList, WishesView, WorkList } from './views';

/** The pseudonymised profile, laid out as an employer sees it. */
function Candidate({ view }: { view: EmployerView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useProfileLabels();
  const municipality = useMunicipalityName();
  const notStated = t('profile.notStated');
  const facts: [string, string][] = [
    [t('fields.homeMunicipality'), municipality(view.municipalityCode)],
    [t('profile.basics.availableFrom'), view.availableFrom ? f.date(`${view.availableFrom}T00:00:00`) : notStated],
    [t('profile.basics.workingTime'), view.workingTime ? labels.workingTime(view.workingTime) : notStated],
    [t('profile.basics.drivingLicences'), view.drivingLicences.length ? view.drivingLicences.join(', ') : t('profile.basics.noLicences')],
  ];
  return (
    <article className="profile-preview" aria-labelledby="candidate-heading">
      <h2 id="candidate-heading">{t('profile.employerView.candidate', { ref: view.publicRef })}</h2>
      <dl className="profile-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="profile-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('profile.work.heading')}</h3>
      <WorkList items={view.work} />
      <h3>{t('profile.education.heading')}</h3>
      <EducationList items={view.education} />
      <h3>{t('profile.skills.heading')}</h3>
      <SkillList items={view.skills} />
      <h3>{t('profile.languages.heading')}</h3>
      <LanguageList items={view.languages} />
      <h3>{t('profile.wishes.heading')}</h3>
      <WishesView wishes={view.wishes} />
    </article>
  );
}

type Props = {
  /** `/api/profile` for the person; `/api/clients/<userId>/profile` for a counsellor. */
  apiBase?: string;
  /** The profile page to go back to. */
  backPath?: string;
};

/** "How employers see me": what an employer sees of the profile, and what is hidden from them. */
export function EmployerViewPage({ apiBase = ownProfileApi, backPath = '/profile' }: Props) {
  const { t } = useTranslation();
  const source = useTaxonomySource();
  const self = apiBase === ownProfileApi;
  const query = useEmployerView(apiBase);
  if (query.isPending) return <Loading />;
  if (query.isError && query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  const hidden = [
    t('profile.employerView.hidden.name'),
    t('profile.employerView.hidden.contact'),
    t('profile.employerView.hidden.photo'),
    t('profile.employerView.hidden.birthYear'),
    t('profile.employerView.hidden.nationality'),
    t('profile.employerView.hidden.cv'),
    t('profile.employerView.hidden.employers'),
    t('profile.employerView.hidden.institutions'),
    t('profile.employerView.hidden.permit'),
  ];
  return (
    <Page title={self ? t('profile.employerView.title') : t('profile.employerView.titleClient')}>
      <p>
        <RLink to={backPath}>{self ? t('profile.employerView.back') : t('profile.employerView.backClient')}</RLink>
      </p>
      <section className="profile-notice" aria-labelledby="employer-view-notice">
        <h2 id="employer-view-notice">{t('profile.employerView.noticeHeading')}</h2>
        <p>{self ? t('profile.employerView.consent') : t('profile.employerView.consentClient')}</p>
        {self && (
          <p>
            <RLink to="/privacy">{t('profile.privacyLink')}</RLink>
          </p>
        )}
        <p>{t('profile.employerView.hiddenLead')}</p>
        <ul>
          {hidden.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      </section>
      {query.isError ? <FormError message={problemMessage(query.error)} /> : <Candidate view={query.data} />}
      <TaxonomySource source={source} />
    </Page>
  );
}
