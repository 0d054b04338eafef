import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import { ApiError } from '../../app/problem';
import type { OutboxRow } from '../../app/types';

/** Shows a plain-text mail body with its links clickable. */
function MailBody({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <pre className="mail-body">
      {parts.map((p, i) =>
        /^https?:\/\//.test(p) ? (
          <a key={i} href={p}>
            {p}
          </a>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </pre>
  );
}

export function AdminOutboxPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useQuery({
    queryKey: ['outbox'],
    queryFn: () => api<{ items: OutboxRow[] }>('GET', '/api/admin/outbox?limit=100'),
    retry: false,
  });
  return (
    <Page title={t('admin.outbox.title')} lead={<p>{t('admin.outbox.lead')}</p>} wide>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <FormError
          message={
            list.error instanceof ApiError && list.error.status === 404 ? { key: 'admin.outbox.demoOnly' } : { key: 'errors.server.error' }
          }
        />
      ) : list.data.items.length === 0 ? (
        <p>{t('admin.outbox.empty')}</p>
      ) : (
        <ol className="outbox">
          {list.data.items.map((m) => (
            <li key={m.id} className="mail">
              <article aria-labelledby={`mail-${m.id}`}>
                <h2 id={`mail-${m.id}`} className="mail-subject">
                  {m.subject}
                </h2>
                <dl className="facts">
                  <dt>{t('admin.outbox.to')}</dt>
                  <dd>{m.to}</dd>
                  <dt>{t('admin.outbox.created')}</dt>
                  <dd>{f.dateTime(m.createdAt)}</dd>
                  <dt>{t('admin.outbox.status')}</dt>
                  <dd>{m.sentAt ? t('admin.outbox.sent', { at: f.dateTime(m.sentAt) }) : t('admin.outbox.notSent')}</dd>
                </dl>
                <MailBody text={m.body} />
                {m.linksHidden && <p className="mail-note">{t('admin.outbox.linksHidden')}</p>}
              </article>
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
