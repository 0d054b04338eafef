import { ZCreateClientRequest, type TCreateClientRequest } from '../../../server/modules/talents/talents.schema';
import { zodFields, type FieldMessages } from '../../app/problem';
import type { ClientRow } from '../../app/types';

/** The walk-in form as typed: consents are the boxes the counsellor ticked. */
export type NewClientForm = {
  name: string;
  email: string;
  municipalityCode: string;
  locale: string;
  consents: { organisation: boolean; hubCounsellors: boolean; employerVisibility: boolean };
  invite: boolean;
};

/**
 * Checks the form with the server's schema. Sharing with the counsellor's own organisation is
 * the one consent a profile cannot be created without; its box gets a message of its own.
 */
export function validateNewClient(form: NewClientForm): { body: TCreateClientRequest } | { fields: FieldMessages } {
  const r = ZCreateClientRequest.safeParse(form);
  if (r.success) return { body: r.data };
  const fields = zodFields(r.error.issues, form);
  if (!form.consents.organisation) fields['consents.organisation'] = { key: 'clients.new.organisationConsentRequired' };
  return { fields };
}

/** Catalog keys for whom a client shares the profile with, hub first. */
export function sharedWithKeys(sharedWith: ClientRow['sharedWith']): string[] {
  return (['hub', 'organisation'] as const).filter((s) => sharedWith.includes(s)).map((s) => `clients.sharedWith.${s}`);
}
