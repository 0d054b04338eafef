import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useLocation, useNavigate, useParams } from 'react-router';
import { useFormat, useLanguageName } from '../../app/format';
import { FormError, Success, useMunicipalityName } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { useMe } from '../../app/session';
import { ClientAppointmentsSection } from '../appointments/ClientAppointmentsSection';
import { Invite, isCreated } from '../clients/ClientPage';
import type { CreatedState } from '../clients/NewClientPage';
import { CaseSection } from './CaseSection';
import { useOverview, type Overview } from './guidanceApi';
import { NotesSection } from './NotesSection';
import { OutcomeSection } from './OutcomeSection';
import { PlanSection } from './PlanSection';
import { ReferralsSection } from './ReferralsSection';
import { TimelineSection } from './TimelineSection';

const sections = ['case', 'appointments', 'plan', 'notes', 'referrals', 'outcomes', 'timeline'] as const;

function Facts({ o }: { o: Overview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const municipality = useMunicipalityName();
  const languageName = useLanguageName();
  const sharedWith = [
    ...(o.consents.hubCounsellors ? [t('clients.sharedWith.hub')] : []),
    ...o.consents.organisations.map((org) => org.name),
  ];
  return (
    <div className="overview-grid">
      <dl className="facts clients-facts">
        <dt>{t('fields.email')}</dt>
        <dd>{o.client.email}</dd>
        <dt>{t('guidance.overview.phone')}</dt>
        <dd>{o.client.phone ?? '–'}</dd>
        <dt>{t('guidance.caseload.language')}</dt>
        <dd>{languageName(o.client.locale)}</dd>
        <dt>{t('fields.homeMunicipality')}</dt>
        <dd>{o.client.municipalityCode ? municipality(o.client.municipalityCode) : '–'}</dd>
        <dt>{t('clients.list.account')}</dt>
        <dd>{o.client.hasAccount ? t('clients.account.uses') : t('clients.account.notAccepted')}</dd>
        <dt>{t('guidance.overview.sharesWith')}</dt>
        <dd>{sharedWith.length ? sharedWith.join(', ') : t('guidance.overview.sharesWithNobody')}</dd>
        <dt>{t('guidance.overview.employerVisibility')}</dt>
        <dd>{o.consents.employerVisibility ? t('guidance.overview.yes') : t('guidance.overview.no')}</dd>
      </dl>
      <div className="overview-profile">
        <h2 id="profile-summary-heading">{t('guidance.overview.profileHeading')}</h2>
        {o.profile ? (
          <>
            <p>{t('guidance.overview.completeness', { percent: o.profile.completeness })}</p>
            {o.profile.occupations.length > 0 && <p>{o.profile.occupations.join(', ')}</p>}
            <p>
              {t('guidance.overview.skills', { count: o.profile.skills })}
              {o.profile.languages.length > 0 &&
                ` · ${o.profile.languages.map((l) => `${languageName(l.language)} ${l.level === 'native' ? t('guidance.overview.native') : l.level}`).join(', ')}`}
            </p>
            {o.profile.availableFrom && <p>{t('guidance.overview.available', { date: f.date(o.profile.availableFrom) })}</p>}
            <p>
              <RLink to={`/clients/${encodeURIComponent(o.client.userId)}/profile`}>{t('guidance.overview.openProfile')}</RLink>
            </p>
          </>
        ) : (
          <p>{t('guidance.overview.profileNotShared')}</p>
        )}
      </div>
    </div>
  );
}

/**
 * One client, as a counsellor sees them: contact and consents, the cases organisations hold,
 * appointments, the plan, notes, referrals, outcomes and the whole service path.
 */
export function ClientOverviewPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [created] = useState<CreatedState | null>(() => (isCreated(location.state) ? location.state : null));
  useEffect(() => {
    if (isCreated(location.state)) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const overview = useOverview(userId);
  const back = (
    <p>
      <RLink to="/clients">{t('clients.back')}</RLink>
    </p>
  );
  if (overview.isPending) return <Loading />;
  if (overview.isError) {
    return (
      <Page title={t('clients.client.notFoundTitle')}>
        <FormError message={problemMessage(overview.error)} />
        {back}
      </Page>
    );
  }
  const o = overview.data;
  const myOrganisation = me?.memberships.find((m) => m.role === 'counsellor')?.organisation?.name ?? '';
  return (
    <Page title={o.client.name} wide>
      {back}
      {created && (
        <Success>
          {t('clients.client.created')}{' '}
          {created.invited ? t('clients.invite.sent', { email: o.client.email }) : t('clients.client.notInvited')}
        </Success>
      )}
      <nav aria-label={t('guidance.overview.onThisPage')} className="in-page-nav">
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <a href={`#${s === 'appointments' ? 'client-appointments' : s}-heading`}>{t(`guidance.overview.section.${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Facts o={o} />
      {!o.client.hasAccount && <Invite userId={userId} email={o.client.email} />}
      <CaseSection userId={userId} overview={o} />
      <ClientAppointmentsSection clientUserId={userId} />
      <PlanSection userId={userId} />
      <NotesSection userId={userId} organisation={myOrganisation} />
      <ReferralsSection userId={userId} />
      <OutcomeSection userId={userId} overview={o} />
      <TimelineSection userId={userId} />
    </Page>
  );
}
