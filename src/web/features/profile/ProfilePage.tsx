import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource } from '../taxonomy/taxonomyApi';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { FormError } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import { ApiError, problemMessage } from '../../app/problem';
import { NotFoundPage } from '../../app/NotFoundPage';
import { BasicsSection } from './BasicsSection';
import { Completeness } from './Completeness';
import { CvSection } from './CvSection';
import { EducationSection } from './EducationSection';
import { LanguagesSection } from './LanguagesSection';
import { ownProfileApi, useProfile } from './profileApi';
import type { Profile } from '../../app/types';
import type { SectionProps } from './sectionProps';
import { SkillsSection } from './SkillsSection';
import { SuggestionsSection } from './SuggestionsSection';
import { WishesSection } from './WishesSection';
import { WorkSection } from './WorkSection';

type Props = {
  /** `/api/profile` for the person's own profile; `/api/clients/<userId>/profile` for a counsellor editing a client's. */
  apiBase?: string;
  /** Where "How employers see me" leads. */
  employerViewPath?: string;
};

/**
 * The profile's sections without the page around them: the completeness, the links and every
 * section (h2 headings). For a page that has its own h1, such as a counsellor's client page.
 */
export function ProfileEditor({
  profile,
  apiBase = ownProfileApi,
  employerViewPath = '/profile/employer-view',
}: Props & { profile: Profile }) {
  const { t } = useTranslation();
  const self = apiBase === ownProfileApi;
  const props: SectionProps = { profile, apiBase, self };
  const source = useTaxonomySource();
  return (
    <>
      <Completeness profile={profile} self={self} />
      <div className="profile-links">
        <RLink to={employerViewPath} className="button-link secondary" id="profile-employer-view-link">
          {self ? t('profile.employerViewLink') : t('profile.employerViewLinkClient')}
        </RLink>
        {self && (
          <p className="profile-privacy-note">
            {t('profile.privacyNote')} <RLink to="/privacy">{t('profile.privacyLink')}</RLink>
          </p>
        )}
      </div>
      <BasicsSection {...props} />
      <EducationSection {...props} />
      <WorkSection {...props} />
      <SkillsSection {...props} />
      <LanguagesSection {...props} />
      <WishesSection {...props} />
      <CvSection {...props} />
      <SuggestionsSection {...props} />
      <TaxonomySource source={source} />
    </>
  );
}

/**
 * The talent profile, built section by section: each section shows its values and opens its
 * form in place. The same page serves a counsellor editing a client's profile (`apiBase`).
 */
export function ProfilePage({ apiBase = ownProfileApi, employerViewPath = '/profile/employer-view' }: Props) {
  const { t } = useTranslation();
  const self = apiBase === ownProfileApi;
  const query = useProfile(apiBase);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
    return (
      <Page title={t('profile.title')}>
        <FormError message={problemMessage(query.error)} />
      </Page>
    );
  }
  const profile = query.data;
  return (
    <Page
      title={self ? t('profile.title') : t('profile.clientTitle', { name: profile.name })}
      lead={<p>{self ? t('profile.lead') : t('profile.leadCounsellor')}</p>}
    >
      <ProfileEditor profile={profile} apiBase={apiBase} employerViewPath={employerViewPath} />
    </Page>
  );
}
