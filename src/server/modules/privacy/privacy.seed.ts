import { consentTextVersion, type ConsentKind } from '../../../shared/profile.js';
import type { Tx } from '../../db/connection.js';
import { consentPurpose } from './privacy.consents.js';
import { consent } from './privacy.tables.js';

export type SeededConsent = {
  userId: string;
  hubId: string;
  kind: ConsentKind;
  organisationId?: string | null;
  locale?: string;
  method?: 'self_service' | 'in_person';
  recordedBy?: string | null;
};

/**
 * Writes consents as given, with the purpose and text version of today, for demo data and test
 * factories. No checks and no audit: a real grant goes through `recordConsent`, and a seed that
 * stands for one audits it itself.
 */
export async function seedConsents(tx: Tx, rows: readonly SeededConsent[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(consent).values(
    rows.map((r) => ({
      userId: r.userId,
      hubId: r.hubId,
      kind: r.kind,
      organisationId: r.organisationId ?? null,
      purpose: consentPurpose[r.kind],
      textVersion: consentTextVersion,
      locale: r.locale ?? 'en',
      method: r.method ?? 'self_service',
      recordedBy: r.recordedBy ?? null,
    })),
  );
}
