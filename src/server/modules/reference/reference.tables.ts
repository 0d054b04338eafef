import { pgTable, text } from 'drizzle-orm/pg-core';

/** Finnish municipalities: reference data keyed by the official three-digit code. */
export const municipality = pgTable('municipality', {
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
});
