/** Every table, for Drizzle and drizzle-kit. Each domain owns its `<domain>.tables.ts`. */
export * from '../platform/auth.tables.js';
export * from '../platform/tenancy.tables.js';
export * from '../modules/organisations/organisations.tables.js';
export * from '../platform/audit.tables.js';
export * from '../platform/mail.tables.js';
export * from '../modules/taxonomy/taxonomy.tables.js';
export * from '../modules/talents/talents.tables.js';
export * from '../modules/privacy/privacy.tables.js';
export * from '../modules/openings/openings.tables.js';
export * from '../modules/matching/matching.tables.js';
export * from '../modules/contacts/contacts.tables.js';
export * from '../modules/guidance/guidance.tables.js';
export * from '../modules/appointments/appointments.tables.js';
export * from '../modules/walkins/walkins.tables.js';
export * from '../modules/people/people.tables.js';
