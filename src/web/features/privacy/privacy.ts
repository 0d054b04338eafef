import type { Message } from '../../app/problem';
import type { ConsentView, Consents } from '../../app/types';

/**
 * Audit actions a person may find in their own access log, each explained in plain language
 * under `privacy.log.actions.<action>`. Actions not listed fall back to a generic text.
 */
export const knownLogActions = [
  'client.list',
  'consent.grant',
  'consent.withdraw',
  'member.read',
  'membership.create',
  'membership.delete',
  'person.create',
  'person.list',
  'person.take_over',
  'person.update',
  'profile.cv.delete',
  'profile.cv.read',
  'profile.cv.upload',
  'profile.read',
  'profile.suggestion',
  'profile.update',
] as const;

const known: ReadonlySet<string> = new Set(knownLogActions);

/** The catalog message for one access log action, with a fallback naming an unknown action. */
export function logActionMessage(action: string): Message {
  return known.has(action) ? { key: `privacy.log.actions.${action}` } : { key: 'privacy.log.actions.other', values: { action } };
}

/** The consents as the page shows them: one slot per kind, and the organisations still to choose from. */
export type ConsentOverview = {
  employer: ConsentView | null;
  hub: ConsentView | null;
  organisations: ConsentView[];
  /** Partner organisations the person does not share the profile with yet. */
  available: Consents['organisations'];
};

export function consentOverview(c: Consents): ConsentOverview {
  const shared = new Set(c.active.flatMap((v) => (v.kind === 'organisation' && v.organisation ? [v.organisation.id] : [])));
  return {
    employer: c.active.find((v) => v.kind === 'employer_visibility') ?? null,
    hub: c.active.find((v) => v.kind === 'hub_counsellors') ?? null,
    organisations: c.active
      .filter((v) => v.kind === 'organisation')
      .sort((a, b) => (a.organisation?.name ?? '').localeCompare(b.organisation?.name ?? '')),
    available: c.organisations.filter((o) => !shared.has(o.id)),
  };
}

/** "visible to employers" -> "Visible to employers", for a name that starts a table cell. */
export function capitalise(s: string, locale: string): string {
  return s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
}

/** Roles and organisations of a reader, as one line: "Counsellor – City of Espoo". */
export function readerLine(roles: string[], organisations: string[], roleLabel: (role: string) => string): string {
  const r = roles.map(roleLabel).join(', ');
  const o = organisations.join(', ');
  return r && o ? `${r} – ${o}` : r || o;
}
