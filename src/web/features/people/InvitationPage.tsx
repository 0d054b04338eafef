import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { ZAcceptInvitationRequest } from '../../../server/modules/people/people.schema';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, MunicipalityField, TextField, useFormErrors, NewPasswordField } from '../../app/forms';
import { currentLocale } from '../../app/i18n';
import { Loading, Page } from '../../app/Page';
import { ApiError } from '../../app/problem';
import { useAfterSignIn, useMe, useSignOut } from '../../app/session';
import type { InvitationPreview } from '../../app/types';

export function InvitationPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data: me, isPending: mePending } = useMe();
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api<InvitationPreview>('POST', '/api/invitations/preview', { token }),
    enabled: token.length >= 20,
    retry: false,
  });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [municipalityCode, setMunicipality] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const afterSignIn = useAfterSignIn();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const returnTo = `/invitation?token=${encodeURIComponent(token)}`;

  async function accept(body: unknown) {
    setBusy(true);
    try {
      await api('POST', '/api/invitations/accept', body);
      await afterSignIn();
      void navigate('/home', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'invitation.sign_in_required') {
        void navigate(`/sign-in?returnTo=${encodeURIComponent(returnTo)}&email=${encodeURIComponent(preview.data?.email ?? '')}`);
        return;
      }
      errors.fromError(err);
      setBusy(false);
    }
  }

  function submitNew(e: FormEvent) {
    e.preventDefault();
    const body = errors.validate(ZAcceptInvitationRequest.required({ name: true, password: true, municipalityCode: true }), {
      token,
      name,
      password,
      municipalityCode,
      locale: currentLocale(),
    });
    if (body) void accept(body);
  }

  if (token.length < 20 || preview.isError) {
    return (
      <Page title={t('invitation.title')}>
        <FormError message={{ key: 'errors.invitation.invalid' }} />
        <p>{t('invitation.invalidHelp')}</p>
      </Page>
    );
  }
  if (preview.isPending || mePending) return <Loading />;
  const inv = preview.data;
  const lead = t('invitation.lead', {
    hub: f.name(inv.hubName),
    role: t(`roles.${inv.role}`),
    organisation: inv.organisationName ?? '',
    hasOrganisation: inv.organisationName ? 'yes' : 'no',
  });

  return (
    <Page title={t('invitation.title')} lead={<Paragraph>{lead}</Paragraph>}>
      <p>{t('invitation.forEmail', { email: inv.email })}</p>
      <FormError message={errors.form} />
      {me ? (
        me.email.toLowerCase() === inv.email.toLowerCase() ? (
          <Button id="invitation-accept" disabled={busy} onClick={() => void accept({ token, locale: currentLocale() })}>
            {t('invitation.accept')}
          </Button>
        ) : (
          <>
            <p>{t('invitation.otherAccount', { email: me.email })}</p>
            <Button variant="secondary" id="invitation-sign-out" onClick={() => void signOut(null)}>
              {t('nav.signOut')}
            </Button>
          </>
        )
      ) : inv.accountExists ? (
        <>
          <p>{t('invitation.signInFirst')}</p>
          <RLink className="button-link" to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}&email=${encodeURIComponent(inv.email)}`}>
            {t('invitation.signInLink')}
          </RLink>
        </>
      ) : (
        <form onSubmit={submitNew} noValidate className="form narrow">
          <p>{t('invitation.createAccount')}</p>
          <TextField
            id="invitation-name"
            label={t('fields.name')}
            autoComplete="name"
            value={name}
            onChange={setName}
            error={errors.fields.name}
          />
          <NewPasswordField id="invitation-password" value={password} onChange={setPassword} error={errors.fields.password} />
          <MunicipalityField
            id="invitation-municipality"
            label={t('fields.homeMunicipality')}
            value={municipalityCode}
            onChange={setMunicipality}
            error={errors.fields.municipalityCode}
          />
          <Button type="submit" id="invitation-submit" disabled={busy}>
            {t('invitation.acceptAndCreate')}
          </Button>
        </form>
      )}
    </Page>
  );
}
