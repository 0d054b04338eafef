import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { api } from '../../app/api';
import { FormError, Success, useFormErrors } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import { ApiError, problemMessage } from '../../app/problem';
import { ProfileEditor } from '../profile/ProfilePage';
import { useProfile } from '../profile/profileApi';
import type { CreatedState } from './NewClientPage';

export function isCreated(state: unknown): state is CreatedState {
  return typeof state === 'object' && state !== null && (state as { created?: unknown }).created === true;
}

/** For a client who has not taken over the account a counsellor created: send the invitation again. */
export function Invite({ userId, email }: { userId: string; email: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [sent, setSent] = useState(false);
  const errors = useFormErrors();
  const invite = useMutation({
    mutationFn: () => api<{ invited: boolean }>('POST', `/api/clients/${encodeURIComponent(userId)}/invite`, {}),
    onMutate: () => {
      setSent(false);
      errors.clear();
    },
    onSuccess: () => setSent(true),
    onError: async (e) => {
      errors.fromError(e);
      if (e instanceof ApiError && e.code === 'client.account_in_use') await qc.invalidateQueries({ queryKey: ['case', userId] });
    },
  });
  const alreadyUses = invite.error instanceof ApiError && invite.error.code === 'client.account_in_use';
  return (
    <div className="clients-invite">
      <FormError message={alreadyUses ? { key: 'clients.invite.alreadyUses' } : errors.form} />
      {sent && <Success>{t('clients.invite.sent', { email })}</Success>}
      <p>{t('clients.invite.lead')}</p>
      <Button variant="secondary" id="client-invite-again" disabled={invite.isPending} onClick={() => invite.mutate()}>
        {t('clients.invite.again')}
      </Button>
    </div>
  );
}

/** One client's profile, edited together with the client. */
export function ClientProfilePage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const apiBase = `/api/clients/${encodeURIComponent(userId)}/profile`;
  const profile = useProfile(apiBase);
  const back = (
    <p>
      <RLink to={`/clients/${encodeURIComponent(userId)}`}>{t('guidance.overview.back')}</RLink>
    </p>
  );
  if (profile.isPending) return <Loading />;
  if (profile.isError) {
    return (
      <Page title={t('clients.client.notFoundTitle')}>
        <FormError message={problemMessage(profile.error)} />
        {back}
      </Page>
    );
  }
  const p = profile.data;
  return (
    <Page title={t('guidance.overview.profileTitle', { name: p.name })} wide>
      {back}
      <ProfileEditor profile={p} apiBase={apiBase} employerViewPath={`/clients/${encodeURIComponent(userId)}/employer-view`} />
    </Page>
  );
}
