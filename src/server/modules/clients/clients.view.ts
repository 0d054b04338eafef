import { z } from 'zod';
import { ZBookings } from '../appointments/index.js';
import { ZNote, ZOverview, ZPlan, ZReferral, ZReferralTarget, ZTimeline, ZTimelineQuery } from '../guidance/index.js';

/**
 * The contract of the client view (not a `*.schema.ts`: it is composed of the section contracts
 * of guidance and appointments, which a schema file may not import; the web app types the view
 * from those same section contracts).
 *
 * One counsellor view of one client: every part the client page shows, read under one audit
 * entry. Each part has the shape of the section endpoint that also serves it alone (and serves
 * that section's edits): /overview, /appointments, /plan, /notes, /referrals, /referral-targets
 * and the first page of /timeline.
 */
export const ZClientView = z.object({
  overview: ZOverview,
  appointments: ZBookings,
  plan: ZPlan,
  notes: z.object({ items: z.array(ZNote) }),
  referrals: z.object({ items: z.array(ZReferral) }),
  referralTargets: z.object({ items: z.array(ZReferralTarget) }),
  timeline: ZTimeline,
});
export type TClientView = z.infer<typeof ZClientView>;

/** How many steps of the service path the view carries; later pages come from /timeline with its `next` cursor. */
export const ZClientViewQuery = z.object({ timelineLimit: ZTimelineQuery.shape.limit });
export type TClientViewQuery = z.infer<typeof ZClientViewQuery>;

/** The parts a view reads, named in its audit entry (`details.parts`): names only, never contents. */
export const clientViewParts = [
  'overview',
  'profile',
  'appointments',
  'plan',
  'notes',
  'referrals',
  'referralTargets',
  'timeline',
] as const;
export type ClientViewPart = (typeof clientViewParts)[number];
