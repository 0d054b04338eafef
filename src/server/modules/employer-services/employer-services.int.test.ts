import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation } from '../../platform/tenancy.tables.js';
import { dbKinds, startTestApp, type TestApp } from '../../test/harness.js';
import { employersServed, recordEmployerService } from './index.js';
import { employerServiceEvent } from './employer-services.tables.js';

const coordinator = 'counsellor@talenthub.example';
const period = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
const at = (d: string) => new Date(`${d}T10:00:00Z`);

describe.each(dbKinds)('employers served (%s)', (kind) => {
  let t: TestApp;
  let employers: { id: string; municipalityCode: string }[];

  beforeAll(async () => {
    t = await startTestApp(kind);
    employers = await t.database.db
      .select({ id: organisation.id, municipalityCode: organisation.municipalityCode })
      .from(organisation)
      .where(eq(organisation.kind, 'employer'))
      .orderBy(organisation.name);
  });
  afterAll(() => t.close());

  it('counts an employer with five services in the period once, and once in each service it received', async () => {
    const [a, b] = employers;
    if (!a || !b) throw new Error('the demo region has two employers');
    await t.as(coordinator, async (ctx) => {
      await recordEmployerService(ctx, { kind: 'support_request', refId: 'req-1', employerIds: [a.id], at: at('2026-02-01') });
      await recordEmployerService(ctx, { kind: 'support_request', refId: 'req-2', employerIds: [a.id], at: at('2026-03-01') });
      await recordEmployerService(ctx, { kind: 'event_hosted', refId: 'event-1', employerIds: [a.id, b.id], at: at('2026-04-01') });
      await recordEmployerService(ctx, { kind: 'voucher_decided', refId: 'voucher-1', employerIds: [a.id], at: at('2026-05-01') });
      await recordEmployerService(ctx, { kind: 'guidance_contact', refId: 'call-1', employerIds: [a.id], at: at('2026-06-01') });
      // Outside the period: not counted.
      await recordEmployerService(ctx, { kind: 'support_request', refId: 'req-0', employerIds: [b.id], at: at('2025-12-31') });
    });
    const served = await t.as(coordinator, (ctx) => employersServed(ctx, period));
    expect(served.total).toBe(2);
    expect(served.byKind).toEqual({ support_request: 1, event_hosted: 2, voucher_decided: 1, guidance_contact: 1 });
    const byMunicipality = new Map(served.byMunicipality.map((r) => [r.municipalityCode, r.served]));
    const expected = new Map<string, number>();
    for (const e of [a, b]) expected.set(e.municipalityCode, (expected.get(e.municipalityCode) ?? 0) + 1);
    expect(byMunicipality).toEqual(expected);
  });

  it('records a service once however often its use case runs, and keeps who gave it', async () => {
    const [a] = employers;
    if (!a) throw new Error('the demo region has an employer');
    for (let i = 0; i < 3; i++)
      await t.as(coordinator, (ctx) =>
        recordEmployerService(ctx, { kind: 'showcase_meeting', refId: 'showcase-1', employerIds: [a.id, a.id] }),
      );
    const rows = await t.database.db
      .select()
      .from(employerServiceEvent)
      .where(and(eq(employerServiceEvent.kind, 'showcase_meeting'), eq(employerServiceEvent.refId, 'showcase-1')));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.recordedBy).toBeTruthy();
  });
});
