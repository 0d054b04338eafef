import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, ne, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection.js';
import { user } from '../../platform/auth.tables.js';
import { clientCase } from '../guidance/index.js';
import { organisation } from '../../platform/tenancy.tables.js';
import { appointmentBooking, appointmentSlot } from './appointments.tables.js';

export type SlotRow = typeof appointmentSlot.$inferSelect;
export type BookingRow = typeof appointmentBooking.$inferSelect;

const host = alias(user, 'host');

/** Active bookings of a slot, as a correlated count. */
const seatsTaken = sql<number>`(SELECT count(*)::int FROM ${appointmentBooking}
  WHERE ${appointmentBooking.slotId} = ${appointmentSlot.id} AND ${appointmentBooking.cancelledAt} IS NULL)`;

/** A slot with what every audience sees around it: organisation, host and seats taken. */
const slotView = {
  slot: appointmentSlot,
  organisationName: organisation.name,
  organisationKind: organisation.kind,
  hostName: host.name,
  seatsTaken,
};
export type SlotView = { slot: SlotRow; organisationName: string; organisationKind: string; hostName: string | null; seatsTaken: number };

function slotsWithView(tx: Tx) {
  return tx
    .select(slotView)
    .from(appointmentSlot)
    .innerJoin(organisation, eq(organisation.id, appointmentSlot.organisationId))
    .leftJoin(host, eq(host.id, appointmentSlot.hostUserId));
}

function bookingsWithView(tx: Tx) {
  return tx
    .select({ ...slotView, booking: appointmentBooking })
    .from(appointmentBooking)
    .innerJoin(appointmentSlot, eq(appointmentSlot.id, appointmentBooking.slotId))
    .innerJoin(organisation, eq(organisation.id, appointmentSlot.organisationId))
    .leftJoin(host, eq(host.id, appointmentSlot.hostUserId));
}

export async function findSlot(tx: Tx, hubId: string, id: string): Promise<SlotView | null> {
  const [row] = await slotsWithView(tx).where(and(eq(appointmentSlot.hubId, hubId), eq(appointmentSlot.id, id)));
  return row ?? null;
}

/** Locks the slot row for the rest of the transaction: bookings of one slot happen one at a time. */
export async function lockSlot(tx: Tx, hubId: string, id: string): Promise<SlotRow | null> {
  const [row] = await tx
    .select()
    .from(appointmentSlot)
    .where(and(eq(appointmentSlot.hubId, hubId), eq(appointmentSlot.id, id)))
    .for('update');
  return row ?? null;
}

/** Locks the host's person row so that two requests cannot publish overlapping slots side by side. */
export async function lockHost(tx: Tx, hostUserId: string): Promise<void> {
  await tx.select({ id: user.id }).from(user).where(eq(user.id, hostUserId)).for('no key update');
}

/** The host's slots that are not cancelled and overlap [startsAt, endsAt). */
export async function overlappingSlots(tx: Tx, hubId: string, hostUserId: string, startsAt: Date, endsAt: Date) {
  return tx
    .select({ id: appointmentSlot.id })
    .from(appointmentSlot)
    .where(
      and(
        eq(appointmentSlot.hubId, hubId),
        eq(appointmentSlot.hostUserId, hostUserId),
        isNull(appointmentSlot.cancelledAt),
        lt(appointmentSlot.startsAt, endsAt),
        gt(appointmentSlot.endsAt, startsAt),
      ),
    );
}

export async function insertSlots(tx: Tx, hubId: string, values: Omit<typeof appointmentSlot.$inferInsert, 'hubId'>[]) {
  return tx
    .insert(appointmentSlot)
    .values(values.map((v) => ({ ...v, hubId })))
    .returning({ id: appointmentSlot.id });
}

export async function cancelSlot(tx: Tx, hubId: string, id: string, at: Date) {
  await tx
    .update(appointmentSlot)
    .set({ cancelledAt: at })
    .where(and(eq(appointmentSlot.hubId, hubId), eq(appointmentSlot.id, id), isNull(appointmentSlot.cancelledAt)));
}

/** Slots hosted by a person in a time window, earliest first. */
export function hostedSlots(tx: Tx, hubId: string, hostUserId: string, from: Date, to: Date) {
  return slotsWithView(tx)
    .where(
      and(
        eq(appointmentSlot.hubId, hubId),
        eq(appointmentSlot.hostUserId, hostUserId),
        gte(appointmentSlot.startsAt, from),
        lt(appointmentSlot.startsAt, to),
      ),
    )
    .orderBy(asc(appointmentSlot.startsAt));
}

/**
 * Future slots with seats left that a client may book: group sessions of the hub's partner
 * organisations, and individual slots of `individualOrganisations`. Slots the client holds a
 * booking in are left out.
 */
