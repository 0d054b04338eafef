import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import { contactLimits, ZCreateContactRequest } from '../../../server/modules/contacts/contacts.schema';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, useFormErrors, useMessage } from '../../app/forms';
import type { EmployerContactRequest } from '../../app/types';
import { problemMessage, type Message } from '../../app/problem';
import type { ContactOutcome } from '../../../server/modules/contacts/contacts.tables';
import { outcomeAllowedAfter } from '../../../server/modules/contacts/contacts.policy';
import { useFocusAfterRender } from '../profile/fields';

const requestsKey = (openingId: string) => ['openings', openingId, 'contact-requests'] as const;

/** The opening's contact requests, by the candidate's public reference (the latest one of each). */
export function useContactRequests(openingId: string) {
  return useQuery({
    queryKey: requestsKey(openingId),
    queryFn: () => api<{ items: EmployerContactRequest[] }>('GET', `/api/openings/${openingId}/contact-requests`),
    select: (data) => {
      const byRef = new Map<string, EmployerContactRequest>();
      for (const r of data.items) {
        const seen = byRef.get(r.publicRef);
        if (!seen || seen.createdAt < r.createdAt) byRef.set(r.publicRef, r);
      }
      return byRef;
    },
    retry: false,
  });
}

function RequestStatus({ request }: { request: EmployerContactRequest }) {
  const { t } = useTranslation();
  const f = useFormat();
  const status = {
    requested: t('matching.contact.status.requested', { date: f.date(request.createdAt) }),
    accepted: t('matching.contact.status.accepted'),
    declined: t('matching.contact.status.declined'),
    withdrawn: t('matching.contact.status.withdrawn'),
  }[request.status];
  return (
    <div className="matching-contact-status">
      <p>
        <strong>{t('matching.contact.statusLabel')}</strong> {status}
      </p>
      {request.contact && (
        <dl className="profile-facts">
          <div className="profile-fact">
            <dt>{t('matching.contact.name')}</dt>
            <dd>{request.contact.name}</dd>
          </div>
          <div className="profile-fact">
            <dt>{t('matching.contact.email')}</dt>
            <dd>
              <a href={`mailto:${request.contact.email}`}>{request.contact.email}</a>
            </dd>
          </div>
          {request.contact.phone && (
            <div className="profile-fact">
              <dt>{t('matching.contact.phone')}</dt>
              <dd>{request.contact.phone}</dd>
            </div>
          )}
        </dl>
      )}
      {request.status === 'accepted' && <Outcome request={request} />}
      {request.status === 'requested' && <Withdraw request={request} />}
    </div>
  );
}

/** Takes back a request the person has not answered yet. */
function Withdraw({ request }: { request: EmployerContactRequest }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [error, setError] = useState<Message | null>(null);
  const withdraw = useMutation({
    mutationFn: () => api<EmployerContactRequest>('POST', `/api/contact-requests/${request.id}/withdraw`),
    onSuccess: () => qc.invalidateQueries({ queryKey: requestsKey(request.openingId) }),
    onError: (e) => setError(problemMessage(e)),
  });
  return (
    <div className="contacts-actions">
      <FormError message={error} />
      <Button variant="secondary" id={`withdraw-${request.id}`} disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
        {t('matching.contact.withdraw')}
      </Button>
    </div>
  );
}

/** The outcome of an accepted contact: interviewed, then hired or not proceeding. */
function Outcome({ request }: { request: EmployerContactRequest }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [error, setError] = useState<Message | null>(null);
  const record = useMutation({
    mutationFn: (outcome: ContactOutcome) =>
      api<EmployerContactRequest>('POST', `/api/contact-requests/${request.id}/outcome`, { outcome }),
    onSuccess: () => qc.invalidateQueries({ queryKey: requestsKey(request.openingId) }),
    onError: (e) => setError(problemMessage(e)),
  });
  const next = outcomeAllowedAfter[request.outcome ?? 'none'];
  return (
    <div className="matching-outcome">
      <p role="status">
        <strong>{t('matching.outcome.label')}</strong>{' '}
        {request.outcome ? t(`matching.outcome.${request.outcome}`) : t('matching.outcome.none')}
      </p>
      <FormError message={error} />
      {next.length > 0 && (
        <div className="contacts-actions">
          {next.map((o) => (
            <Button
              key={o}
              variant="secondary"
              id={`outcome-${request.id}-${o}`}
              disabled={record.isPending}
              onClick={() => record.mutate(o)}
            >
              {t(`matching.outcome.record.${o}`)}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * "Request contact" for one pseudonymised candidate: an optional message, then the request's
 * status (and, once the person accepts, their contact details).
 */
export function ContactRequest({
  openingId,
  publicRef,
  request,
  canRequest,
}: {
  openingId: string;
  publicRef: string;
  request: EmployerContactRequest | undefined;
  canRequest: boolean;
}) {
  const { t } = useTranslation();
  const msg = useMessage();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const errors = useFormErrors();
  const focusLater = useFocusAfterRender();
  const idPrefix = `contact-${publicRef}`;
  const create = useMutation({
    mutationFn: (body: unknown) => api<EmployerContactRequest>('POST', `/api/openings/${openingId}/contact-requests`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: requestsKey(openingId) }),
  });
  const candidate = t('matching.candidates.name', { ref: publicRef });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (create.isPending) return;
    if (!errors.validate(ZCreateContactRequest, { publicRef, message })) return;
    create.mutate(
      { publicRef, message: message.trim() || null },
      {
        onSuccess: () => {
          setOpen(false);
          setSent(true);
          focusLater(`${idPrefix}-status`);
        },
        onError: (err) => errors.fromError(err),
      },
    );
  }

  const openRequest = request && (request.status === 'requested' || request.status === 'accepted');
  if (request && (openRequest || !canRequest))
    return (
      <div id={`${idPrefix}-status`} tabIndex={-1} role={sent ? 'status' : undefined}>
        <RequestStatus request={request} />
      </div>
    );
  if (!canRequest) return null;
  if (!open)
    return (
      <div id={`${idPrefix}-status`} tabIndex={-1}>
        {request && <RequestStatus request={request} />}
        <Button
          variant="secondary"
          id={`${idPrefix}-open`}
          aria-label={t('matching.contact.buttonLabel', { candidate })}
          onClick={() => {
            setOpen(true);
            focusLater(`${idPrefix}-message`);
          }}
        >
          {t('matching.contact.button')}
        </Button>
      </div>
    );
  return (
    <form onSubmit={submit} noValidate className="form matching-contact-form" aria-label={t('matching.contact.formLabel', { candidate })}>
      <FormError message={errors.form} />
      <div className="field">
        <Textarea
          id={`${idPrefix}-message`}
          labelText={t('matching.contact.message')}
          hintText={t('matching.contact.messageHint', { max: contactLimits.message })}
          optionalText={t('form.optional')}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          status={errors.fields.message ? 'error' : 'default'}
          statusText={msg(errors.fields.message)}
          aria-invalid={errors.fields.message ? true : undefined}
          rows={4}
          fullWidth
        />
      </div>
      <div className="openings-buttons">
        <Button
          type="submit"
          id={`${idPrefix}-send`}
          aria-label={t('matching.contact.sendLabel', { candidate })}
          aria-disabled={create.isPending}
        >
          {t('matching.contact.send')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          id={`${idPrefix}-cancel`}
          onClick={() => {
            setOpen(false);
            errors.clear();
            focusLater(`${idPrefix}-open`);
          }}
        >
          {t('matching.contact.cancel')}
        </Button>
      </div>
    </form>
  );
}
