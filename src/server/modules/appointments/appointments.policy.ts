import { anyOf } from '../../platform/policy.js';
import type { ErrorCode } from '../../platform/errors.js';
import type { AppointmentKind, Attendance, ServiceEventKind } from '../../../shared/guidance.js';

export const appointmentsPolicy = {
  /** Publishing slots, the schedule, attendance and booking for a client: counsellors only. */
  counsellor: anyOf('counsellor'),
  /** The client books, cancels and downloads their own appointments. */
  client: anyOf('talent'),
} as const;

/** The reminder mail goes out this long before the appointment starts. */
export const reminderLeadMs = 24 * 3600 * 1000;

/** How far ahead bookable times are offered and schedules are listed by default. */
export const defaultHorizonDays = 60;

/**
 * Who may book which slot. Individual slots are for the clients of the host's organisation
 * (an open case there); group guidance sessions for any client of the hub.
 */
export function mayClientBook(kind: AppointmentKind, slotOrganisation: string, caseOrganisations: readonly string[]): boolean {
  return kind === 'group' || caseOrganisations.includes(slotOrganisation);
}

/** Why a slot cannot take a booking now, or null when it can. */
export function bookingRefusal(
  slot: { cancelledAt: Date | null; startsAt: Date; capacity: number },
  activeBookings: number,
  clientHasBooking: boolean,
  now: Date,
): ErrorCode | null {
  if (slot.cancelledAt) return 'slot.cancelled';
  if (slot.startsAt.getTime() <= now.getTime()) return 'slot.past';
  if (clientHasBooking) return 'slot.already_booked';
  if (activeBookings >= slot.capacity) return 'slot.full';
  return null;
}

/** A booking can be cancelled until its slot starts. */
export function mayCancel(slot: { startsAt: Date }, booking: { cancelledAt: Date | null }, now: Date): ErrorCode | null {
  if (booking.cancelledAt) return 'booking.not_found';
  if (slot.startsAt.getTime() <= now.getTime()) return 'slot.past';
  return null;
}

/** The service-path step that attendance records. */
export function attendanceEvent(kind: AppointmentKind, value: Attendance): ServiceEventKind {
  if (value === 'no_show') return 'appointment_missed';
  return kind === 'group' ? 'group_session_attended' : 'appointment_attended';
}

/** When the reminder is sent, or null when that moment has already passed. */
export function reminderAt(startsAt: Date, now: Date): Date | null {
  const at = new Date(startsAt.getTime() - reminderLeadMs);
  return at.getTime() > now.getTime() ? at : null;
}

/** Whether two time ranges [start, end) overlap. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}
