import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentBooking, appointmentSlot } from '../server/modules/appointments/appointments.tables.js';
import { hubIdOf, organisationIdOf, userIdOf } from '../server/modules/appointments/appointments.fixtures.test-data.js';
import { startTestApp, signedIn, type TestApp } from '../server/test/harness.js';
import { seedDemoAppointments } from './demo-appointments.js';

describe('demo appointments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  it('Sanna offers weekday office-hour times without overlaps; the group session is bookable and partly booked', async () => {
    const db = t.database.db;
    const hubId = await hubIdOf(db);
    const emails = ['counsellor@talenthub.example', 'talent@talenthub.example', 'ahmed.hassan@mail.example', 'priya.raman@mail.example'];
    const userIds = new Map<string, string>();
    for (const e of emails) userIds.set(e, await userIdOf(db, e));
    const orgIds = new Map([['city', await organisationIdOf(db, hubId, 'Espoon kaupunki, Talent Hub -palvelut')]]);
    const now = new Date();
    const before = new Set((await db.select({ id: appointmentSlot.id }).from(appointmentSlot)).map((r) => r.id));
    const bookingsBefore = (await db.select().from(appointmentBooking)).length;
    const mineBefore = (await (await signedIn(t.app, 'talent@talenthub.example')).get('/api/my/appointments')).json().items
      .length as number;
    await db.transaction((tx) => seedDemoAppointments(tx, hubId, userIds, orgIds, now));

    const slots = (await db.select().from(appointmentSlot))
      .filter((s) => !before.has(s.id))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    expect(slots.length).toBeGreaterThan(10);
    const hours = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: 'numeric', hourCycle: 'h23', weekday: 'short' });
    for (const s of slots) {
      expect(s.startsAt.getTime()).toBeGreaterThan(now.getTime());
      expect(s.startsAt.getTime()).toBeLessThan(now.getTime() + 16 * 24 * 3600_000);
      const [weekday, hour] = hours.format(s.startsAt).split(' ');
      expect(['Sat', 'Sun']).not.toContain(weekday);
      expect(Number(hour)).toBeGreaterThanOrEqual(8);
      expect(Number(hour)).toBeLessThan(17);
    }
    for (let i = 1; i < slots.length; i++) expect(slots[i]!.startsAt >= slots[i - 1]!.endsAt).toBe(true);
    const group = slots.find((s) => s.kind === 'group')!;
    expect(group).toMatchObject({ capacity: 20, title: 'Suomalainen työelämä / Finnish working life' });
    expect((await db.select().from(appointmentBooking)).length - bookingsBefore).toBe(3);

    const olena = await signedIn(t.app, 'talent@talenthub.example');
    const mine = (await olena.get('/api/my/appointments')).json().items as { status: string; slot: { id: string; kind: string } }[];
    expect(mine).toHaveLength(mineBefore + 1);
    expect(mine.filter((b) => !before.has(b.slot.id))).toEqual([
      expect.objectContaining({ status: 'booked', slot: expect.objectContaining({ kind: 'individual' }) }),
    ]);
    const offered = (await olena.get('/api/my/appointment-slots')).json().items as { id: string; seatsTaken: number }[];
    expect(offered.find((s) => s.id === group.id)?.seatsTaken).toBe(2);
  });
});
