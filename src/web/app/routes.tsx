import type { ReactNode } from 'react';
import { Navigate, createBrowserRouter, useLocation } from 'react-router';
import { AccessibilityPage } from '../features/home/AccessibilityPage';
import { HomePage } from '../features/home/HomePage';
import { LandingPage } from '../features/home/LandingPage';
import { NotFoundPage } from '../features/home/NotFoundPage';
import { AccountPage } from '../features/auth/AccountPage';
import { ForgotPasswordPage, ResetPasswordPage } from '../features/auth/PasswordResetPages';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { ConfirmSignUpPage } from '../features/auth/ConfirmSignUpPage';
import { InvitationPage } from '../features/people/InvitationPage';
import { AdminPeoplePage } from '../features/people/AdminPeoplePage';
import { AdminOrganisationsPage } from '../features/organisations/AdminOrganisationsPage';
import { AdminOrganisationPage } from '../features/organisations/AdminOrganisationPage';
import { AdminInvitationsPage } from '../features/organisations/AdminInvitationsPage';
import { AdminAuditPage } from '../features/audit/AdminAuditPage';
import { AdminOutboxPage } from '../features/mail/AdminOutboxPage';
import { SkillsAndOccupationsPage } from '../features/taxonomy/SkillsAndOccupationsPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { EmployerViewPage } from '../features/profile/EmployerViewPage';
import { PrivacyPage } from '../features/privacy/PrivacyPage';
import { ErasedNotice } from '../features/privacy/ErasedNotice';
import { ClientsPage } from '../features/clients/ClientsPage';
import { NewClientPage } from '../features/clients/NewClientPage';
import { ClientProfilePage } from '../features/clients/ClientPage';
import { ClientOverviewPage } from '../features/guidance/ClientOverviewPage';
import { ReferralsPage } from '../features/guidance/ReferralsPage';
import { MyPathPage } from '../features/guidance/MyPathPage';
import { AdminGuidancePage } from '../features/guidance/AdminGuidancePage';
import { ClientEmployerViewPage } from '../features/clients/ClientEmployerViewPage';
import { NewOpeningPage, OpeningPage } from '../features/openings/OpeningPage';
import { EmployerSide, OpeningsPage } from '../features/openings/OpeningsPage';
import { CandidatesPage } from '../features/matching/CandidatesPage';
import { JobsPage } from '../features/matching/JobsPage';
import { PublicOpeningPage } from '../features/matching/PublicOpeningPage';
import { ContactRequestsPage } from '../features/contacts/ContactRequestsPage';
import { AdminWeightsPage } from '../features/matching/AdminWeightsPage';
import { TalentPoolPage } from '../features/matching/TalentPoolPage';
import { EmployersPage } from '../features/openings/EmployersPage';
import { WalkInsPage } from '../features/walkins/WalkInsPage';
import { WalkInFiguresPage } from '../features/walkins/WalkInFiguresPage';
import { AdminServicePointsPage } from '../features/walkins/AdminServicePointsPage';
import { SchedulePage } from '../features/appointments/SchedulePage';
import { Layout } from './Layout';
import { Loading } from './Page';
import { rolesOf, useMe } from './session';
import type { Role } from './types';

/** Signed-in pages; with `role`, only for people holding it. Others go to sign-in. */
function Guard({ role, children }: { role?: Role | Role[]; children: ReactNode }) {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (!me) return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (role && ![role].flat().some((r) => rolesOf(me).has(r))) return <NotFoundPage />;
  return <>{children}</>;
}

