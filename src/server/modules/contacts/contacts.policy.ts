import { anyOf } from '../../platform/policy.js';
import { coordinatorRoles } from '../../../shared/organisations.js';
import type { ContactOutcome, ContactStatus } from './contacts.tables.js';

export const contactsPolicy = {
  /**
   * Requests about an opening: its employer's users and the coordinators serving it. Which
   * employer the actor may act for is decided per request by `openForEmployer`.
   */
  employer: anyOf('employer', ...coordinatorRoles),
  /** The talent answers requests made to them, and only those. */
  talent: anyOf('talent'),
} as const;

/** How many contact requests an employer organisation may make in a day (all its users together). */
export const defaultContactRequestsPerDay = 50;

/** Which status a talent's answer moves a request from and to. */
export const answers = {
  accept: { from: 'requested', to: 'accepted' },
  decline: { from: 'requested', to: 'declined' },
} as const satisfies Record<string, { from: ContactStatus; to: ContactStatus }>;

/** The employer withdraws a request the talent has not answered yet. */
export const withdrawal = { from: 'requested', to: 'withdrawn' } as const satisfies { from: ContactStatus; to: ContactStatus };

/**
 * Outcomes an employer may record, by the outcome recorded so far: only on an accepted request;
 * an interview may be followed by a hire or by not proceeding; hired and not proceeding are final.
 */
export const outcomeAllowedAfter: Record<'none' | ContactOutcome, readonly ContactOutcome[]> = {
  none: ['interviewed', 'hired', 'not_proceeding'],
  interviewed: ['hired', 'not_proceeding'],
  hired: [],
  not_proceeding: [],
};

export function outcomeAllowed(status: ContactStatus, current: ContactOutcome | null, next: ContactOutcome): boolean {
  return status === 'accepted' && outcomeAllowedAfter[current ?? 'none'].includes(next);
}

/**
 * An employer sees the talent's contact details on a request only when the talent accepted that
 * very request and still consents to employer visibility. A talent who withdraws visibility
 * disappears from every employer view, accepted contacts included.
 */
export function revealsContact(status: ContactStatus, employerVisibility: boolean): boolean {
  return status === 'accepted' && employerVisibility;
}
