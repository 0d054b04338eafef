import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useLocation, useNavigate, useParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../app/api';
import { FormError, Success, useFormErrors } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import { ApiError, problemMessage } from '../../app/problem';
import type { ClientRow, Page as ListPage, Profile } from '../../app/types';
import { ProfileEditor } from '../profile/ProfilePage';
import { useProfile } from '../profile/profileApi';
import type { CreatedState } from './NewClientPage';

function isCreated(state: unknown): state is CreatedState {
  return typeof state === 'object' && state !== null && (state as { created?: unknown }).created === true;
}

/**
 * Whether the client uses the account: anyone who signed up themselves does; for an account a
 * counsellor created, the client list tells whether the client has set a password since.
 */
function useHasAccount(userId: string, profile: Profile | undefined) {
  const lookup = useQuery({
    queryKey: ['clients', 'account', userId],
    enabled: Boolean(profile?.createdByCounsellor),
    queryFn: async () => {
      const page = await api<ListPage<ClientRow>>('GET', `/api/clients${query({ q: profile?.email, limit: 100 })}`);
      return page.items.find((c) => c.userId === userId)?.hasAccount ?? true;
    },
  });
  if (!profile) return undefined;
  return profile.createdByCounsellor ? lookup.data : true;
}

function Invite({ userId, email }: { userId: string; email: string }) {
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
      if (e instanceof ApiError && e.code === 'client.account_in_use') await qc.invalidateQueries({ queryKey: ['clients'] });
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

/** One client: who they are, whether they use the service, and their profile to work on together. */
export function ClientPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const location = useLocation();
  const apiBase = `/api/clients/${encodeURIComponent(userId)}/profile`;
  const navigate = useNavigate();
  const [created] = useState(() => (isCreated(location.state) ? location.state : null));
  // Shown once: going back to the page later does not announce the creation again.
  useEffect(() => {
    if (isCreated(location.state)) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const profile = useProfile(apiBase);
  const hasAccount = useHasAccount(userId, profile.data);

  const back = (
    <p>
      <RLink to="/clients">{t('clients.back')}</RLink>
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
    <Page title={p.name} wide>
      {back}
      {created && (
        <Success>
          {t('clients.client.created')} {created.invited ? t('clients.invite.sent', { email: p.email }) : t('clients.client.notInvited')}
        </Success>
      )}
      <dl className="facts clients-facts">
        <dt>{t('fields.email')}</dt>
        <dd>{p.email}</dd>
        <dt>{t('clients.list.account')}</dt>
        <dd>{hasAccount === undefined ? '…' : hasAccount ? t('clients.account.uses') : t('clients.account.notAccepted')}</dd>
      </dl>
      {hasAccount === false && <Invite userId={userId} email={p.email} />}
      <ProfileEditor profile={p} apiBase={apiBase} employerViewPath={`/clients/${encodeURIComponent(userId)}/employer-view`} />
    </Page>
  );
}
