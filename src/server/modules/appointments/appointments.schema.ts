import { z } from 'zod';
import { ZOptionalText, ZUuid } from '../../../shared/limits.js';
import { appointmentKinds, appointmentModes, attendanceValues } from '../../../shared/guidance.js';

/** Field limits of appointments, defined once for server and web. */
export const appointmentLimits = {
  title: 200,
  place: 300,
  link: 500,
  capacity: 500,
  minMinutes: 10,
  maxMinutes: 480,
  slotsPerRequest: 20,
  maxRangeDays: 366,
} as const;

/**
 * Publishes one or several slots of the same kind: an individual appointment (capacity 1) or
 * a group guidance session with a title and a capacity. An in-person slot needs a place, a
 * video slot a link.
 */
export const ZCreateSlotsRequest = z
  .object({
    kind: z.enum(appointmentKinds),
    mode: z.enum(appointmentModes),
    /** The organisation the slot is offered in; by default the counsellor's first. */
    organisationId: ZUuid.optional(),
    title: ZOptionalText(appointmentLimits.title),
    place: ZOptionalText(appointmentLimits.place),
    link: z
      .url({ protocol: /^https?$/ })
      .max(appointmentLimits.link)
      .nullish()
      .or(z.literal(''))
      .transform((v) => (v ? v : null)),
    capacity: z.number().int().min(1).max(appointmentLimits.capacity).default(1),
    durationMinutes: z.number().int().min(appointmentLimits.minMinutes).max(appointmentLimits.maxMinutes),
    startsAt: z
      .array(z.iso.datetime({ offset: true }))
      .min(1)
      .max(appointmentLimits.slotsPerRequest),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'group' && !v.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'required' });
    if (v.kind === 'group' && v.capacity < 2)
      ctx.addIssue({ code: 'too_small', origin: 'number', minimum: 2, path: ['capacity'], message: 'too_small', input: v.capacity });
    if (v.kind === 'individual' && v.capacity !== 1)
      ctx.addIssue({ code: 'too_big', origin: 'number', maximum: 1, path: ['capacity'], message: 'too_big', input: v.capacity });
    if (v.mode === 'in_person' && !v.place) ctx.addIssue({ code: 'custom', path: ['place'], message: 'required' });
    if (v.mode === 'video' && !v.link) ctx.addIssue({ code: 'custom', path: ['link'], message: 'required' });
  });
export type TCreateSlotsRequest = z.infer<typeof ZCreateSlotsRequest>;

export const ZRangeQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type TRangeQuery = z.infer<typeof ZRangeQuery>;

export const ZBookRequest = z.object({ slotId: ZUuid });
export type TBookRequest = z.infer<typeof ZBookRequest>;

export const ZAttendanceRequest = z.object({ attendance: z.enum(attendanceValues) });
export type TAttendanceRequest = z.infer<typeof ZAttendanceRequest>;

export { ZIdParams } from '../../../shared/limits.js';
export const ZClientParams = z.object({ userId: ZUuid });

/** What every audience sees of a slot: time, form and place, and who offers it. */
export const ZSlot = z.object({
  id: z.string(),
  kind: z.enum(appointmentKinds),
  mode: z.enum(appointmentModes),
  title: z.string().nullable(),
  place: z.string().nullable(),
  link: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number(),
  seatsTaken: z.number(),
  cancelled: z.boolean(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  host: z.string().nullable(),
});
export type TSlot = z.infer<typeof ZSlot>;

/** A booking in the host's schedule; the client is named only to counsellors who may see the client. */
export const ZScheduleBooking = z.object({
  id: z.string(),
  client: z.object({ userId: z.string(), name: z.string() }).nullable(),
  attendance: z.enum(attendanceValues).nullable(),
  createdAt: z.string(),
});

export const ZScheduleSlot = ZSlot.extend({ bookings: z.array(ZScheduleBooking) });
export type TScheduleSlot = z.infer<typeof ZScheduleSlot>;

/** A client's booking with its slot. */
export const ZBooking = z.object({
  id: z.string(),
  status: z.enum(['booked', 'cancelled']),
  attendance: z.enum(attendanceValues).nullable(),
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
  slot: ZSlot,
});
export type TBooking = z.infer<typeof ZBooking>;

export const ZSlots = z.object({ items: z.array(ZSlot) });
export const ZSchedule = z.object({ items: z.array(ZScheduleSlot) });
export const ZBookings = z.object({ items: z.array(ZBooking) });
