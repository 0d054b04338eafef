import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { organisationsWithRole } from '../../platform/policy.js';
import { audit } from '../../platform/audit.js';
import { loadSharings, openCase, recordServiceEvent, touchCases, type OpenedCase } from '../guidance/index.js';
import { caseAccess } from '../guidance/index.js';
import { enqueueMail, recipient, withdrawQueuedMail } from '../../platform/mail.js';
import {
  attendanceEvent,
  bookingRefusal,
  defaultHorizonDays,
  mayCancel,
  mayClientBook,
  overlaps,
  reminderAt,
} from './appointments.policy.js';
import {
  bookingUid,
  calendarFile,
  describeSlot,
  presentBooking,
  presentScheduleSlot,
  presentSlot,
  slotUid,
} from './appointments.presenter.js';
import * as repo from './appointments.repo.js';
import type { BookingRow, SlotView } from './appointments.repo.js';
import { appointmentLimits, type TAttendanceRequest, type TCreateSlotsRequest, type TRangeQuery } from './appointments.schema.js';

const day = 24 * 3600 * 1000;

/** Where the client finds their appointments. */
export const myAppointmentsPath = '/my-path';

/** The counsellor's organisations, or a refusal when they serve in none. */
function counsellorOrganisations(ctx: ActorCtx): string[] {
  const orgs = organisationsWithRole(ctx.actor, 'counsellor');
  if (orgs.length === 0) throw new AppError('auth.forbidden', 'no organisation to act for');
  return orgs;
}

/** A slot of one of the counsellor's organisations; others' slots are not found. */
async function openSlotForCounsellor(ctx: ActorCtx, id: string): Promise<SlotView> {
  const view = await repo.findSlot(ctx.tx, ctx.hubId, id);
  if (!view || !counsellorOrganisations(ctx).includes(view.slot.organisationId)) throw new AppError('slot.not_found');
  return view;
}

function range(q: TRangeQuery, now: Date, back = 0): { from: Date; to: Date } {
  const from = q.from ? new Date(q.from) : new Date(now.getTime() - back);
  const to = q.to ? new Date(q.to) : new Date(from.getTime() + defaultHorizonDays * day);
  if (to <= from || to.getTime() - from.getTime() > appointmentLimits.maxRangeDays * day) {
    throw new AppError('request.invalid', `the range must be positive and at most ${appointmentLimits.maxRangeDays} days`);
  }
  return { from, to };
}

/**
 * A counsellor publishes one or several slots in one of their organisations. Their own slots
 * may not overlap (cancelled ones aside), also when two requests arrive together: the host's
 * row is locked while the check and the insert run.
 */
export async function createSlots(ctx: ActorCtx, input: TCreateSlotsRequest) {
  const hubId = ctx.hubId;
  const orgs = counsellorOrganisations(ctx);
  const organisationId = input.organisationId ?? orgs[0]!;
  if (!orgs.includes(organisationId)) throw new AppError('auth.forbidden', 'not a counsellor of that organisation');
  const now = new Date();
  const ranges = input.startsAt
    .map((s) => new Date(s))
    .sort((a, b) => a.getTime() - b.getTime())
    .map((startsAt) => ({ startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) }));
  if (ranges.some((r) => r.startsAt <= now)) throw new AppError('slot.past', 'a slot must start in the future');
  for (let i = 1; i < ranges.length; i++) {
    if (overlaps(ranges[i - 1]!, ranges[i]!)) throw new AppError('slot.overlap', 'the new slots overlap each other');
  }
  await repo.lockHost(ctx.tx, ctx.actor.userId);
  for (const r of ranges) {
    if ((await repo.overlappingSlots(ctx.tx, hubId, ctx.actor.userId, r.startsAt, r.endsAt)).length > 0) {
      throw new AppError('slot.overlap', `a slot at ${r.startsAt.toISOString()} overlaps one of yours`);
    }
  }
  const rows = await repo.insertSlots(
    ctx.tx,
    hubId,
    ranges.map((r) => ({
      organisationId,
      hostUserId: ctx.actor.userId,
      kind: input.kind,
      mode: input.mode,
      title: input.title,
      place: input.mode === 'in_person' ? input.place : null,
      link: input.mode === 'video' ? input.link : null,
      capacity: input.kind === 'group' ? input.capacity : 1,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
    })),
  );
  const items: ReturnType<typeof presentSlot>[] = [];
  for (const { id } of rows) {
    const view = await repo.findSlot(ctx.tx, hubId, id);
    if (view) items.push(presentSlot(view));
  }
  return { items };
}

