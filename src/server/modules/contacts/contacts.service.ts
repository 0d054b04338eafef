import { scoreMatch, type MatchExplanation, type MatchGraph } from '../../../core/matching/index.js';
import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { consumeRateLimit } from '../../platform/rate-limit.js';
import { audit } from '../../platform/audit.js';
import { enqueueMail, recipient } from '../../platform/mail.js';
import { openingInputs, profileInputs } from '../matching/index.js';
import { openForEmployer } from '../openings/index.js';
import { sharedFor, sharingOf } from '../privacy/index.js';
import { findProfileHead } from '../talents/index.js';
import { answers, outcomeAllowed, revealsContact, withdrawal } from './contacts.policy.js';
import { presentForEmployer, presentForTalent } from './contacts.presenter.js';
import * as repo from './contacts.repo.js';
import type { TCreateContactRequest, TOutcomeRequest } from './contacts.schema.js';
import { employerServed, talentEmployment } from './contacts.tables.js';

/** How many requests an employer organisation may make in a window. */
export type ContactRateLimit = { max: number; windowMs: number };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Opens a request for the employer of its opening (its users, or a coordinator serving it).
 * Requests to people who no longer consent to employer visibility, and requests of other
 * employers, are not found.
 */
async function openForItsEmployer(ctx: ActorCtx, id: string) {
  const hubId = ctx.hubId;
  const request = await repo.findVisibleRequest(ctx.tx, hubId, id);
  if (!request) throw new AppError('contact.not_found');
  try {
    const { by } = await openForEmployer(ctx, request.openingId);
    return { hubId, request, by };
  } catch (e) {
    if (e instanceof AppError && e.code === 'opening.not_found') throw new AppError('contact.not_found');
    throw e;
  }
}

/** Opens a request for the talent it was made to; anyone else is told it does not exist. */
async function openForTalent(ctx: ActorCtx, id: string) {
  const hubId = ctx.hubId;
  const request = await repo.findRequest(ctx.tx, hubId, id);
  if (!request || request.talentUserId !== ctx.actor.userId) throw new AppError('contact.not_found');
  return { hubId, request };
}

/**
 * An employer asks a talent for contact about one of its published openings. Only talents who
 * consent to employer visibility can be asked; the request is rate-limited per employer
 * organisation (a failed request spends nothing: the count is written in the same transaction).
 * The talent gets a mail in their language.
 */
export async function requestContact(ctx: ActorCtx, openingId: string, input: TCreateContactRequest, limit: ContactRateLimit) {
  const { hubId, head, by } = await openForEmployer(ctx, openingId);
  if (head.status !== 'published') throw new AppError('opening.wrong_status', 'contact can be requested only for a published opening');
  const profile = await findProfileHead(ctx.tx, hubId, { publicRef: input.publicRef });
  if (!profile || !sharedFor(await sharingOf(ctx.tx, hubId, profile.userId), 'recruitment')) throw new AppError('profile.not_found');
  await consumeRateLimit(ctx.tx, `contact:${head.organisationId}`, limit.max, limit.windowMs, 'contact.rate_limited');
  const row = await repo.insertRequest(ctx.tx, hubId, {
    openingId,
    organisationId: head.organisationId,
    talentUserId: profile.userId,
    requestedBy: ctx.actor.userId,
    message: input.message,
  });
  if (!row) throw new AppError('contact.exists', 'an open contact request exists for this opening and person');
  await audit(ctx, {
    action: 'contact.request',
    subjectUserId: profile.userId,
    organisationId: head.organisationId,
    details: { contactRequestId: row.id, openingId, by },
  });
  const listed = (await repo.requestsForTalent(ctx.tx, hubId, profile.userId)).find((r) => r.request.id === row.id);
  const to = await recipient(ctx.tx, profile.userId);
  if (to && listed) {
    await enqueueMail(
      ctx.tx,
      {
        to: to.email,
        template: 'contactRequest',
        locale: to.locale,
        hubId,
        values: { name: to.name, employer: listed.employer, opening: listed.openingTitle, url: `${ctx.config.baseUrl}/contact-requests` },
      },
      ctx.log,
    );
  }
  const [shown] = (await repo.requestsForOpening(ctx.tx, hubId, openingId)).filter((r) => r.request.id === row.id);
  if (!shown) throw new AppError('server.error');
  return presentForEmployer(shown, false);
}

/**
 * Requests about an opening, for its employer. Contact details are shown on accepted requests
 * only; each such showing is an audited reveal. People who withdrew employer visibility are left
 * out altogether.
 */
export async function listOpeningRequests(ctx: ActorCtx, openingId: string) {
  const { hubId, head } = await openForEmployer(ctx, openingId);
  const rows = await repo.requestsForOpening(ctx.tx, hubId, openingId);
  const items = rows.map((r) => ({ r, reveal: revealsContact(r.request.status, true) }));
  await audit(
    ctx,
    ...items
      .filter((i) => i.reveal)
      .map(({ r }) => ({
        action: 'contact.reveal',
        subjectUserId: r.request.talentUserId,
        organisationId: head.organisationId,
        details: { contactRequestId: r.request.id, openingId },
      })),
  );
  return { items: items.map(({ r, reveal }) => presentForEmployer(r, reveal)) };
}

