import { Navigate, Outlet, useLocation, type RouteObject } from 'react-router';
import { NotFoundPage } from './NotFoundPage';
import { Loading } from './Page';
import { rolesOf, useMe } from './session';
import type { Role } from './types';

/** Who may open a group of routes; kept on the guarding route's `handle` so tests can read it. */
export type Access = { kind: 'signedIn' } | { kind: 'roles'; roles: readonly Role[] } | { kind: 'signedOut' };
export type AccessHandle = { access: Access };

/** Signed-in pages; with `roles`, only for people holding one of them. Others go to sign-in. */
function Guard({ roles }: { roles?: readonly Role[] }) {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (!me) return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (roles && !roles.some((r) => rolesOf(me).has(r))) return <NotFoundPage />;
  return <Outlet />;
}

/** Public pages that make no sense when signed in (sign-up) send to /home. */
function SignedOutOnly() {
  const { data: me, isPending } = useMe();
  if (isPending) return <Loading />;
  if (me) return <Navigate to="/home" replace />;
  return <Outlet />;
}

/** The routes for any signed-in person. */
export function signedIn(routes: RouteObject[]): RouteObject {
  return { element: <Guard />, handle: { access: { kind: 'signedIn' } } satisfies AccessHandle, children: routes };
}

/** The routes for people holding one of the roles; others see "not found", visitors go to sign-in. */
export function forRoles(roles: Role | readonly Role[], routes: RouteObject[]): RouteObject {
  const list: readonly Role[] = typeof roles === 'string' ? [roles] : roles;
  return { element: <Guard roles={list} />, handle: { access: { kind: 'roles', roles: list } } satisfies AccessHandle, children: routes };
}

/** The routes only for visitors who are not signed in. */
export function signedOutOnly(routes: RouteObject[]): RouteObject {
  return { element: <SignedOutOnly />, handle: { access: { kind: 'signedOut' } } satisfies AccessHandle, children: routes };
}
