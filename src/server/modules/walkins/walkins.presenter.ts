import type { ServicePointRow, WalkInRow } from './walkins.repo.js';
import type { TServicePoint, TWalkIn } from './walkins.schema.js';

/** A walk-in as its adviser sees it; who recorded it stays on the server. */
export function presentWalkIn(r: WalkInRow): TWalkIn {
  return {
    id: r.id,
    servicePointId: r.servicePointId,
    servicePointName: r.servicePointName,
    at: r.at.toISOString(),
    topics: r.topics,
    language: r.language,
    ageBand: r.ageBand,
    referralGiven: r.referralGiven,
    nextStepGiven: r.nextStepGiven,
  };
}

export function presentServicePoint(r: ServicePointRow, own: boolean): TServicePoint {
  return {
    id: r.id,
    name: r.name,
    organisation: { id: r.organisationId, name: r.organisationName },
    municipalityCode: r.municipalityCode,
    active: r.active,
    own,
  };
}
