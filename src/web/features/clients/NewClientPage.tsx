import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useNavigate } from 'react-router';
import { Button, Checkbox } from 'suomifi-ui-components';
import type { TCreateClientRequest } from '../../../server/modules/talents/talents.schema';
import { api } from '../../app/api';
import { FormError, MunicipalityField, SelectField, TextField, useFormErrors, useMessage } from '../../app/forms';
import { currentLocale } from '../../app/i18n';
import { Page } from '../../app/Page';
import { ApiError } from '../../app/problem';
import { useMe } from '../../app/session';
import { ConsentExplanation } from '../privacy/ConsentsSection';
import { validateNewClient, type NewClientForm } from './clients';

export type CreatedState = { created: true; invited: boolean };

const fieldIds: Record<string, string> = {
  name: 'client-name',
  email: 'client-email',
  municipalityCode: 'client-municipality',
  locale: 'client-locale',
  'consents.organisation': 'client-consent-organisation',
};

function focusFirst(fields: Record<string, unknown>) {
  const first = Object.keys(fieldIds).find((k) => k in fields);
  if (first) document.getElementById(fieldIds[first] ?? '')?.focus();
}

/** A counsellor adds a walk-in client, recording the consents the client gave in person. */
export function NewClientPage() {
  const { t } = useTranslation();
  const msg = useMessage();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const organisation = me?.memberships.find((m) => m.role === 'counsellor' && m.organisation)?.organisation?.name ?? '';
  const [form, setForm] = useState<NewClientForm>({
    name: '',
    email: '',
    municipalityCode: '',
    locale: currentLocale(),
    consents: { organisation: false, hubCounsellors: false, employerVisibility: false },
    invite: true,
  });
  const errors = useFormErrors();
  const create = useMutation({
    mutationFn: (body: TCreateClientRequest) => api<{ userId: string }>('POST', '/api/clients', body),
    onSuccess: async ({ userId }, body) => {
      const state: CreatedState = { created: true, invited: body.invite };
      await navigate(`/clients/${encodeURIComponent(userId)}`, { state });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'user.email_taken') {
        const fields = { email: { key: 'clients.new.emailTaken' } };
        errors.fail(fields);
        focusFirst(fields);
      } else errors.fromError(e);
    },
  });
  const set = <K extends keyof NewClientForm>(key: K, value: NewClientForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setConsent = (key: keyof NewClientForm['consents'], value: boolean) =>
    setForm((f) => ({ ...f, consents: { ...f.consents, [key]: value } }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const r = validateNewClient(form);
    if ('fields' in r) {
      errors.fail(r.fields);
      focusFirst(r.fields);
      return;
    }
    errors.clear();
    create.mutate(r.body);
  }
  const consentError = errors.fields['consents.organisation'];

  return (
    <Page title={t('clients.new.title')} lead={<p>{t('clients.new.lead')}</p>}>
      <p>
        <RLink to="/clients">{t('clients.back')}</RLink>
      </p>
      <form onSubmit={submit} noValidate className="form clients-form">
        <FormError message={errors.form} />
        <fieldset className="group">
          <legend>{t('clients.new.detailsHeading')}</legend>
          <TextField
            id="client-name"
            label={t('fields.name')}
            value={form.name}
            onChange={(v) => set('name', v)}
            error={errors.fields.name}
          />
          <TextField
            id="client-email"
            label={t('fields.email')}
            hint={t('clients.new.emailHint')}
            type="email"
            value={form.email}
            onChange={(v) => set('email', v)}
            error={errors.fields.email}
          />
          <MunicipalityField
            id="client-municipality"
            label={t('fields.homeMunicipality')}
            value={form.municipalityCode}
            onChange={(v) => set('municipalityCode', v)}
            error={errors.fields.municipalityCode}
          />
          <SelectField
            id="client-locale"
            label={t('clients.new.locale')}
            hint={t('clients.new.localeHint')}
            value={form.locale}
            onChange={(v) => set('locale', v)}
            options={[
              { value: 'fi', label: 'Suomi' },
              { value: 'sv', label: 'Svenska' },
              { value: 'en', label: 'English' },
            ]}
            error={errors.fields.locale}
          />
        </fieldset>

        <fieldset className="group">
          <legend>{t('clients.new.consentsHeading')}</legend>
          <p>{t('clients.new.consentsLead')}</p>
          <div className="clients-consent">
            <p className="clients-consent-title">{t('clients.new.organisationTitle', { organisation })}</p>
            <ConsentExplanation
              id="client-consent-organisation-explain"
              what={t('privacy.consent.organisation.what')}
              whom={t('clients.new.organisationWhom', { organisation })}
              why={t('privacy.consent.organisation.why')}
            />
            <Checkbox
              id="client-consent-organisation"
              checked={form.consents.organisation}
              onClick={({ checkboxState }) => setConsent('organisation', checkboxState)}
              hintText={t('clients.new.organisationRequired')}
              aria-describedby="client-consent-organisation-explain"
              status={consentError ? 'error' : 'default'}
              statusText={msg(consentError)}
            >
              {t('clients.new.consentLabel', { consent: t('privacy.consent.name.organisation', { organisation }) })}
            </Checkbox>
          </div>
          <div className="clients-consent">
            <p className="clients-consent-title">{t('privacy.consent.hub_counsellors.title')}</p>
            <ConsentExplanation
              id="client-consent-hub-explain"
              what={t('privacy.consent.hub_counsellors.what')}
              whom={t('privacy.consent.hub_counsellors.whom')}
              why={t('privacy.consent.hub_counsellors.why')}
            />
            <Checkbox
              id="client-consent-hub"
              checked={form.consents.hubCounsellors}
              onClick={({ checkboxState }) => setConsent('hubCounsellors', checkboxState)}
              hintText={t('clients.new.optionalConsent')}
              aria-describedby="client-consent-hub-explain"
            >
              {t('clients.new.consentLabel', { consent: t('privacy.consent.name.hub_counsellors') })}
            </Checkbox>
          </div>
          <div className="clients-consent">
            <p className="clients-consent-title">{t('privacy.consent.employer_visibility.title')}</p>
            <ConsentExplanation
              id="client-consent-employers-explain"
              what={t('privacy.consent.employer_visibility.what')}
              whom={t('privacy.consent.employer_visibility.whom')}
              why={t('privacy.consent.employer_visibility.why')}
            />
            <Checkbox
              id="client-consent-employers"
              checked={form.consents.employerVisibility}
              onClick={({ checkboxState }) => setConsent('employerVisibility', checkboxState)}
              hintText={t('clients.new.optionalConsent')}
              aria-describedby="client-consent-employers-explain"
            >
              {t('clients.new.consentLabel', { consent: t('privacy.consent.name.employer_visibility') })}
            </Checkbox>
          </div>
        </fieldset>

        <fieldset className="group">
          <legend>{t('clients.new.inviteHeading')}</legend>
          <Checkbox
            id="client-invite"
            checked={form.invite}
            onClick={({ checkboxState }) => set('invite', checkboxState)}
            hintText={t('clients.new.inviteHint')}
          >
            {t('clients.new.invite')}
          </Checkbox>
        </fieldset>

        <Button type="submit" id="client-submit" disabled={create.isPending}>
          {t('clients.new.submit')}
        </Button>
      </form>
    </Page>
  );
}
