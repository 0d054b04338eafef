import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'suomifi-ui-components';
import { api } from '../../app/api';
import { FormError, TextField, useFormErrors, useMessage } from '../../app/forms';
import { ApiError, type FieldMessages } from '../../app/problem';

/** The landing page confirms the deletion when it is opened with this. */
export const erasedParam = 'accountErased';
const erasedLandingPath = `/?${erasedParam}=1`;

/**
 * Deleting the account: what goes and what stays, then the password and an explicit
 * "cannot be undone" confirmation. On success the session is gone: the app is loaded afresh
 * on the landing page, which confirms the deletion.
 */
export function EraseAccountSection({ email, isTalent }: { email: string; isTalent: boolean }) {
  const { t } = useTranslation();
  const msg = useMessage();
  const [password, setPassword] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const errors = useFormErrors();
  const erase = useMutation({
    mutationFn: () => api('POST', '/api/privacy/erase', { password, confirmed: true }),
    onSuccess: () => {
      // As on signing out, the landing page is loaded afresh: nothing cached of the person stays
      // in memory, and no signed-in page gets to send to sign-in first.
      window.location.replace(erasedLandingPath);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'person.password_wrong') {
        errors.fail({ password: { key: 'errors.person.password_wrong' } });
        document.getElementById('erase-password')?.focus();
      } else errors.fromError(e);
    },
  });
  // The generic "last administrator cannot be removed" does not say what to do here.
  const formMessage =
    erase.error instanceof ApiError && erase.error.code === 'membership.last_admin' ? { key: 'privacy.erase.lastAdmin' } : errors.form;

  function submit(e: FormEvent) {
    e.preventDefault();
    erase.reset();
    const fields: FieldMessages = {};
    if (!password) fields.password = { key: 'validation.required' };
    if (!confirmed) fields.confirmed = { key: 'privacy.erase.confirmRequired' };
    const first = Object.keys(fields)[0];
    if (first) {
      errors.fail(fields);
      document.getElementById(first === 'password' ? 'erase-password' : 'erase-confirm')?.focus();
      return;
    }
    errors.clear();
    erase.mutate();
  }

  return (
    <>
      <p>{t('privacy.erase.lead')}</p>
      <h3>{t('privacy.erase.removedHeading')}</h3>
      <ul>
        {isTalent && <li>{t('privacy.erase.removedProfile')}</li>}
        {isTalent && <li>{t('privacy.erase.removedConsents')}</li>}
        <li>{t('privacy.erase.removedAccount')}</li>
        <li>{t('privacy.erase.removedMail')}</li>
      </ul>
      <h3>{t('privacy.erase.keptHeading')}</h3>
      <p>{t('privacy.erase.kept')}</p>
      <p>{t('privacy.erase.downloadFirst')}</p>
      <form onSubmit={submit} noValidate className="form narrow privacy-erase-form" aria-labelledby="erase-form-title">
        <h3 id="erase-form-title">{t('privacy.erase.confirmHeading')}</h3>
        <FormError message={formMessage} />
        {/* Lets password managers know whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          id="erase-password"
          label={t('privacy.erase.password')}
          hint={t('privacy.erase.passwordHint')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
        />
        <Checkbox
          id="erase-confirm"
          checked={confirmed}
          onClick={({ checkboxState }) => setConfirmed(checkboxState)}
          status={errors.fields.confirmed ? 'error' : 'default'}
          statusText={msg(errors.fields.confirmed)}
        >
          {t('privacy.erase.confirm')}
        </Checkbox>
        <Button type="submit" id="erase-submit" className="privacy-danger" disabled={erase.isPending}>
          {t('privacy.erase.submit')}
        </Button>
      </form>
    </>
  );
}
