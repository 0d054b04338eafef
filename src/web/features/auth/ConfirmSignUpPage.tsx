import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { api } from '../../app/api';
import { FormError } from '../../app/forms';
import { Page } from '../../app/Page';
import { problemMessage, type Message } from '../../app/problem';
import { useAfterSignIn } from '../../app/session';

/**
 * The page of the link in a sign-up confirmation mail. The person confirms with a button (a mail
 * scanner that opens the link creates nothing); the account is created and they land signed in.
 */
export function ConfirmSignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | null>(token ? null : { key: 'errors.signup.link_invalid' });
  const afterSignIn = useAfterSignIn();
  const navigate = useNavigate();

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/api/signup/confirm', { token });
      await afterSignIn();
      void navigate('/home', { replace: true });
    } catch (err) {
      setError(problemMessage(err));
      setBusy(false);
    }
  }

  return (
    <Page title={t('auth.confirmSignUp.title')} lead={<Paragraph>{t('auth.confirmSignUp.lead')}</Paragraph>}>
      <FormError message={error} />
      {error ? (
        <p>
          <RLink to="/sign-up">{t('auth.confirmSignUp.again')}</RLink>
        </p>
      ) : (
        <Button id="confirm-sign-up" onClick={() => void confirm()} disabled={busy}>
          {t('auth.confirmSignUp.submit')}
        </Button>
      )}
    </Page>
  );
}
