/**
 * Who may call a route, declared as data so tests can enumerate it. Every route registers one;
 * the app refuses to start when a route has none.
 */
import type { Role } from '../../shared/organisations.js';

export { roles, type Role } from '../../shared/organisations.js';

export type Policy =
  /** Anyone, signed in or not. */
  | { kind: 'public'; reason: string }
  /** Any signed-in person. */
  | { kind: 'signedIn' }
  /** A signed-in person holding one of the roles in the current hub. */
  | { kind: 'roles'; roles: readonly Role[] };

export const publicRoute = (reason: string): Policy => ({ kind: 'public', reason });
export const signedIn: Policy = { kind: 'signedIn' };
export const anyOf = (...r: Role[]): Policy => ({ kind: 'roles', roles: r });

export type MembershipRef = { id: string; hubId: string; organisationId: string | null; role: Role };

export type Actor = {
  userId: string;
  name: string;
  email: string;
  locale: string;
  sessionId: string;
  /** The hub the request acts in: the hub of the person's memberships. */
  hubId: string | null;
  memberships: MembershipRef[];
};

export function hasRole(actor: Actor, role: Role, hubId = actor.hubId): boolean {
  return actor.memberships.some((m) => m.role === role && m.hubId === hubId);
}

/** Organisations in which the actor holds `role` in the current hub. */
export function organisationsWithRole(actor: Actor, role: Role): string[] {
  return actor.memberships
    .filter((m) => m.role === role && m.hubId === actor.hubId && m.organisationId)
    .map((m) => m.organisationId as string);
}

export function allows(policy: Policy, actor: Actor | null): 'allow' | 'unauthenticated' | 'forbidden' {
  switch (policy.kind) {
    case 'public':
      return 'allow';
    case 'signedIn':
      return actor ? 'allow' : 'unauthenticated';
    case 'roles':
      if (!actor) return 'unauthenticated';
      return policy.roles.some((r) => hasRole(actor, r)) ? 'allow' : 'forbidden';
  }
}
