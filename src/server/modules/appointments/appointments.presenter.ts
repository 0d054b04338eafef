import { createEvent } from 'ics';
import { intlTag, type Locale } from '../../../shared/locales.js';
import { hubTimeZone } from '../../../shared/time.js';
import { formatMessage as message } from '../../platform/messages.js';
import type { BookingRow, SlotView } from './appointments.repo.js';
import type { TBooking, TScheduleSlot, TSlot } from './appointments.schema.js';

/** What every audience sees of a slot. The host is named; clients never are. */
export function presentSlot(v: SlotView): TSlot {
  const s = v.slot;
  return {
    id: s.id,
    kind: s.kind,
    mode: s.mode,
    title: s.title,
    place: s.place,
    link: s.link,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    capacity: s.capacity,
    seatsTaken: Number(v.seatsTaken),
    cancelled: s.cancelledAt !== null,
    organisation: { id: s.organisationId, name: v.organisationName },
    host: v.hostName,
  };
}

/**
 * A slot in its host's schedule. A booking names the client only when `visible` says the
 * counsellor may see that client; otherwise the seat shows as taken.
 */
export function presentScheduleSlot(
  v: SlotView,
  bookings: { booking: BookingRow; clientName: string }[],
  visible: (clientUserId: string) => boolean,
): TScheduleSlot {
  return {
    ...presentSlot(v),
    bookings: bookings.map(({ booking, clientName }) => ({
      id: booking.id,
      client: visible(booking.clientUserId) ? { userId: booking.clientUserId, name: clientName } : null,
      attendance: booking.attendance,
      createdAt: booking.createdAt.toISOString(),
    })),
  };
}

/** A booking with its slot, for the client or a counsellor who may see the client. */
export function presentBooking(booking: BookingRow, v: SlotView): TBooking {
  return {
    id: booking.id,
    status: booking.cancelledAt ? 'cancelled' : 'booked',
    attendance: booking.attendance,
    createdAt: booking.createdAt.toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    slot: presentSlot(v),
  };
}

/** The appointment in words, in the reader's language: what, when and where (times in the hub's own time zone). */
export function describeSlot(v: SlotView, locale: Locale) {
  const s = v.slot;
  const day = new Intl.DateTimeFormat(intlTag[locale], { dateStyle: 'full', timeStyle: 'short', timeZone: hubTimeZone });
  const time = new Intl.DateTimeFormat(intlTag[locale], { timeStyle: 'short', timeZone: hubTimeZone });
  const what = s.title ?? message(locale, 'appointments.calendar.individualTitle', { organisation: v.organisationName });
  const where =
    s.mode === 'in_person' ? (s.place ?? '') : s.mode === 'video' ? (s.link ?? '') : message(locale, 'appointments.calendar.phone');
  return {
    what,
    when: `${day.format(s.startsAt)}–${time.format(s.endsAt)}`,
    where,
    organisation: v.organisationName,
    host: v.hostName ?? v.organisationName,
  };
}

/**
 * An iCalendar file (METHOD:PUBLISH, UTC times) for one booking or for the host's slot. The UID
 * stays the same for the booking's whole life, so a calendar updates the event it already has;
 * a cancelled booking or slot gives STATUS:CANCELLED.
 */
export function calendarFile(v: SlotView, opts: { uid: string; cancelled: boolean; locale: Locale; sequence?: number }): string {
  const s = v.slot;
  const d = describeSlot(v, opts.locale);
  const description = message(opts.locale, 'appointments.calendar.description', {
    organisation: d.organisation,
    host: d.host,
    mode: s.mode,
  });
  const { error, value } = createEvent({
    productId: 'talenthub/appointments',
    method: 'PUBLISH',
    uid: opts.uid,
    sequence: opts.sequence ?? (opts.cancelled ? 1 : 0),
    start: s.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: s.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: d.what,
    description,
    ...(d.where ? { location: d.where } : {}),
    ...(s.mode === 'video' && s.link ? { url: s.link } : {}),
    status: opts.cancelled ? 'CANCELLED' : 'CONFIRMED',
  });
  if (error || !value) throw error ?? new Error('calendar file could not be made');
  return value;
}

export const bookingUid = (bookingId: string) => `booking-${bookingId}@talenthub`;
export const slotUid = (slotId: string) => `slot-${slotId}@talenthub`;
