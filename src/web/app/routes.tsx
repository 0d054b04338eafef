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
import { InvitationPage } from '../features/people/InvitationPage';
import { AdminPeoplePage } from '../features/people/AdminPeoplePage';
import { AdminOrganisationsPage } from '../features/organisations/AdminOrganisationsPage';
import { AdminOrganisationPage } from '../features/organisations/AdminOrganisationPage';
import { AdminInvitationsPage } from '../features/organisations/AdminInvitationsPage';
import { AdminAuditPage } from '../features/audit/AdminAuditPage';
import { AdminOutboxPage } from '../features/mail/AdminOutboxPage';
import { SkillsAndOccupationsPage } from '../features/taxonomy/SkillsAndOccupationsPage';
import { Layout } from './Layout';
import { Loading } from './Page';
import { rolesOf, useMe } from './session';
import type { Role } from './types';

/** Signed-in pages; with `role`, only for people holding it. Others go to sign-in. */
function Guard({ role, children }: { role?: Role; children: ReactNode }) {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (!me) return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (role && !rolesOf(me).has(role)) return <NotFoundPage />;
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
      { path: '/', element: <LandingPage /> },
      { path: '/sign-in', element: <SignInPage /> },
      {
        path: '/sign-up',
        element: (
          <AnonymousOnly>
            <SignUpPage />
          </AnonymousOnly>
        ),
      },
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
