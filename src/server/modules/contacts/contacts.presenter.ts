import type { z } from 'zod';
import type { OpeningRequestRow, TalentRequestRow } from './contacts.repo.js';
import type { ZEmployerContactRequest, ZMyContactRequest } from './contacts.schema.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * A request as the opening's employer sees it, field by field. The talent is named only by the
 * public reference; the contact details leave the server only when `reveal` (the talent accepted
 * this request and still consents to employer visibility; see `revealsContact`).
 */
export function presentForEmployer(r: OpeningRequestRow, reveal: boolean): z.infer<typeof ZEmployerContactRequest> {
  return {
    id: r.request.id,
    openingId: r.request.openingId,
    publicRef: r.publicRef,
    message: r.request.message,
    status: r.request.status,
    outcome: r.request.outcome,
    createdAt: r.request.createdAt.toISOString(),
    respondedAt: iso(r.request.respondedAt),
    outcomeAt: iso(r.request.outcomeAt),
    contact: reveal ? { name: r.name, email: r.email, phone: r.phone } : null,
  };
}

/** A request as the talent sees it: who asks, about which opening, and what they wrote. */
export function presentForTalent(r: TalentRequestRow): z.infer<typeof ZMyContactRequest> {
  return {
    id: r.request.id,
    employer: r.employer,
    opening: { id: r.request.openingId, title: r.openingTitle },
    message: r.request.message,
    status: r.request.status,
    outcome: r.request.outcome,
    createdAt: r.request.createdAt.toISOString(),
    respondedAt: iso(r.request.respondedAt),
  };
}
