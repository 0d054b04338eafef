import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import { ZEmail } from '../../../shared/limits';
import { api } from '../../app/api';
import { FormError, TextField, useFormErrors } from '../../app/forms';
import { Page } from '../../app/Page';
import { useAfterSignIn, useMe } from '../../app/session';

const ZSignIn = z.object({ email: ZEmail, password: z.string().min(1) });

/** Only same-site paths are followed after sign-in. */
export function safeReturnTo(v: string | null): string {
  return v && v.startsWith('/') && !v.startsWith('//') ? v : '/home';
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const { data: me } = useMe();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const afterSignIn = useAfterSignIn();
  const navigate = useNavigate();

  if (me && !busy) return <Navigate to={returnTo} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = errors.validate(ZSignIn, { email, password });
    if (!body) return;
    setBusy(true);
    try {
      await api('POST', '/api/auth/sign-in/email', body);
      await afterSignIn();
      void navigate(returnTo, { replace: true });
    } catch (err) {
      errors.fromError(err);
      setBusy(false);
    }
  }

  return (
    <Page title={t('auth.signIn.title')} lead={<Paragraph>{t('auth.signIn.lead')}</Paragraph>}>
      <form onSubmit={(e) => void submit(e)} noValidate className="form narrow">
        <FormError message={errors.form} />
        <TextField
          id="sign-in-email"
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
        />
        <TextField
          id="sign-in-password"
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
        />
        <Button type="submit" id="sign-in-submit" disabled={busy}>
          {t('auth.signIn.submit')}
        </Button>
      </form>
      <ul className="plain-links">
        <li>
          <RLink to="/forgot-password">{t('auth.signIn.forgotLink')}</RLink>
        </li>
        <li>
          <RLink to="/sign-up">{t('auth.signIn.signUpLink')}</RLink>
        </li>
      </ul>
    </Page>
  );
}
