import { z } from 'zod';
import { industries, organisationSizes } from './employer.js';

/** Roles a person holds in a hub; the labels are `roles.<role>` in the catalogs. */
export const roles = ['talent', 'employer', 'counsellor', 'hub_admin'] as const;
export type Role = (typeof roles)[number];

/** Roles that may act for an employer they serve as company coordinators. */
export const coordinatorRoles = ['counsellor', 'hub_admin'] as const satisfies readonly Role[];

export const organisationKinds = ['partner', 'employer'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const ZRole = z.enum(roles);
export const ZOrganisationKind = z.enum(organisationKinds);
export const ZIndustry = z.enum(industries);
export const ZOrganisationSize = z.enum(organisationSizes);
