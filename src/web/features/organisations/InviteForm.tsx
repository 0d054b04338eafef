import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { ZCreateInvitationRequest } from '../../../server/modules/organisations/organisations.schema';
import { roles } from '../../../server/platform/policy';
import { api } from '../../app/api';
import { FormError, SelectField, Success, TextField, useFormErrors } from '../../app/forms';
import { currentLocale } from '../../app/i18n';
import type { Organisation, Role } from '../../app/types';

/** Which organisations a role belongs to; talents and administrators belong to the hub. */
export function kindForRole(role: Role): 'partner' | 'employer' | null {
  return role === 'counsellor' ? 'partner' : role === 'employer' ? 'employer' : null;
}

/**
 * Invites a person by e-mail. With `organisation`, the role follows from its kind; without,
 * the administrator picks the role and, for staff roles, the organisation.
 */
export function InviteForm({
  idPrefix,
  organisation,
  organisations,
}: {
  idPrefix: string;
  organisation?: Pick<Organisation, 'id' | 'kind' | 'name'>;
  organisations?: Organisation[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(organisation ? (organisation.kind === 'partner' ? 'counsellor' : 'employer') : 'counsellor');
  const [organisationId, setOrganisationId] = useState(organisation?.id ?? '');
  const [locale, setLocale] = useState<string>(currentLocale());
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errors = useFormErrors();
  const invite = useMutation({
    mutationFn: (body: unknown) => api('POST', '/api/admin/invitations', body),
    onSuccess: async () => {
      setSentTo(email);
      setEmail('');
      await qc.invalidateQueries({ queryKey: ['invitations'] });
      await qc.invalidateQueries({ queryKey: ['home'] });
    },
    onError: (e) => errors.fromError(e),
  });
  const kind = kindForRole(role);
  function submit(e: FormEvent) {
    e.preventDefault();
    setSentTo(null);
    const body = errors.validate(ZCreateInvitationRequest, { email, role, organisationId: kind ? organisationId || null : null, locale });
    if (!body) return;
    if (kind && !body.organisationId) {
      errors.fail({ organisationId: { key: 'validation.required' } });
      return;
    }
    invite.mutate(body);
  }
  const orgOptions = (organisations ?? []).filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name }));
  return (
    <form onSubmit={submit} noValidate className="form narrow">
      <FormError message={errors.form} />
      {sentTo && <Success>{t('admin.invitations.sent', { email: sentTo })}</Success>}
      <TextField
        id={`${idPrefix}-email`}
        label={t('fields.email')}
        type="email"
        value={email}
        onChange={setEmail}
        error={errors.fields.email}
      />
      {organisation ? (
        <p>
          <span className="field-label">{t('fields.role')}:</span> {t(`roles.${role}`)}
        </p>
      ) : (
        <>
          <SelectField
            id={`${idPrefix}-role`}
            label={t('fields.role')}
            value={role}
            onChange={(v) => setRole(v as Role)}
            options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            error={errors.fields.role}
          />
          {kind && (
            <SelectField
              id={`${idPrefix}-organisation`}
              label={t('fields.organisation')}
              value={organisationId}
              onChange={setOrganisationId}
              placeholder={t('form.choose')}
              options={orgOptions}
              error={errors.fields.organisationId}
            />
          )}
        </>
      )}
      <SelectField
        id={`${idPrefix}-locale`}
        label={t('fields.mailLanguage')}
        value={locale}
        onChange={setLocale}
        options={[
          { value: 'fi', label: 'Suomi' },
          { value: 'sv', label: 'Svenska' },
          { value: 'en', label: 'English' },
        ]}
      />
      <Button type="submit" id={`${idPrefix}-submit`} disabled={invite.isPending}>
        {t('admin.invitations.inviteButton')}
      </Button>
    </form>
  );
}