/** Whether the counsellor may see each client, read for all of them at once. */
async function visibilityOf(ctx: ActorCtx, hubId: string, clientUserIds: string[]) {
  const sharings = await loadSharings(ctx.tx, hubId, clientUserIds);
  return (id: string) => caseAccess(ctx.actor, sharings.get(id) ?? null) !== null;
}

/**
 * The counsellor's own schedule: slots they host in the window, with the bookings. Clients are
 * named only where the counsellor may see the client's case; each name shown is audited.
 */
export async function mySchedule(ctx: ActorCtx, q: TRangeQuery) {
  const hubId = ctx.hubId;
  const { from, to } = range(q, new Date(), day);
  const slots = await repo.hostedSlots(ctx.tx, hubId, ctx.actor.userId, from, to);
  const bookings = await repo.bookingsOfSlots(
    ctx.tx,
    slots.map((s) => s.slot.id),
  );
  const visible = await visibilityOf(
    ctx,
    hubId,
    bookings.map((b) => b.booking.clientUserId),
  );
  await audit(
    ctx,
    ...[...new Set(bookings.map((b) => b.booking.clientUserId))]
      .filter(visible)
      .map((subjectUserId) => ({ action: 'appointment.schedule_read', subjectUserId })),
  );
  return {
    items: slots.map((s) =>
      presentScheduleSlot(
        s,
        bookings.filter((b) => b.booking.slotId === s.slot.id),
        visible,
      ),
    ),
  };
}

/** Free future slots of the counsellor's organisations, to book a time for a client. */
export async function organisationFreeSlots(ctx: ActorCtx, q: TRangeQuery) {
  const hubId = ctx.hubId;
  const orgs = counsellorOrganisations(ctx);
  const now = new Date();
  const { from, to } = range(q, now);
  const rows = await repo.bookableSlots(ctx.tx, hubId, {
    clientUserId: null,
    individualOrganisations: orgs,
    onlyOrganisations: orgs,
    from: from < now ? now : from,
    to,
  });
  return { items: rows.map(presentSlot) };
}

/** Mails the client about their booking: confirmed (with the calendar file and a reminder) or cancelled. */
async function mailClient(ctx: ActorCtx, hubId: string, booking: BookingRow, view: SlotView, what: 'booked' | 'cancelled') {
  const to = await recipient(ctx.tx, booking.clientUserId);
  if (!to) return;
  const locale = to.locale;
  const d = describeSlot(view, locale);
  const values = {
    name: to.name,
    what: d.what,
    when: d.when,
    where: d.where,
    organisation: d.organisation,
    url: `${ctx.config.baseUrl}${myAppointmentsPath}`,
  };
  const uid = bookingUid(booking.id);
  if (what === 'booked') {
    const calendar = calendarFile(view, { uid, cancelled: false, locale });
    await enqueueMail(ctx.tx, { to: to.email, template: 'appointmentBooked', locale, hubId, values, calendar, refId: booking.id }, ctx.log);
    const sendAfter = reminderAt(view.slot.startsAt, new Date());
    if (sendAfter) {
      await enqueueMail(
        ctx.tx,
        { to: to.email, template: 'appointmentReminder', locale, hubId, values, calendar, sendAfter, refId: booking.id },
        ctx.log,
      );
    }
  } else {
    await withdrawQueuedMail(ctx.tx, booking.id, 'appointmentReminder');
    const calendar = calendarFile(view, { uid, cancelled: true, locale });
    await enqueueMail(
      ctx.tx,
      { to: to.email, template: 'appointmentCancelled', locale, hubId, values, calendar, refId: booking.id },
      ctx.log,
    );
  }
}

/**
 * Books a seat for a client under a lock on the slot row: concurrent requests for one slot
 * queue behind each other, so the count of active bookings is exact and a slot is never
 * overbooked. The partial unique index keeps a client from holding two seats in one slot.
 */
