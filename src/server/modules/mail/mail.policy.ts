import { anyOf } from '../../platform/policy.js';

export const mailPolicy = { outbox: anyOf('hub_admin') } as const;

/**
 * Domains reserved for documentation and testing (RFC 2606, RFC 6761): no real person has an
 * address there. The demo region's fictional people all do.
 */
const reservedTopLevel = new Set(['example', 'test', 'invalid', 'localhost']);
const reservedSecondLevel = new Set(['example.com', 'example.net', 'example.org']);

/** Whether an address is at a reserved domain, so a mail to it can be shown whole in demo mode. */
export function isReservedAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const labels = address
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .split('.');
  if (labels.some((l) => l === '')) return false;
  if (reservedTopLevel.has(labels.at(-1)!)) return true;
  return labels.length >= 2 && reservedSecondLevel.has(labels.slice(-2).join('.'));
}

const link = /https?:\/\/\S+/g;

/**
 * What the demo outbox shows of a mail body (decision 0012): a mail to a fictional address as it
 * is; in a mail to anyone else every link is replaced by `placeholder`, since a reset, invitation
 * or sign-up link in it would let the administrator into that person's account.
 */
export function outboxBody(to: string, body: string, placeholder: string): { body: string; linksHidden: boolean } {
  if (isReservedAddress(to)) return { body, linksHidden: false };
  const hidden = body.replace(link, placeholder);
  return { body: hidden, linksHidden: hidden !== body };
}
