import type { AuditRow } from './audit.repo.js';

/** An audit entry for the hub's administrators: identifiers and names, never content. */
export function presentAuditEvent(r: AuditRow) {
  return {
    id: r.e.id,
    at: r.e.at.toISOString(),
    action: r.e.action,
    actor: r.e.actorUserId ? { id: r.e.actorUserId, name: r.actorName ?? '' } : null,
    subject: r.e.subjectUserId ? { id: r.e.subjectUserId, name: r.subjectName ?? '' } : null,
    organisation: r.e.organisationId ? { id: r.e.organisationId, name: r.organisationName ?? '' } : null,
    requestId: r.e.requestId,
    details: r.e.details,
  };
}
