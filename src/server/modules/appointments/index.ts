/** Appointments: counsellors' bookable times for individual and group guidance, and clients' bookings. */
import { defineModule } from '../../platform/module.js';
import { appointmentErrors } from './appointments.errors.js';
import { appointmentMail } from './appointments.mail.js';
import { appointmentsPersonalData } from './appointments.personal-data.js';
import { registerAppointmentRoutes } from './appointments.routes.js';
import * as tables from './appointments.tables.js';

export { ZBookings } from './appointments.schema.js';
export { clientBookingsOf } from './appointments.service.js';

export const appointmentsModule = defineModule({
  name: 'appointments',
  routes: registerAppointmentRoutes,
  tables,
  errors: appointmentErrors,
  mail: appointmentMail,
  personalData: appointmentsPersonalData,
});
