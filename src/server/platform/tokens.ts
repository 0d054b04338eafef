import { createHash } from 'node:crypto';

/** The stored form of a mailed token (invitation, sign-up confirmation): its SHA-256, never the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
