import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { ZSignUpRequest } from '../../../server/modules/people/people.schema';
import { api } from '../../app/api';
import { FormError, MunicipalityField, Success, TextField, useFormErrors, NewPasswordField } from '../../app/forms';
import { currentLocale } from '../../app/i18n';
import { Page } from '../../app/Page';

/**
 * After sending, the page asks the person to follow the link mailed to them: the account is
 * created only then, and the page says the same whether or not the address has an account.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  const [role, setRole] = useState<'talent' | 'employer'>('talent');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [municipalityCode, setMunicipality] = useState('');
  const [orgName, setOrgName] = useState('');
  const [businessId, setBusinessId] = useState('');
  const [orgMunicipality, setOrgMunicipality] = useState('');
  const [busy, setBusy] = useState(false);
  /** The address the confirmation link was sent to, once sent. */
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errors = useFormErrors();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const person = { name, email, password, municipalityCode, locale: currentLocale() };
    const input =
      role === 'talent'
        ? { role, ...person }
        : { role, ...person, organisation: { name: orgName, businessId, municipalityCode: orgMunicipality || municipalityCode } };
    const body = errors.validate(ZSignUpRequest, input);
    if (!body) return;
    setBusy(true);
    try {
      await api('POST', '/api/signup', body);
      setSentTo(body.email);
    } catch (err) {
      errors.fromError(err);
    } finally {
      setBusy(false);
    }
  }

  if (sentTo)
    return (
      <Page title={t('auth.signUp.sentTitle')}>
        <Success>{t('auth.signUp.sent', { email: sentTo })}</Success>
        <Paragraph>{t('auth.signUp.sentHint')}</Paragraph>
        <p>
          <RLink to="/sign-in">{t('auth.backToSignIn')}</RLink>
        </p>
      </Page>
    );

  return (
    <Page title={t('auth.signUp.title')} lead={<Paragraph>{t('auth.signUp.lead')}</Paragraph>}>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <FormError message={errors.form} />
        <RadioButtonGroup
          id="sign-up-role"
          name="role"
          labelText={t('auth.signUp.roleQuestion')}
          value={role}
          onChange={(v) => setRole(v === 'employer' ? 'employer' : 'talent')}
        >
          <RadioButton value="talent" id="sign-up-role-talent" hintText={t('auth.signUp.roleTalentHint')}>
            {t('auth.signUp.roleTalent')}
          </RadioButton>
          <RadioButton value="employer" id="sign-up-role-employer" hintText={t('auth.signUp.roleEmployerHint')}>
            {t('auth.signUp.roleEmployer')}
          </RadioButton>
        </RadioButtonGroup>
        <fieldset className="group">
          <legend>
            <Heading variant="h2" as="span">
              {t('auth.signUp.personHeading')}
            </Heading>
          </legend>
          <TextField
            id="sign-up-name"
            label={t('fields.name')}
            autoComplete="name"
            value={name}
            onChange={setName}
            error={errors.fields.name}
          />
          <TextField
            id="sign-up-email"
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            error={errors.fields.email}
          />
          <NewPasswordField id="sign-up-password" value={password} onChange={setPassword} error={errors.fields.password} />
          <MunicipalityField
            id="sign-up-municipality"
            label={t('fields.homeMunicipality')}
            value={municipalityCode}
            onChange={setMunicipality}
            error={errors.fields.municipalityCode}
          />
        </fieldset>
        {role === 'employer' && (
          <fieldset className="group">
            <legend>
              <Heading variant="h2" as="span">
                {t('auth.signUp.organisationHeading')}
              </Heading>
            </legend>
            <TextField
              id="sign-up-org-name"
              label={t('fields.organisationName')}
              autoComplete="organization"
              value={orgName}
              onChange={setOrgName}
              error={errors.fields['organisation.name']}
            />
            <TextField
              id="sign-up-business-id"
              label={t('fields.businessId')}
              hint={t('fields.businessIdHint')}
              value={businessId}
              onChange={setBusinessId}
              error={errors.fields['organisation.businessId']}
            />
            <MunicipalityField
              id="sign-up-org-municipality"
              label={t('fields.organisationMunicipality')}
              hint={t('auth.signUp.organisationMunicipalityHint')}
              value={orgMunicipality}
              onChange={setOrgMunicipality}
              error={errors.fields['organisation.municipalityCode']}
            />
          </fieldset>
        )}
        <Paragraph className="small">{t('auth.signUp.privacy')}</Paragraph>
        <Button type="submit" id="sign-up-submit" disabled={busy}>
          {t('auth.signUp.submit')}
        </Button>
      </form>
    </Page>
  );
}