/** The employer takes back a request the talent has not answered. */
export async function withdrawRequest(ctx: ActorCtx, id: string) {
  const { hubId, request, by } = await openForItsEmployer(ctx, id);
  const row = await repo.changeStatus(ctx.tx, hubId, id, withdrawal.from, withdrawal.to);
  if (!row) throw new AppError('contact.wrong_status', `cannot withdraw a request that is ${request.status}`);
  await audit(ctx, {
    action: 'contact.withdraw',
    subjectUserId: request.talentUserId,
    organisationId: request.organisationId,
    details: { contactRequestId: id, openingId: request.openingId, by },
  });
  return presentOne(ctx, hubId, request.openingId, id);
}

async function presentOne(ctx: ActorCtx, hubId: string, openingId: string, id: string) {
  const [r] = (await repo.requestsForOpening(ctx.tx, hubId, openingId)).filter((x) => x.request.id === id);
  if (!r) throw new AppError('contact.not_found');
  return presentForEmployer(r, false);
}

/**
 * Whether a hire matches the person's skills: the person covers at least half of what the
 * opening's essential skills ask (mean credit of the essential skills in the match explanation,
 * where an exact skill counts 1 and a related one less). An opening without essential skills is
 * judged on all its skills; one without any skills does not count as a skills match.
 */
export function matchesSkills(explanation: Pick<MatchExplanation, 'skills'>): boolean {
  const essential = explanation.skills.filter((s) => s.essential);
  const judged = essential.length ? essential : explanation.skills;
  if (judged.length === 0) return false;
  return judged.reduce((a, s) => a + s.credit, 0) / judged.length >= 0.5;
}

/**
 * The employer records how an accepted contact went. A hire records the employer as served and
 * the person as employed, in the same transaction.
 */
export async function recordOutcome(ctx: ActorCtx, id: string, input: TOutcomeRequest, graph: MatchGraph) {
  const { hubId, request, by } = await openForItsEmployer(ctx, id);
  if (!outcomeAllowed(request.status, request.outcome, input.outcome)) {
    throw new AppError(
      'contact.wrong_status',
      `cannot record ${input.outcome} on a ${request.status} request (${request.outcome ?? 'no outcome'})`,
    );
  }
  const row = await repo.setOutcome(ctx.tx, hubId, id, request.outcome, input.outcome, ctx.actor.userId);
  if (!row) throw new AppError('contact.wrong_status', 'the request changed meanwhile');
  if (input.outcome === 'hired') {
    const opening = (await openingInputs(ctx.tx, [request.openingId])).get(request.openingId);
    const profile = (await profileInputs(ctx.tx, [request.talentUserId])).get(request.talentUserId);
    const skillsMatch = opening && profile ? matchesSkills(scoreMatch(opening, profile, graph).explanation) : false;
    const on = today();
    await ctx.tx
      .insert(employerServed)
      .values({ hubId, organisationId: request.organisationId, servedOn: on, source: 'hire', contactRequestId: id });
    await ctx.tx.insert(talentEmployment).values({
      hubId,
      userId: request.talentUserId,
      organisationId: request.organisationId,
      employedOn: on,
      contactRequestId: id,
      matchesSkills: skillsMatch,
    });
  }
  await audit(ctx, {
    action: 'contact.outcome',
    subjectUserId: request.talentUserId,
    organisationId: request.organisationId,
    details: { contactRequestId: id, openingId: request.openingId, outcome: input.outcome, by },
  });
  return presentOne(ctx, hubId, request.openingId, id);
}

/** Requests made to the signed-in talent, newest first. */
export async function listMyRequests(ctx: ActorCtx) {
  const rows = await repo.requestsForTalent(ctx.tx, ctx.hubId, ctx.actor.userId);
  return { items: rows.map(presentForTalent) };
}

/** The talent accepts or declines a request made to them; accepting reveals their contact details to that employer. */
export async function answerRequest(ctx: ActorCtx, id: string, answer: keyof typeof answers) {
  const { hubId, request } = await openForTalent(ctx, id);
  const t = answers[answer];
  const row = await repo.changeStatus(ctx.tx, hubId, id, t.from, t.to);
  if (!row) throw new AppError('contact.wrong_status', `cannot ${answer} a request that is ${request.status}`);
  await audit(ctx, {
    action: `contact.${answer}`,
    subjectUserId: ctx.actor.userId,
    organisationId: request.organisationId,
    details: { contactRequestId: id, openingId: request.openingId },
  });
  const [mine] = (await repo.requestsForTalent(ctx.tx, hubId, ctx.actor.userId)).filter((r) => r.request.id === id);
  if (!mine) throw new AppError('contact.not_found');
  return presentForTalent(mine);
}
