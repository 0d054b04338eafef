import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { consentTextVersion, type ConsentKind } from '../../../shared/profile.js';
import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/audit.js';
import { organisation } from '../../platform/tenancy.tables.js';
import { consent } from './privacy.tables.js';
import type { TGrantConsentRequest } from './privacy.schema.js';

/** What each consent is for; stored with the record, explained to the person in the catalogs. */
export const consentPurpose: Record<ConsentKind, string> = {
  employer_visibility: 'Employers of the hub may find the pseudonymised profile and ask for contact.',
  hub_counsellors: "The hub's counsellors may read the profile to give guidance.",
  organisation: 'The named partner organisation may read the profile to give its services.',
};

type Grant = { userId: string; hubId: string; kind: ConsentKind; organisationId: string | null; locale: string };

/**
 * Records a consent unless the same one is already in force. `inPerson` is a counsellor
 * recording what the client told them face to face.
 */
export async function recordConsent(ctx: ActorCtx, g: Grant, inPerson = false) {
  if (g.organisationId) {
    const [org] = await ctx.tx
      .select({ kind: organisation.kind })
      .from(organisation)
      .where(and(eq(organisation.hubId, g.hubId), eq(organisation.id, g.organisationId)));
    if (!org) throw new AppError('resource.not_found');
    if (org.kind !== 'partner') throw new AppError('consent.not_partner');
  }
  const [row] = await ctx.tx
    .insert(consent)
    .values({
      userId: g.userId,
      hubId: g.hubId,
      kind: g.kind,
      organisationId: g.organisationId,
      purpose: consentPurpose[g.kind],
      textVersion: consentTextVersion,
      locale: g.locale,
      method: inPerson ? 'in_person' : 'self_service',
      recordedBy: ctx.actor.userId,
    })
    .onConflictDoNothing()
    .returning({ id: consent.id });
  if (row) {
    await audit(ctx, {
      action: 'consent.grant',
      hubId: g.hubId,
      subjectUserId: g.userId,
      organisationId: g.organisationId,
      details: { consentId: row.id, kind: g.kind, method: inPerson ? 'in_person' : 'self_service' },
    });
  }
}

export async function grantConsent(ctx: ActorCtx, input: TGrantConsentRequest) {
  if (input.textVersion !== consentTextVersion) throw new AppError('consent.outdated_text');
  if ((input.kind === 'organisation') !== (input.organisationId !== null)) {
    throw new AppError('request.invalid', 'an organisation is named for, and only for, an organisation consent', [
      { path: 'body/organisationId', code: 'invalid', message: 'organisation' },
    ]);
  }
  await recordConsent(ctx, {
    userId: ctx.actor.userId,
    hubId: ctx.hubId,
    kind: input.kind,
    organisationId: input.organisationId,
    locale: ctx.locale,
  });
  return listConsents(ctx);
}

/** Withdrawal takes effect at once: every access check reads the consents in force. */
export async function withdrawConsent(ctx: ActorCtx, id: string) {
  const [row] = await ctx.tx
    .update(consent)
    .set({ withdrawnAt: sql`now()` })
    .where(and(eq(consent.id, id), eq(consent.userId, ctx.actor.userId), isNull(consent.withdrawnAt)))
    .returning();
  if (!row) throw new AppError('resource.not_found');
  await audit(ctx, {
    action: 'consent.withdraw',
    hubId: row.hubId,
    subjectUserId: row.userId,
    organisationId: row.organisationId,
    details: { consentId: row.id, kind: row.kind },
  });
  return listConsents(ctx);
}

export async function listConsents(ctx: ActorCtx) {
  const hubId = ctx.hubId;
  const rows = await ctx.tx
    .select({ c: consent, organisationName: organisation.name })
    .from(consent)
    .leftJoin(organisation, eq(organisation.id, consent.organisationId))
    .where(eq(consent.userId, ctx.actor.userId))
    .orderBy(desc(consent.grantedAt));
  const view = rows.map(({ c, organisationName }) => ({
    id: c.id,
    kind: c.kind,
    organisation: c.organisationId ? { id: c.organisationId, name: organisationName ?? '' } : null,
    purpose: c.purpose,
    textVersion: c.textVersion,
    method: c.method,
    grantedAt: c.grantedAt.toISOString(),
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  }));
  const organisations = await ctx.tx
    .select({ id: organisation.id, name: organisation.name, partnerType: organisation.partnerType })
    .from(organisation)
    .where(and(eq(organisation.hubId, hubId), eq(organisation.kind, 'partner')))
    .orderBy(asc(organisation.name));
  return {
    textVersion: consentTextVersion,
    active: view.filter((c) => c.withdrawnAt === null),
    history: view.filter((c) => c.withdrawnAt !== null),
    organisations,
  };
}