async function book(ctx: ActorCtx, hubId: string, slotId: string, clientUserId: string, mayBook: (slot: repo.SlotRow) => boolean) {
  const slot = await repo.lockSlot(ctx.tx, hubId, slotId);
  if (!slot || !mayBook(slot)) throw new AppError('slot.not_found');
  const taken = await repo.countActive(ctx.tx, slotId);
  const mine = await repo.activeBookingOf(ctx.tx, slotId, clientUserId);
  const refusal = bookingRefusal(slot, taken, mine !== null, new Date());
  if (refusal) throw new AppError(refusal);
  const booking = await repo.insertBooking(ctx.tx, { slotId, clientUserId, bookedBy: ctx.actor.userId });
  if (!booking) throw new AppError('slot.already_booked');
  const view = await repo.findSlot(ctx.tx, hubId, slotId);
  if (!view) throw new AppError('slot.not_found');
  await recordServiceEvent(ctx, {
    clientUserId,
    kind: 'appointment_booked',
    organisationId: slot.organisationId,
    refId: booking.id,
    details: { slotId, kind: slot.kind, mode: slot.mode, startsAt: slot.startsAt.toISOString() },
  });
  await audit(ctx, {
    action: 'appointment.book',
    subjectUserId: clientUserId,
    organisationId: slot.organisationId,
    details: { bookingId: booking.id, slotId },
  });
  await mailClient(ctx, hubId, booking, view, 'booked');
  return presentBooking(booking, view);
}

/** Cancels one booking: the reminder is withdrawn, the client mailed, the step recorded. */
async function cancel(
  ctx: ActorCtx,
  hubId: string,
  booking: BookingRow,
  view: SlotView,
  reason: 'client' | 'counsellor' | 'slot_cancelled',
) {
  const now = new Date();
  const row = await repo.cancelBooking(ctx.tx, booking.id, now);
  if (!row) throw new AppError('booking.not_found');
  await recordServiceEvent(ctx, {
    clientUserId: booking.clientUserId,
    kind: 'appointment_cancelled',
    organisationId: view.slot.organisationId,
    refId: booking.id,
    details: { slotId: view.slot.id, by: reason },
  });
  await audit(ctx, {
    action: 'appointment.cancel',
    subjectUserId: booking.clientUserId,
    organisationId: view.slot.organisationId,
    details: { bookingId: booking.id, slotId: view.slot.id, by: reason },
  });
  await mailClient(ctx, hubId, row, view, 'cancelled');
  return row;
}

/** The host's organisation cancels a slot: every booking in it is cancelled and the clients told. */
export async function cancelSlot(ctx: ActorCtx, id: string) {
  const hubId = ctx.hubId;
  await openSlotForCounsellor(ctx, id);
  const slot = await repo.lockSlot(ctx.tx, hubId, id);
  if (!slot) throw new AppError('slot.not_found');
  if (slot.cancelledAt) throw new AppError('slot.cancelled');
  if (slot.startsAt <= new Date()) throw new AppError('slot.past');
  await repo.cancelSlot(ctx.tx, hubId, id, new Date());
  const view = await repo.findSlot(ctx.tx, hubId, id);
  if (!view) throw new AppError('slot.not_found');
  for (const { booking } of await repo.bookingsOfSlots(ctx.tx, [id])) await cancel(ctx, hubId, booking, view, 'slot_cancelled');
  return presentSlot((await repo.findSlot(ctx.tx, hubId, id)) ?? view);
}

/** The calendar file of a slot for its host's organisation. */
export async function slotCalendar(ctx: ActorCtx, id: string) {
  const view = await openSlotForCounsellor(ctx, id);
  return calendarFile(view, { uid: slotUid(id), cancelled: view.slot.cancelledAt !== null, locale: ctx.locale });
}

/**
 * A counsellor of the slot's organisation records whether the client came. The step goes to the
 * client's service path and counts as contact in the organisation's open case.
 */
export async function recordAttendance(ctx: ActorCtx, bookingId: string, input: TAttendanceRequest) {
  const hubId = ctx.hubId;
  const found = await repo.findBooking(ctx.tx, hubId, bookingId);
  if (!found || found.booking.cancelledAt || !counsellorOrganisations(ctx).includes(found.view.slot.organisationId)) {
    throw new AppError('booking.not_found');
  }
  const { booking, view } = found;
  if (booking.attendance !== input.attendance) {
    await repo.setAttendance(ctx.tx, bookingId, input.attendance);
    await recordServiceEvent(ctx, {
      clientUserId: booking.clientUserId,
      kind: attendanceEvent(view.slot.kind, input.attendance),
      organisationId: view.slot.organisationId,
      refId: booking.id,
      details: { slotId: view.slot.id, kind: view.slot.kind },
    });
    if (input.attendance === 'attended') await touchCases(ctx, booking.clientUserId, [view.slot.organisationId], view.slot.startsAt);
    await audit(ctx, {
      action: 'appointment.attendance',
      subjectUserId: booking.clientUserId,
      organisationId: view.slot.organisationId,
      details: { bookingId, attendance: input.attendance },
    });
  }
  const visible = await visibilityOf(ctx, hubId, [booking.clientUserId]);
  const bookings = await repo.bookingsOfSlots(ctx.tx, [view.slot.id]);
  return presentScheduleSlot(view, bookings, visible);
}

