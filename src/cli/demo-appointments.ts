import type { Tx } from '../server/db/connection.js';
import { appointmentBooking, appointmentSlot } from '../server/modules/appointments/appointments.tables.js';
import { serviceEvent } from '../server/modules/guidance/guidance.tables.js';

/** Demo times are office hours in the hub's own time zone, whatever the machine's zone is. */
const zone = 'Europe/Helsinki';
const dayMs = 24 * 3600 * 1000;

/** How far `instant` is from UTC in `zone`, in milliseconds (Helsinki: +2 h or +3 h). */
function zoneOffset(instant: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The Helsinki calendar day `days` from `now`: its year, month, date and weekday (0 = Sunday). */
function helsinkiDay(now: Date, days: number) {
  const local = new Date(now.getTime() + days * dayMs + zoneOffset(now));
  return { y: local.getUTCFullYear(), m: local.getUTCMonth(), d: local.getUTCDate(), weekday: local.getUTCDay() };
}

/** The instant of a wall-clock time in Helsinki on a given day. */
function helsinki(day: { y: number; m: number; d: number }, hour: number, minute = 0): Date {
  const guess = Date.UTC(day.y, day.m, day.d, hour, minute);
  const first = guess - zoneOffset(new Date(guess));
  return new Date(guess - zoneOffset(new Date(first)));
}

/** The next `n` working days (Monday to Friday) after the seed day. */
function workingDays(now: Date, n: number) {
  const out: ReturnType<typeof helsinkiDay>[] = [];
  for (let i = 1; out.length < n; i++) {
    const day = helsinkiDay(now, i);
    if (day.weekday !== 0 && day.weekday !== 6) out.push(day);
  }
  return out;
}

/**
 * Appointments of the demo region: the city's counsellor (Sanna Korhonen) offers individual
 * times over the next two weeks and a group guidance session on Finnish working life with 20
 * seats and a few clients signed up; Olena Kovalenko has booked one individual appointment.
 * Times are relative to the seed time, in Helsinki office hours. `userIds` maps e-mail to user
 * id and `orgIds` organisation key to id, as in the demo region's seed.
 */
export async function seedDemoAppointments(
  tx: Tx,
  hubId: string,
  userIds: Map<string, string>,
  orgIds: Map<string, string>,
  now = new Date(),
): Promise<void> {
  const sanna = userIds.get('counsellor@talenthub.example');
  const city = orgIds.get('city');
  if (!sanna || !city) return;
  const office = 'Espoon Talent Hub, Kauppamiehentie 6, Espoo';
  const days = workingDays(now, 10);

  // Individual times: two mornings a week in person, an afternoon by phone or video.
  const individual: (typeof appointmentSlot.$inferInsert)[] = [];
  days.forEach((day, i) => {
    if (i % 2 === 1) return;
    const mode = i % 4 === 0 ? ('in_person' as const) : ('video' as const);
    for (const [h, min] of [
      [9, 0],
      [10, 0],
      [13, 0],
      [14, 0],
    ] as const) {
      const startsAt = helsinki(day, h, min);
      individual.push({
        hubId,
        organisationId: city,
        hostUserId: sanna,
        kind: 'individual',
        mode: h >= 13 && mode === 'in_person' ? 'phone' : mode,
        place: mode === 'in_person' && h < 13 ? office : null,
        link: mode === 'video' ? 'https://meet.espoo.example/talenthub-sanna' : null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 45 * 60_000),
        capacity: 1,
      });
    }
  });
  const slots = await tx
    .insert(appointmentSlot)
    .values(individual)
    .returning({ id: appointmentSlot.id, startsAt: appointmentSlot.startsAt });

  const groupDay = days[3] ?? days[0]!;
  const groupStart = helsinki(groupDay, 15, 0);
  const [group] = await tx
    .insert(appointmentSlot)
    .values({
      hubId,
      organisationId: city,
      hostUserId: sanna,
      kind: 'group',
      mode: 'in_person',
      title: 'Suomalainen työelämä / Finnish working life',
      place: `${office}, Auditorio`,
      startsAt: groupStart,
      endsAt: new Date(groupStart.getTime() + 2 * 3600_000),
      capacity: 20,
    })
    .returning({ id: appointmentSlot.id, startsAt: appointmentSlot.startsAt });

  const bookings: { slotId: string; email: string; kind: 'individual' | 'group' }[] = [];
  const olenaSlot = slots[1];
  if (olenaSlot) bookings.push({ slotId: olenaSlot.id, email: 'talent@talenthub.example', kind: 'individual' });
  if (group) {
    for (const email of [
      'ahmed.hassan@mail.example',
      'priya.raman@mail.example',
      'kwame.mensah@mail.example',
      'oksana.melnyk@mail.example',
    ]) {
      bookings.push({ slotId: group.id, email, kind: 'group' });
    }
  }
  for (const b of bookings) {
    const clientUserId = userIds.get(b.email);
    if (!clientUserId) continue;
    const bookedAt = new Date(now.getTime() - 2 * 3600_000);
    const bookedBy = b.kind === 'individual' ? sanna : clientUserId;
    const [row] = await tx
      .insert(appointmentBooking)
      .values({ slotId: b.slotId, clientUserId, bookedBy, createdAt: bookedAt })
      .returning({ id: appointmentBooking.id });
    await tx.insert(serviceEvent).values({
      hubId,
      clientUserId,
      organisationId: city,
      kind: 'appointment_booked',
      actorUserId: bookedBy,
      refId: row!.id,
      details: { slotId: b.slotId, kind: b.kind },
      at: bookedAt,
    });
  }
}
