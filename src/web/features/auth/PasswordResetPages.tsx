import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useSearchParams } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import { ZEmail, ZPassword } from '../../../shared/limits';
import { api } from '../../app/api';
import { FormError, Success, TextField, useFormErrors, NewPasswordField } from '../../app/forms';
import { Page } from '../../app/Page';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = errors.validate(z.object({ email: ZEmail }), { email });
    if (!body) return;
    setBusy(true);
    try {
      await api('POST', '/api/auth/request-password-reset', { email: body.email, redirectTo: '/reset-password' });
      setSent(true);
    } catch (err) {
      errors.fromError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('auth.forgot.title')} lead={<Paragraph>{t('auth.forgot.lead')}</Paragraph>}>
      {sent ? (
        <Success>{t('auth.forgot.sent', { email })}</Success>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate className="form narrow">
          <FormError message={errors.form} />
          <TextField
            id="forgot-email"
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            error={errors.fields.email}
          />
          <Button type="submit" id="forgot-submit" disabled={busy}>
            {t('auth.forgot.submit')}
          </Button>
        </form>
      )}
      <p>
        <RLink to="/sign-in">{t('auth.backToSignIn')}</RLink>
      </p>
    </Page>
  );
}

const ZReset = z
  .object({ newPassword: ZPassword, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { message: 'passwords_differ', path: ['confirm'] });

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = errors.validate(ZReset, { newPassword, confirm });
    if (!body) return;
    setBusy(true);
    try {
      await api('POST', '/api/auth/reset-password', { newPassword: body.newPassword, token });
      setDone(true);
    } catch (err) {
      errors.fromError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('auth.reset.title')}>
      {!token ? (
        <>
          <FormError message={{ key: 'errors.auth.INVALID_TOKEN' }} />
          <p>
            <RLink to="/forgot-password">{t('auth.reset.again')}</RLink>
          </p>
        </>
      ) : done ? (
        <>
          <Success>{t('auth.reset.done')}</Success>
          <p>
            <RLink to="/sign-in">{t('auth.backToSignIn')}</RLink>
          </p>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate className="form narrow">
          <FormError message={errors.form} />
          <NewPasswordField id="reset-password" value={newPassword} onChange={setNewPassword} error={errors.fields.newPassword} />
          <TextField
            id="reset-confirm"
            label={t('fields.confirmPassword')}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={setConfirm}
            error={errors.fields.confirm}
          />
          <Button type="submit" id="reset-submit" disabled={busy}>
            {t('auth.reset.submit')}
          </Button>
          {errors.form?.key === 'errors.auth.INVALID_TOKEN' && (
            <p>
              <RLink to="/forgot-password">{t('auth.reset.again')}</RLink>
            </p>
          )}
        </form>
      )}
    </Page>
  );
}