/** Public pages that make no sense when signed in (sign-in, sign-up) send to /home. */
function AnonymousOnly({ children }: { children: ReactNode }) {
  const { data: me, isPending } = useMe();
  if (isPending) return <Loading />;
  if (me) return <Navigate to="/home" replace />;
  return <>{children}</>;
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        path: '/',
        element: (
          <>
            <ErasedNotice />
            <LandingPage />
          </>
        ),
      },
      { path: '/sign-in', element: <SignInPage /> },
      {
        path: '/sign-up',
        element: (
          <AnonymousOnly>
            <SignUpPage />
          </AnonymousOnly>
        ),
      },
      { path: '/sign-up/confirm', element: <ConfirmSignUpPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/invitation', element: <InvitationPage /> },
      { path: '/accessibility', element: <AccessibilityPage /> },
      { path: '/skills-and-occupations', element: <SkillsAndOccupationsPage /> },
      {
        path: '/home',
        element: (
          <Guard>
            <HomePage />
          </Guard>
        ),
      },
      {
        path: '/account',
        element: (
          <Guard>
            <AccountPage />
          </Guard>
        ),
      },
      {
        path: '/profile',
        element: (
          <Guard role="talent">
            <ProfilePage />
          </Guard>
        ),
      },
      {
        path: '/profile/employer-view',
        element: (
          <Guard role="talent">
            <EmployerViewPage />
          </Guard>
        ),
      },
      {
        path: '/privacy',
        element: (
          <Guard>
            <PrivacyPage />
          </Guard>
        ),
      },
      {
        path: '/clients',
        element: (
          <Guard role="counsellor">
            <ClientsPage />
          </Guard>
        ),
      },
      {
        path: '/appointments',
        element: (
          <Guard role="counsellor">
            <SchedulePage />
          </Guard>
        ),
      },
      {
        path: '/clients/new',
        element: (
          <Guard role="counsellor">
            <NewClientPage />
          </Guard>
        ),
      },
      {
        path: '/clients/:userId',
        element: (
          <Guard role="counsellor">
            <ClientOverviewPage />
          </Guard>
        ),
      },
      {
        path: '/clients/:userId/profile',
        element: (
          <Guard role="counsellor">
            <ClientProfilePage />
          </Guard>
        ),
      },
      {
        path: '/referrals',
        element: (
          <Guard role="counsellor">
            <ReferralsPage />
          </Guard>
        ),
      },
      {
        path: '/my-path',
        element: (
          <Guard role="talent">
            <MyPathPage />
          </Guard>
        ),
      },
      {
        path: '/admin/guidance',
        element: (
          <Guard role="hub_admin">
            <AdminGuidancePage />
          </Guard>
        ),
      },
      {
        path: '/clients/:userId/employer-view',
        element: (
          <Guard role="counsellor">
            <ClientEmployerViewPage />
          </Guard>
        ),
      },
      {
        path: '/openings',
        element: (
          <Guard>
            <EmployerSide>
              <OpeningsPage />
            </EmployerSide>
          </Guard>
        ),
      },
      {
        path: '/openings/new',
        element: (
          <Guard>
            <EmployerSide>
              <NewOpeningPage />
            </EmployerSide>
          </Guard>
        ),
      },
      {
        path: '/openings/:id',
        element: (
          <Guard>
            <EmployerSide>
              <OpeningPage />
            </EmployerSide>
          </Guard>
        ),
      },
      {
        path: '/openings/:id/candidates',
        element: (
          <Guard>
            <EmployerSide>
              <CandidatesPage />
            </EmployerSide>
          </Guard>
        ),
      },
      {
        path: '/jobs',
        element: (
          <Guard role="talent">
            <JobsPage />
          </Guard>
        ),
      },
      {
        path: '/jobs/:id',
        element: (
          <Guard role="talent">
            <PublicOpeningPage />
          </Guard>
        ),
      },
      {
        path: '/admin/organisations',
        element: (
          <Guard role="hub_admin">
            <AdminOrganisationsPage />
          </Guard>
        ),
      },
      {
        path: '/admin/organisations/:id',
        element: (
          <Guard role="hub_admin">
            <AdminOrganisationPage />
          </Guard>
        ),
      },
      {
        path: '/admin/people',
        element: (
          <Guard role="hub_admin">
            <AdminPeoplePage />
          </Guard>
        ),
      },
      {
        path: '/admin/invitations',
        element: (
          <Guard role="hub_admin">
            <AdminInvitationsPage />
          </Guard>
        ),
      },
      {
        path: '/admin/audit',
        element: (
          <Guard role="hub_admin">
            <AdminAuditPage />
          </Guard>
        ),
      },
      {
        path: '/admin/outbox',
        element: (
          <Guard role="hub_admin">
            <AdminOutboxPage />
          </Guard>
        ),
      },
      {
        path: '/contact-requests',
        element: (
          <Guard role="talent">
            <ContactRequestsPage />
          </Guard>
        ),
      },
      {
        path: '/admin/matching',
        element: (
          <Guard role="hub_admin">
            <AdminWeightsPage />
          </Guard>
        ),
      },
      {
        path: '/talent-pool',
        element: (
          <Guard>
            <TalentPoolPage />
          </Guard>
        ),
      },
      {
        path: '/employers',
        element: (
          <Guard role="counsellor">
            <EmployersPage />
          </Guard>
        ),
      },
      {
        path: '/walk-ins',
        element: (
          <Guard role="counsellor">
            <WalkInsPage />
          </Guard>
        ),
      },
      {
        path: '/walk-ins/figures',
        element: (
          <Guard role={['counsellor', 'hub_admin']}>
            <WalkInFiguresPage />
          </Guard>
        ),
      },
      {
        path: '/admin/service-points',
        element: (
          <Guard role="hub_admin">
            <AdminServicePointsPage />
          </Guard>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
