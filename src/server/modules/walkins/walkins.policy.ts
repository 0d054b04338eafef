import { hubDay } from '../../../shared/time.js';
import { anyOf } from '../../platform/policy.js';

export const walkInsPolicy = {
  /** Service point advisers log anonymous walk-ins and correct their own entries of the day. */
  log: anyOf('counsellor'),
  /** Advisers choose a service point; hub administrators see the hub's points for the figures. */
  points: anyOf('counsellor', 'hub_admin'),
  /** Figures are anonymous counts: advisers and hub administrators see every point of the hub. */
  figures: anyOf('counsellor', 'hub_admin'),
  /** Hub administrators manage the hub's service points. */
  manage: anyOf('hub_admin'),
} as const;

/** How far ahead of the server's clock a walk-in time may be: the adviser's clock may run a little fast. */
export const clockSkewMs = 2 * 60 * 1000;

/** Days and months of the figures are calendar days in the hub's time zone. */
export { hubDay } from '../../../shared/time.js';

/**
 * An adviser corrects or removes only their own entries, and only on the day they happened:
 * after the day closes, its figures stay as they were.
 */
export function mayCorrect(actorUserId: string, entry: { recordedBy: string | null; at: Date }, now: Date): boolean {
  return entry.recordedBy === actorUserId && hubDay(entry.at) === hubDay(now);
}

/** A walk-in time is today's (in the hub's time zone) and not in the future. */
export function timeAllowed(at: Date, now: Date): 'ok' | 'future' | 'not_today' {
  if (at.getTime() > now.getTime() + clockSkewMs) return 'future';
  return hubDay(at) === hubDay(now) ? 'ok' : 'not_today';
}