/** A counsellor books a slot of their own organisation for a client whose case they may open. */
export async function bookForClient(ctx: ActorCtx, clientUserId: string, slotId: string) {
  const opened = await openCase(ctx, clientUserId, 'appointment.book_for_client');
  return book(ctx, opened.hubId, slotId, clientUserId, (slot) => opened.access.organisations.includes(slot.organisationId));
}

/**
 * The client's bookings as a counsellor may see them: those in the counsellor's organisations
 * always, those in other organisations only when the client shares their case with the
 * counsellor's organisation.
 */
export async function clientBookings(ctx: ActorCtx, clientUserId: string) {
  return clientBookingsOf(ctx, await openCase(ctx, clientUserId, 'appointment.client_read'));
}

/** The bookings of a client whose case the caller has opened (and audited), as its counsellor may see them. */
export async function clientBookingsOf(ctx: ActorCtx, opened: OpenedCase) {
  const rows = await repo.bookingsOfClient(ctx.tx, opened.hubId, opened.clientUserId);
  return {
    items: rows
      .filter((r) => opened.access.organisations.includes(r.view.slot.organisationId) || opened.access.partnerContent)
      .map((r) => presentBooking(r.booking, r.view)),
  };
}

/** Times the signed-in client may book: future, not full, not already theirs. */
export async function myBookableSlots(ctx: ActorCtx, q: TRangeQuery) {
  const hubId = ctx.hubId;
  const now = new Date();
  const { from, to } = range(q, now);
  const rows = await repo.bookableSlots(ctx.tx, hubId, {
    clientUserId: ctx.actor.userId,
    individualOrganisations: await repo.caseOrganisations(ctx.tx, hubId, ctx.actor.userId),
    from: from < now ? now : from,
    to,
  });
  return { items: rows.map(presentSlot) };
}

/** The signed-in client books a time offered to them. */
export async function bookMine(ctx: ActorCtx, slotId: string) {
  const hubId = ctx.hubId;
  const cases = await repo.caseOrganisations(ctx.tx, hubId, ctx.actor.userId);
  const view = await repo.findSlot(ctx.tx, hubId, slotId);
  const partner = view?.organisationKind === 'partner';
  return book(ctx, hubId, slotId, ctx.actor.userId, (slot) => partner && mayClientBook(slot.kind, slot.organisationId, cases));
}

export async function myBookings(ctx: ActorCtx) {
  const rows = await repo.bookingsOfClient(ctx.tx, ctx.hubId, ctx.actor.userId);
  return { items: rows.map((r) => presentBooking(r.booking, r.view)) };
}

async function openMine(ctx: ActorCtx, id: string) {
  const hubId = ctx.hubId;
  const found = await repo.findBooking(ctx.tx, hubId, id);
  if (!found || found.booking.clientUserId !== ctx.actor.userId) throw new AppError('booking.not_found');
  return { hubId, ...found };
}

/** The client cancels their booking before it starts; the seat is free again at once. */
export async function cancelMine(ctx: ActorCtx, id: string) {
  const { hubId, booking, view } = await openMine(ctx, id);
  await repo.lockSlot(ctx.tx, hubId, view.slot.id);
  const refusal = mayCancel(view.slot, booking, new Date());
  if (refusal) throw new AppError(refusal);
  const row = await cancel(ctx, hubId, booking, view, 'client');
  const fresh = await repo.findSlot(ctx.tx, hubId, view.slot.id);
  return presentBooking(row, fresh ?? view);
}

/** The calendar file of the client's booking; a cancelled one is marked cancelled. */
export async function myCalendar(ctx: ActorCtx, id: string) {
  const { booking, view } = await openMine(ctx, id);
  return calendarFile(view, {
    uid: bookingUid(booking.id),
    cancelled: booking.cancelledAt !== null || view.slot.cancelledAt !== null,
    locale: ctx.locale,
  });
}
