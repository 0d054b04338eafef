import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { z } from 'zod';
import type { ZMyContactRequest } from '../../../server/modules/contacts/contacts.schema';
import { api } from '../../app/api';
import { ConfirmAction } from '../../app/ConfirmAction';
import { useFormat } from '../../app/format';
import { FormError, Success } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage, type Message } from '../../app/problem';

type Request = z.infer<typeof ZMyContactRequest>;
const key = ['contact-requests', 'mine'] as const;

/** One request: who asks, for which opening, with their message; accept or decline while open. */
function RequestCard({ request, onAnswered }: { request: Request; onAnswered: (m: Message) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const qc = useQueryClient();
  const [error, setError] = useState<Message | null>(null);
  const answer = useMutation({
    mutationFn: (a: 'accept' | 'decline') => api<Request>('POST', `/api/contact-requests/${request.id}/${a}`),
    onSuccess: async (_r, a) => {
      await qc.invalidateQueries({ queryKey: key });
      onAnswered({ key: a === 'accept' ? 'contacts.accepted' : 'contacts.declined', values: { employer: request.employer } });
    },
    onError: (e) => setError(problemMessage(e)),
  });
  const headingId = `contact-${request.id}`;
  return (
    <article className="contacts-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('contacts.cardHeading', { employer: request.employer, opening: request.opening.title })}</h3>
      <p className="contacts-meta">
        {t('contacts.sent', { date: f.date(request.createdAt) })} · <strong>{t(`contacts.status.${request.status}`)}</strong>
        {request.outcome && <> · {t(`contacts.outcome.${request.outcome}`)}</>}
      </p>
      <p>
        <RLink to={`/jobs/${request.opening.id}`}>{t('contacts.openingLink', { opening: request.opening.title })}</RLink>
      </p>
      {request.message && (
        <blockquote className="contacts-message">
          <p>{request.message}</p>
        </blockquote>
      )}
      <FormError message={error} />
      {request.status === 'requested' && (
        <>
          <p>{t('contacts.decideLead')}</p>
          <div className="contacts-actions">
            <ConfirmAction
              id={`accept-${request.id}`}
              ariaLabel={t('contacts.acceptLabel', { employer: request.employer })}
              disabled={answer.isPending}
              question={t('contacts.acceptQuestion', { employer: request.employer })}
              confirmLabel={t('contacts.acceptConfirm')}
              onConfirm={() => answer.mutate('accept')}
            >
              {t('contacts.accept')}
            </ConfirmAction>
            <Button
              id={`decline-${request.id}`}
              variant="secondary"
              aria-label={t('contacts.declineLabel', { employer: request.employer })}
              disabled={answer.isPending}
              onClick={() => answer.mutate('decline')}
            >
              {t('contacts.decline')}
            </Button>
          </div>
        </>
      )}
      {request.status === 'accepted' && <p>{t('contacts.acceptedNote', { employer: request.employer })}</p>}
    </article>
  );
}

/**
 * Contact requests employers have sent to the person. Accepting shows that employer alone the
 * person's name and contact details; declining keeps the person pseudonymous to them.
 */
export function ContactRequestsPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: key, queryFn: () => api<{ items: Request[] }>('GET', '/api/contact-requests/mine') });
  const [done, setDone] = useState<Message | null>(null);
  const status = useRef<HTMLDivElement>(null);
  if (list.isPending) return <Loading />;
  const items = list.data?.items ?? [];
  const open = items.filter((r) => r.status === 'requested');
  const answered = items.filter((r) => r.status !== 'requested');
  const answeredNow = (m: Message) => {
    setDone(m);
    status.current?.focus();
  };
  return (
    <Page title={t('contacts.title')} lead={<p>{t('contacts.lead')}</p>}>
      <div ref={status} tabIndex={-1}>
        {done && <Success>{t(done.key, done.values ?? {})}</Success>}
      </div>
      {list.isError && <FormError message={problemMessage(list.error)} />}
      <Section title={t('contacts.openHeading', { count: open.length })} id="contacts-open">
        {open.length === 0 ? (
          <p>{t('contacts.noneOpen')}</p>
        ) : (
          open.map((r) => <RequestCard key={r.id} request={r} onAnswered={answeredNow} />)
        )}
      </Section>
      {answered.length > 0 && (
        <Section title={t('contacts.answeredHeading')} id="contacts-answered">
          {answered.map((r) => (
            <RequestCard key={r.id} request={r} onAnswered={answeredNow} />
          ))}
        </Section>
      )}
      <p>
        <RLink to="/privacy">{t('contacts.privacyLink')}</RLink>
      </p>
    </Page>
  );
}
