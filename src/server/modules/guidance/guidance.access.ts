import type { Tx } from '../../db/connection.js';
import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/audit.js';
import { organisationsWithRole } from '../../platform/policy.js';
import { sharingsOf } from '../privacy/index.js';
import { openCaseOrganisations } from './cases/cases.repo.js';
import { talentsAmong } from './guidance.repo.js';
import { caseAccess, type CaseAccess, type ClientSharing } from './guidance.policy.js';

/**
 * The consents (read by privacy) and open cases of clients of the hub, in three queries however
 * many clients; people who are not talents of the hub are left out.
 */
export async function loadSharings(tx: Tx, hubId: string, clientUserIds: string[]): Promise<Map<string, ClientSharing>> {
  const out = new Map<string, ClientSharing>();
  const ids = [...new Set(clientUserIds)];
  if (ids.length === 0) return out;
  const talents = await talentsAmong(tx, hubId, ids);
  if (talents.length === 0) return out;
  const sharings = await sharingsOf(tx, hubId, talents);
  for (const [userId, sharing] of sharings) out.set(userId, { ...sharing, caseOrganisations: [] });
  for (const c of await openCaseOrganisations(tx, hubId, [...out.keys()])) out.get(c.userId)?.caseOrganisations.push(c.organisationId);
  return out;
}

/** The consents and open cases of one client of the hub, or null when no such client exists. */
export async function loadSharing(tx: Tx, hubId: string, clientUserId: string): Promise<ClientSharing | null> {
  return (await loadSharings(tx, hubId, [clientUserId])).get(clientUserId) ?? null;
}

export type OpenedCase = { hubId: string; clientUserId: string; access: CaseAccess; sharing: ClientSharing };

/**
 * Decides a counsellor's access to a client's case, or refuses with `case.not_found` (the same
 * answer whether the client does not exist or is not theirs to see). Writes no audit entry: the
 * caller audits what it reads, in the same transaction.
 */
export async function accessCase(ctx: ActorCtx, clientUserId: string): Promise<OpenedCase> {
  const hubId = ctx.hubId;
  const sharing = await loadSharing(ctx.tx, hubId, clientUserId);
  const access = caseAccess(ctx.actor, sharing);
  if (!sharing || !access) throw new AppError('case.not_found');
  return { hubId, clientUserId, access, sharing };
}

/** Opens a client's case for a counsellor through the access rule, and audits the read as `action`. */
export async function openCase(ctx: ActorCtx, clientUserId: string, action: string): Promise<OpenedCase> {
  const opened = await accessCase(ctx, clientUserId);
  await audit(ctx, { action, subjectUserId: clientUserId });
  return opened;
}

/** The counsellor's access to a client's case, without auditing (the use case audits its own action). */
export async function accessFor(ctx: ActorCtx, clientUserId: string): Promise<CaseAccess> {
  return (await accessCase(ctx, clientUserId)).access;
}

/** The counsellor's organisations in the hub; a counsellor always belongs to at least one. */
export function myOrganisations(ctx: ActorCtx): string[] {
  const orgs = organisationsWithRole(ctx.actor, 'counsellor');
  if (orgs.length === 0) throw new AppError('auth.forbidden', 'the counsellor belongs to no organisation');
  return orgs;
}
