import { catalogs } from '../../../shared/catalogs.js';
import { localeOr } from '../../../shared/locales.js';
import { outboxBody } from './mail.policy.js';
import type { OutboxRow } from './mail.repo.js';

/** A mail of the demo outbox, with its links hidden unless it is to a fictional address (decision 0012). */
export function presentOutboxMail(r: OutboxRow) {
  const placeholder = catalogs[localeOr(r.locale, 'en')]['admin.outbox.linkPlaceholder'] ?? '[…]';
  const shown = outboxBody(r.toAddress, r.bodyText, placeholder);
  return {
    id: r.id,
    to: r.toAddress,
    template: r.template,
    locale: r.locale,
    subject: r.subject,
    body: shown.body,
    linksHidden: shown.linksHidden,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  };
}
