import type { EmployerServiceKind } from '../../../shared/employer.js';
import type { UseCaseCtx } from '../../platform/context.js';
import { countServed, countServedByKind, countServedByMunicipality, insertServices, type Period } from './employer-services.repo.js';

/**
 * Records that the hub served employers, in the transaction of the use case that serves them:
 * the one way a module counts an employer as served. Recording the same service again (the same
 * kind and `refId` for the same employer) changes nothing.
 */
export async function recordEmployerService(
  ctx: UseCaseCtx & { hubId: string },
  service: { kind: EmployerServiceKind; refId: string; employerIds: readonly string[]; at?: Date },
): Promise<void> {
  const occurredAt = service.at ?? ctx.now;
  await insertServices(
    ctx.tx,
    ctx.hubId,
    [...new Set(service.employerIds)].map((employerId) => ({
      employerId,
      kind: service.kind,
      refId: service.refId,
      occurredAt,
      recordedBy: ctx.actor?.userId ?? null,
    })),
  );
}

/** Employers served in a period, each once: in total, by service and by the employer's home municipality. */
export async function employersServed(ctx: UseCaseCtx & { hubId: string }, period: Period) {
  const total = await countServed(ctx.tx, ctx.hubId, period);
  const byKind = await countServedByKind(ctx.tx, ctx.hubId, period);
  const byMunicipality = await countServedByMunicipality(ctx.tx, ctx.hubId, period);
  return {
    total,
    byKind: Object.fromEntries(byKind.map((r) => [r.kind, r.n])) as Partial<Record<EmployerServiceKind, number>>,
    byMunicipality: byMunicipality.map((r) => ({ municipalityCode: r.municipalityCode, served: r.n })),
  };
}
