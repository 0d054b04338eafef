import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, demoPassword, signedIn, startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { serviceEvent, clientCase } from '../guidance/guidance.tables.js';
import { mailOutbox } from '../../platform/mail.tables.js';
import { appointmentBooking, appointmentSlot } from './appointments.tables.js';
import { hubIdOf, makeClients, makeOtherHub, openCases, organisationIdOf, userIdOf } from './appointments.fixtures.test-data.js';
import type { TBooking, TScheduleSlot, TSlot } from './appointments.schema.js';

const hour = 3600 * 1000;
/** A whole minute `hours` from now, so slots made in one test do not collide with another's. */
const at = (hours: number) => new Date(Math.floor((Date.now() + hours * hour) / 60_000) * 60_000).toISOString();
const icsField = (ics: string, name: string) => ics.split(/\r?\n/).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
const icsStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

describe.each(dbKinds)('appointments (%s)', (kind) => {
  let t: TestApp;
  let hubId: string;
  let cityId: string;
  let sanna: Client;
  let elina: Client;
  let olena: Client;
  let olenaId: string;
  // A month ahead: clear of the demo region's own appointments.
  let hoursAhead = 30 * 24;
  /** Each slot of the suite gets its own hour, so Sanna's slots never overlap by accident. */
  const nextStart = () => at((hoursAhead += 2));

  async function publish(c: Client, body: Record<string, unknown>) {
    const res = await c.post('/api/appointment-slots', { durationMinutes: 45, startsAt: [nextStart()], ...body });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json().items as TSlot[])[0]!;
  }
  const slotRows = async () => (await t.database.db.select().from(appointmentSlot)).length;
  const activeBookings = async (slotId: string) =>
    (
      await t.database.db
        .select()
        .from(appointmentBooking)
        .where(and(eq(appointmentBooking.slotId, slotId), isNull(appointmentBooking.cancelledAt)))
    ).length;

  beforeAll(async () => {
    t = await startTestApp(kind);
    hubId = await hubIdOf(t.database.db);
    cityId = await organisationIdOf(t.database.db, hubId, 'Espoon kaupunki, Talent Hub -palvelut');
    sanna = await signedIn(t.app, 'counsellor@talenthub.example');
    elina = await signedIn(t.app, 'elina.makela@otsolahti.example');
    olena = await signedIn(t.app, 'talent@talenthub.example');
    olenaId = await userIdOf(t.database.db, 'talent@talenthub.example');
  });
  afterAll(() => t.close());

  it('invalid slots are refused with a 4xx and nothing is written', async () => {
    const before = await slotRows();
    const bad: [Record<string, unknown>, number, string][] = [
      [{ kind: 'individual', mode: 'in_person', durationMinutes: 45, startsAt: [at(30)] }, 400, 'request.invalid'],
      [
        { kind: 'group', mode: 'video', link: 'https://meet.example/x', capacity: 20, durationMinutes: 60, startsAt: [at(30)] },
        400,
        'request.invalid',
      ],
      [{ kind: 'individual', mode: 'video', link: 'javascript:alert(1)', durationMinutes: 45, startsAt: [at(30)] }, 400, 'request.invalid'],
      [{ kind: 'individual', mode: 'phone', durationMinutes: 5, startsAt: [at(30)] }, 400, 'request.invalid'],
      [{ kind: 'individual', mode: 'phone', capacity: 3, durationMinutes: 30, startsAt: [at(30)] }, 400, 'request.invalid'],
      [{ kind: 'individual', mode: 'phone', durationMinutes: 30, startsAt: [] }, 400, 'request.invalid'],
      [{ kind: 'individual', mode: 'phone', durationMinutes: 30, startsAt: ['tomorrow'] }, 400, 'request.invalid'],
      [{ kind: 'individual', mode: 'phone', durationMinutes: 30, startsAt: [at(-2)] }, 409, 'slot.past'],
      [{ kind: 'individual', mode: 'phone', durationMinutes: 60, startsAt: [at(30), at(30.5)] }, 409, 'slot.overlap'],
    ];
    for (const [body, status, code] of bad) {
      const res = await sanna.post('/api/appointment-slots', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().code).toBe(code);
    }
    expect(await slotRows()).toBe(before);
  });

  it("a counsellor's own slots may not overlap; several slots can be published at once", async () => {
    const starts = [at(1000), at(1001), at(1002)];
    const res = await sanna.post('/api/appointment-slots', { kind: 'individual', mode: 'phone', durationMinutes: 60, startsAt: starts });
    expect(res.statusCode).toBe(201);
    expect((res.json().items as TSlot[]).map((s) => s.startsAt)).toEqual(starts);
    const clash = await sanna.post('/api/appointment-slots', {
      kind: 'group',
      mode: 'in_person',
      title: 'Clash',
      place: 'Room 1',
      capacity: 10,
      durationMinutes: 30,
      startsAt: [at(1001.5)],
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('slot.overlap');
    // Another counsellor may hold the same hour.
    expect(
      (await elina.post('/api/appointment-slots', { kind: 'individual', mode: 'phone', durationMinutes: 60, startsAt: [at(1001)] }))
        .statusCode,
    ).toBe(201);
  });

  it('roles: a hub administrator without a counsellor role gets 403; a client cannot use counsellor routes and back', async () => {
    const admin = await signedIn(t.app, 'admin@talenthub.example');
    expect(
      (await admin.post('/api/appointment-slots', { kind: 'individual', mode: 'phone', durationMinutes: 30, startsAt: [at(300)] }))
        .statusCode,
    ).toBe(403);
    expect((await admin.get('/api/appointment-slots/mine')).statusCode).toBe(403);
    expect((await admin.get(`/api/clients/${olenaId}/appointments`)).statusCode).toBe(403);
    expect((await admin.get('/api/my/appointments')).statusCode).toBe(403);
    expect((await olena.get('/api/appointment-slots/mine')).statusCode).toBe(403);
    expect(
      (await olena.post('/api/appointment-slots', { kind: 'individual', mode: 'phone', durationMinutes: 30, startsAt: [at(300)] }))
        .statusCode,
    ).toBe(403);
    expect((await sanna.get('/api/my/appointment-slots')).statusCode).toBe(403);
    expect((await new (sanna.constructor as typeof Client)(t.app).get('/api/my/appointments')).statusCode).toBe(401);
  });

  it('50 parallel bookings of one individual slot give exactly one booking and 49 clear refusals', async () => {
    const clients = await makeClients(t.database.db, hubId, 50, { prefix: 'solo', sharesWithHub: true });
    const slot = await publish(sanna, { kind: 'individual', mode: 'phone' });
    const results = await Promise.all(clients.map((c) => sanna.post(`/api/clients/${c.id}/appointments`, { slotId: slot.id })));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const refused = results.filter((r) => r.statusCode !== 201);
    expect(refused).toHaveLength(49);
    for (const r of refused) {
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('slot.full');
    }
    expect(await activeBookings(slot.id)).toBe(1);
  });

  it('a 20-seat group session under 100 parallel requests seats exactly 20', async () => {
    const clients = await makeClients(t.database.db, hubId, 100, { prefix: 'group', sharesWithHub: true });
    const slot = await publish(sanna, {
      kind: 'group',
      mode: 'in_person',
      title: 'Finnish working life',
      place: 'Iso Omena, room 3',
      capacity: 20,
    });
    const results = await Promise.all(clients.map((c) => sanna.post(`/api/clients/${c.id}/appointments`, { slotId: slot.id })));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(20);
    const refused = results.filter((r) => r.statusCode !== 201);
    expect(refused).toHaveLength(80);
    for (const r of refused) expect(r.json().code).toBe('slot.full');
    expect(await activeBookings(slot.id)).toBe(20);
    const schedule = (await sanna.get('/api/appointment-slots/mine')).json().items as TScheduleSlot[];
    expect(schedule.find((s) => s.id === slot.id)).toMatchObject({ seatsTaken: 20, capacity: 20 });
  });

  it('a client books a group session: confirmation with calendar file, reminder a day before; cancelling withdraws it and frees the seat', async () => {
    const slot = await publish(sanna, { kind: 'group', mode: 'video', title: 'CV clinic', link: 'https://meet.example/cv', capacity: 2 });
    const offered = (await olena.get('/api/my/appointment-slots')).json().items as TSlot[];
    expect(offered.find((s) => s.id === slot.id)).toMatchObject({ title: 'CV clinic', seatsTaken: 0, capacity: 2, host: 'Sanna Korhonen' });

    const booked = await olena.post('/api/my/appointments', { slotId: slot.id });
    expect(booked.statusCode).toBe(201);
    const booking = booked.json<TBooking>();
    expect(booking).toMatchObject({ status: 'booked', slot: { id: slot.id, seatsTaken: 1 } });
    const again = await olena.post('/api/my/appointments', { slotId: slot.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('slot.already_booked');
    expect(((await olena.get('/api/my/appointment-slots')).json().items as TSlot[]).some((s) => s.id === slot.id)).toBe(false);

    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.refId, booking.id));
    const confirmation = mails.find((m) => m.template === 'appointmentBooked')!;
    expect(confirmation.toAddress).toBe('talent@talenthub.example');
    expect(confirmation.subject).toBe('Appointment confirmed: CV clinic');
    expect(confirmation.calendar).toContain(`UID:${'booking-' + booking.id}@talenthub`);
    const reminder = mails.find((m) => m.template === 'appointmentReminder')!;
    expect(reminder.sendAfter?.getTime()).toBe(new Date(slot.startsAt).getTime() - 24 * hour);

    const file = await olena.get(`/api/my/appointments/${booking.id}/calendar.ics`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/calendar/);
    expect(file.headers['content-disposition']).toMatch(/attachment; filename=".+\.ics"/);
    expect(icsField(file.body, 'METHOD')).toBe('METHOD:PUBLISH');
    expect(icsField(file.body, 'UID')).toBe(`UID:booking-${booking.id}@talenthub`);
    expect(icsField(file.body, 'DTSTART')).toBe(`DTSTART:${icsStamp(slot.startsAt)}`);
    expect(icsField(file.body, 'DTEND')).toBe(`DTEND:${icsStamp(slot.endsAt)}`);
    expect(icsField(file.body, 'STATUS')).toBe('STATUS:CONFIRMED');
    expect(file.body).toContain('SUMMARY:CV clinic');
    // Another client cannot fetch or cancel it.
    const ahmed = await signedIn(t.app, 'ahmed.hassan@mail.example');
    expect((await ahmed.get(`/api/my/appointments/${booking.id}/calendar.ics`)).statusCode).toBe(404);
    expect((await ahmed.post(`/api/my/appointments/${booking.id}/cancel`)).statusCode).toBe(404);

    const cancelled = await olena.post(`/api/my/appointments/${booking.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json<TBooking>()).toMatchObject({ status: 'cancelled', slot: { seatsTaken: 0 } });
    expect((await olena.post(`/api/my/appointments/${booking.id}/cancel`)).statusCode).toBe(404);
    const after = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.refId, booking.id));
    expect(after.map((m) => m.template).sort()).toEqual(['appointmentBooked', 'appointmentCancelled']);
    const cancelledFile = (await olena.get(`/api/my/appointments/${booking.id}/calendar.ics`)).body;
    expect(icsField(cancelledFile, 'STATUS')).toBe('STATUS:CANCELLED');
    expect(icsField(cancelledFile, 'UID')).toBe(`UID:booking-${booking.id}@talenthub`);

    const events = await t.database.db.select().from(serviceEvent).where(eq(serviceEvent.refId, booking.id));
    expect(events.map((e) => e.kind).sort()).toEqual(['appointment_booked', 'appointment_cancelled']);
    // The seat is free again: she can book it once more.
    expect((await olena.post('/api/my/appointments', { slotId: slot.id })).statusCode).toBe(201);
  });

  it("individual slots are offered only to clients of the host's organisation; a cancelled seat is free for the next client", async () => {
    const slot = await publish(sanna, { kind: 'individual', mode: 'in_person', place: 'Kauppamiehentie 6, Espoo' });
    const [client] = await makeClients(t.database.db, hubId, 1, { prefix: 'cased', password: demoPassword });
    const other = await signedIn(t.app, client!.email);
    expect(((await other.get('/api/my/appointment-slots')).json().items as TSlot[]).some((s) => s.id === slot.id)).toBe(false);
    const refused = await other.post('/api/my/appointments', { slotId: slot.id });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('slot.not_found');

    await openCases(t.database.db, hubId, cityId, [client!.id, olenaId]);
    expect(((await other.get('/api/my/appointment-slots')).json().items as TSlot[]).some((s) => s.id === slot.id)).toBe(true);
    const mine = await olena.post('/api/my/appointments', { slotId: slot.id });
    expect(mine.statusCode).toBe(201);
    const full = await other.post('/api/my/appointments', { slotId: slot.id });
    expect(full.json().code).toBe('slot.full');
    expect(((await other.get('/api/my/appointment-slots')).json().items as TSlot[]).some((s) => s.id === slot.id)).toBe(false);
    expect((await olena.post(`/api/my/appointments/${mine.json().id}/cancel`)).statusCode).toBe(200);
    expect((await other.post('/api/my/appointments', { slotId: slot.id })).statusCode).toBe(201);
  });

  it('the counsellor books for a client, sees the booking, marks attendance; the path and the case record it', async () => {
    const [client] = await makeClients(t.database.db, hubId, 1, { prefix: 'attend', caseIn: cityId });
    const slot = await publish(sanna, { kind: 'individual', mode: 'video', link: 'https://meet.example/sanna' });
    const res = await sanna.post(`/api/clients/${client!.id}/appointments`, { slotId: slot.id });
    expect(res.statusCode).toBe(201);
    const booking = res.json<TBooking>();
    const list = (await sanna.get(`/api/clients/${client!.id}/appointments`)).json().items as TBooking[];
    expect(list.map((b) => b.id)).toEqual([booking.id]);
    const schedule = (await sanna.get('/api/appointment-slots/mine')).json().items as TScheduleSlot[];
    expect(schedule.find((s) => s.id === slot.id)!.bookings).toEqual([
      expect.objectContaining({ id: booking.id, client: { userId: client!.id, name: 'attend 0' }, attendance: null }),
    ]);
    const marked = await sanna.post(`/api/appointment-bookings/${booking.id}/attendance`, { attendance: 'attended' });
    expect(marked.statusCode).toBe(200);
    expect(marked.json<TScheduleSlot>().bookings[0]!.attendance).toBe('attended');
    expect((await sanna.post(`/api/appointment-bookings/${booking.id}/attendance`, { attendance: 'maybe' })).statusCode).toBe(400);
    const events = await t.database.db.select().from(serviceEvent).where(eq(serviceEvent.refId, booking.id));
    expect(events.map((e) => e.kind).sort()).toEqual(['appointment_attended', 'appointment_booked']);
    const [c] = await t.database.db.select().from(clientCase).where(eq(clientCase.clientUserId, client!.id));
    expect(c!.lastContactAt?.getTime()).toBe(new Date(slot.startsAt).getTime());
    const hostFile = await sanna.get(`/api/appointment-slots/${slot.id}/calendar.ics`);
    expect(hostFile.statusCode).toBe(200);
    expect(icsField(hostFile.body, 'UID')).toBe(`UID:slot-${slot.id}@talenthub`);
    expect(icsField(hostFile.body, 'URL')).toBe('URL:https://meet.example/sanna');
  });

  it('a counsellor of another organisation without consent cannot book, see or manage', async () => {
    const [client] = await makeClients(t.database.db, hubId, 1, { prefix: 'private', caseIn: cityId });
    const slot = await publish(sanna, { kind: 'individual', mode: 'phone' });
    const elinaSlot = await publish(elina, { kind: 'individual', mode: 'phone' });
    const booked = await sanna.post(`/api/clients/${client!.id}/appointments`, { slotId: slot.id });
    expect(booked.statusCode).toBe(201);
    for (const res of [
      await elina.post(`/api/clients/${client!.id}/appointments`, { slotId: elinaSlot.id }),
      await elina.get(`/api/clients/${client!.id}/appointments`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('case.not_found');
    }
    expect((await elina.post(`/api/appointment-slots/${slot.id}/cancel`)).json().code).toBe('slot.not_found');
    expect((await elina.get(`/api/appointment-slots/${slot.id}/calendar.ics`)).statusCode).toBe(404);
    expect((await elina.post(`/api/appointment-bookings/${booked.json().id}/attendance`, { attendance: 'no_show' })).statusCode).toBe(404);
    // Sanna cannot book Elina's slot for her own client either.
    expect((await sanna.post(`/api/clients/${client!.id}/appointments`, { slotId: elinaSlot.id })).json().code).toBe('slot.not_found');
    const elinaView = await elina.get('/api/appointment-slots/mine');
    expect(elinaView.body).not.toContain(client!.id);
    expect(elinaView.body).not.toContain('private 0');
  });

  it("another organisation's bookings show to a counsellor only when the client shares with partners", async () => {
    const [client] = await makeClients(t.database.db, hubId, 1, { prefix: 'shared', caseIn: cityId, sharesWithHub: true });
    const slot = await publish(sanna, { kind: 'individual', mode: 'phone' });
    expect((await sanna.post(`/api/clients/${client!.id}/appointments`, { slotId: slot.id })).statusCode).toBe(201);
    const seen = (await elina.get(`/api/clients/${client!.id}/appointments`)).json().items as TBooking[];
    expect(seen.map((b) => b.slot.id)).toEqual([slot.id]);
  });

  it('cancelling a slot cancels its bookings, mails the clients and withdraws the reminders', async () => {
    const clients = await makeClients(t.database.db, hubId, 3, { prefix: 'cancelled', caseIn: cityId });
    const slot = await publish(sanna, { kind: 'group', mode: 'in_person', title: 'Job search basics', place: 'Library', capacity: 5 });
    const ids: string[] = [];
    for (const c of clients) ids.push((await sanna.post(`/api/clients/${c.id}/appointments`, { slotId: slot.id })).json().id);
    const res = await sanna.post(`/api/appointment-slots/${slot.id}/cancel`);
    expect(res.statusCode).toBe(200);
    expect(res.json<TSlot>()).toMatchObject({ cancelled: true, seatsTaken: 0 });
    for (const id of ids) {
      const templates = (await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.refId, id))).map((m) => m.template).sort();
      expect(templates).toEqual(['appointmentBooked', 'appointmentCancelled']);
    }
    expect((await sanna.post(`/api/appointment-slots/${slot.id}/cancel`)).json().code).toBe('slot.cancelled');
    const late = await sanna.post(`/api/clients/${clients[0]!.id}/appointments`, { slotId: slot.id });
    expect(late.json().code).toBe('slot.cancelled');
  });

  it('another hub sees nothing of this one', async () => {
    const slot = await publish(sanna, { kind: 'group', mode: 'phone', title: 'Open to the hub', capacity: 30 });
    const other = await makeOtherHub(t.database.db, demoPassword);
    const counsellor = await signedIn(t.app, other.counsellorEmail);
    const client = await signedIn(t.app, other.clientEmail);
    const offered = await client.get('/api/my/appointment-slots');
    expect(offered.statusCode).toBe(200);
    expect(offered.json().items).toEqual([]);
    expect((await client.post('/api/my/appointments', { slotId: slot.id })).json().code).toBe('slot.not_found');
    expect((await counsellor.post(`/api/appointment-slots/${slot.id}/cancel`)).statusCode).toBe(404);
    expect((await counsellor.get(`/api/clients/${olenaId}/appointments`)).statusCode).toBe(404);
    expect((await counsellor.get('/api/appointment-slots/free')).json().items).toEqual([]);
    expect((await counsellor.get('/api/appointment-slots/mine')).json().items).toEqual([]);
  });
});
