/**
 * Vocabularies of employer organisations and their job openings, shared by the server's
 * schemas, the database enums and the web forms.
 */

/**
 * Industry: the main sections A–U of the Finnish Standard Industrial Classification TOL 2008
 * (Statistics Finland, the national version of NACE Rev. 2), by their letter codes.
 */
export const industries = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;
export type Industry = (typeof industries)[number];

/** Size by the number of employees, as in the EU definition: micro 1–9, small 10–49, medium 50–249, large 250+. */
export const organisationSizes = ['micro', 'small', 'medium', 'large'] as const;
export type OrganisationSize = (typeof organisationSizes)[number];

/** A job opening, or an open-ended talent need without a particular vacancy. */
export const openingKinds = ['opening', 'talent_need'] as const;
export type OpeningKind = (typeof openingKinds)[number];

export const openingStatuses = ['draft', 'published', 'closed'] as const;
export type OpeningStatus = (typeof openingStatuses)[number];

/**
 * The services that make an employer "served" by the hub (the C6 cities' target counts employers
 * in international recruitment services once each, across every service).
 */
export const employerServiceKinds = [
  'support_request',
  'contact_request',
  'opening_published',
  'event_hosted',
  'showcase_meeting',
  'voucher_decided',
  'guidance_contact',
] as const;
export type EmployerServiceKind = (typeof employerServiceKinds)[number];
