import { eq, or } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { appointmentSlot, appointmentBooking } from './appointments.tables.js';

/** appointments: the tables with data about a person in the GDPR export and erasure, and those without. */
export const appointmentsPersonalData: PersonalData = {
  exporters: {
    // The person's appointments, and seats they booked for others (those clients stay unnamed).
    appointment_booking: async (tx, p) => {
      const rows = await tx
        .select()
        .from(appointmentBooking)
        .where(or(eq(appointmentBooking.clientUserId, p.userId), eq(appointmentBooking.bookedBy, p.userId)));
      return rows.map((r) => (r.clientUserId === p.userId ? r : { ...r, clientUserId: '(another person)' }));
    },
    // Times the person published as a counsellor; who booked them is in the clients' own exports.
    appointment_slot: (tx, p) => tx.select().from(appointmentSlot).where(eq(appointmentSlot.hostUserId, p.userId)),
  },
};