export function bookableSlots(
  tx: Tx,
  hubId: string,
  opts: { clientUserId: string | null; individualOrganisations: string[]; onlyOrganisations?: string[]; from: Date; to: Date },
) {
  const kindFilter =
    opts.individualOrganisations.length > 0
      ? or(
          eq(appointmentSlot.kind, 'group'),
          and(eq(appointmentSlot.kind, 'individual'), inArray(appointmentSlot.organisationId, opts.individualOrganisations)),
        )
      : eq(appointmentSlot.kind, 'group');
  return slotsWithView(tx)
    .where(
      and(
        eq(appointmentSlot.hubId, hubId),
        eq(organisation.kind, 'partner'),
        isNull(appointmentSlot.cancelledAt),
        gt(appointmentSlot.startsAt, opts.from),
        lt(appointmentSlot.startsAt, opts.to),
        kindFilter,
        sql`${seatsTaken} < ${appointmentSlot.capacity}`,
        opts.onlyOrganisations ? inArray(appointmentSlot.organisationId, opts.onlyOrganisations) : undefined,
        opts.clientUserId
          ? notExists(
              tx
                .select({ one: sql`1` })
                .from(appointmentBooking)
                .where(
                  and(
                    eq(appointmentBooking.slotId, appointmentSlot.id),
                    eq(appointmentBooking.clientUserId, opts.clientUserId),
                    isNull(appointmentBooking.cancelledAt),
                  ),
                ),
            )
          : undefined,
      ),
    )
    .orderBy(asc(appointmentSlot.startsAt))
    .limit(500);
}

/** Organisations holding an open case for the client. */
export async function caseOrganisations(tx: Tx, hubId: string, clientUserId: string): Promise<string[]> {
  const rows = await tx
    .select({ organisationId: clientCase.organisationId })
    .from(clientCase)
    .where(and(eq(clientCase.hubId, hubId), eq(clientCase.clientUserId, clientUserId), ne(clientCase.status, 'closed')));
  return rows.map((r) => r.organisationId);
}

export async function countActive(tx: Tx, slotId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(appointmentBooking)
    .where(and(eq(appointmentBooking.slotId, slotId), isNull(appointmentBooking.cancelledAt)));
  return row?.n ?? 0;
}

export async function activeBookingOf(tx: Tx, slotId: string, clientUserId: string) {
  const [row] = await tx
    .select()
    .from(appointmentBooking)
    .where(
      and(eq(appointmentBooking.slotId, slotId), eq(appointmentBooking.clientUserId, clientUserId), isNull(appointmentBooking.cancelledAt)),
    );
  return row ?? null;
}

/** Inserts a booking unless the client already holds an active one in the slot; null when they do. */
export async function insertBooking(tx: Tx, values: typeof appointmentBooking.$inferInsert) {
  const [row] = await tx.insert(appointmentBooking).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** A booking with its slot, within the hub. */
export async function findBooking(tx: Tx, hubId: string, id: string): Promise<{ booking: BookingRow; view: SlotView } | null> {
  const [row] = await bookingsWithView(tx).where(and(eq(appointmentSlot.hubId, hubId), eq(appointmentBooking.id, id)));
  if (!row) return null;
  const { booking, ...view } = row;
  return { booking, view };
}

/** Active bookings of the given slots, with the client's name, oldest first. */
export function bookingsOfSlots(tx: Tx, slotIds: string[]) {
  if (slotIds.length === 0) return Promise.resolve([]);
  return tx
    .select({ booking: appointmentBooking, clientName: user.name })
    .from(appointmentBooking)
    .innerJoin(user, eq(user.id, appointmentBooking.clientUserId))
    .where(and(inArray(appointmentBooking.slotId, slotIds), isNull(appointmentBooking.cancelledAt)))
    .orderBy(asc(appointmentBooking.createdAt));
}

/** A client's bookings in the hub, newest slot first. */
export async function bookingsOfClient(tx: Tx, hubId: string, clientUserId: string) {
  const rows = await bookingsWithView(tx)
    .where(and(eq(appointmentSlot.hubId, hubId), eq(appointmentBooking.clientUserId, clientUserId)))
    .orderBy(desc(appointmentSlot.startsAt), desc(appointmentBooking.createdAt))
    .limit(500);
  return rows.map(({ booking, ...view }) => ({ booking, view }));
}

export async function cancelBooking(tx: Tx, id: string, at: Date) {
  const [row] = await tx
    .update(appointmentBooking)
    .set({ cancelledAt: at })
    .where(and(eq(appointmentBooking.id, id), isNull(appointmentBooking.cancelledAt)))
    .returning();
  return row ?? null;
}

export async function setAttendance(tx: Tx, id: string, value: 'attended' | 'no_show') {
  await tx.update(appointmentBooking).set({ attendance: value }).where(eq(appointmentBooking.id, id));
}
