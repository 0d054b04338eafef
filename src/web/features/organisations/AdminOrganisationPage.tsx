import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { ZUpdateOrganisationRequest } from '../../../server/modules/organisations/organisations.schema';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, MunicipalityField, Success, TextField, useFormErrors, useMunicipalityName } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import type { Organisation, OrganisationDetail } from '../../app/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { InviteForm } from './InviteForm';
import { PartnerTypeField, useKindLabel } from './OrganisationForm';

function EditOrganisation({ org }: { org: OrganisationDetail }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(org.name);
  const [partnerType, setPartnerType] = useState(org.partnerType ?? '');
  const [businessId, setBusinessId] = useState(org.businessId ?? '');
  const [municipalityCode, setMunicipality] = useState(org.municipalityCode);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors();
  const save = useMutation({
    mutationFn: (body: unknown) => api<Organisation>('PATCH', `/api/admin/organisations/${org.id}`, body),
    onSuccess: async () => {
      setSaved(true);
      await qc.invalidateQueries({ queryKey: ['organisations'] });
      await qc.invalidateQueries({ queryKey: ['organisation', org.id] });
    },
    onError: (e) => errors.fromError(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const input = org.kind === 'partner' ? { name, partnerType, municipalityCode } : { name, businessId, municipalityCode };
    const body = errors.validate(ZUpdateOrganisationRequest, input);
    if (body) save.mutate(body);
  }
  return (
    <form onSubmit={submit} noValidate className="form narrow">
      <FormError message={errors.form} />
      {saved && <Success>{t('admin.organisation.saved')}</Success>}
      <TextField id="edit-org-name" label={t('fields.organisationName')} value={name} onChange={setName} error={errors.fields.name} />
      {org.kind === 'partner' ? (
        <PartnerTypeField id="edit-org-partner-type" value={partnerType} onChange={setPartnerType} error={errors.fields.partnerType} />
      ) : (
        <TextField
          id="edit-org-business-id"
          label={t('fields.businessId')}
          hint={t('fields.businessIdHint')}
          value={businessId}
          onChange={setBusinessId}
          error={errors.fields.businessId}
        />
      )}
      <MunicipalityField
        id="edit-org-municipality"
        label={t('fields.municipality')}
        value={municipalityCode}
        onChange={setMunicipality}
        error={errors.fields.municipalityCode}
      />
      <Button type="submit" id="edit-org-submit" disabled={save.isPending}>
        {t('common.save')}
      </Button>
    </form>
  );
}

export function AdminOrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const f = useFormat();
  const qc = useQueryClient();
  const municipality = useMunicipalityName();
  const kindLabel = useKindLabel();
  const org = useQuery({
    queryKey: ['organisation', id],
    queryFn: () => api<OrganisationDetail>('GET', `/api/admin/organisations/${id}`),
    retry: false,
  });
  const errors = useFormErrors();
  const remove = useMutation({
    mutationFn: (membershipId: string) => api('DELETE', `/api/admin/memberships/${membershipId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['organisation', id] }),
    onError: (e) => errors.fromError(e),
  });
  if (org.isPending) return <Loading />;
  if (org.isError) return <NotFoundPage />;
  const o = org.data;
  return (
    <Page title={o.name} wide>
      <p>
        <RLink to="/admin/organisations">{t('admin.organisation.back')}</RLink>
      </p>
      <Section title={t('admin.organisation.details')} id="org-details">
        <dl className="facts">
          <dt>{t('fields.organisationKind')}</dt>
          <dd>{kindLabel(o)}</dd>
          {o.businessId && (
            <>
              <dt>{t('fields.businessId')}</dt>
              <dd>{o.businessId}</dd>
            </>
          )}
          <dt>{t('fields.municipality')}</dt>
          <dd>{municipality(o.municipalityCode)}</dd>
          <dt>{t('admin.organisation.created')}</dt>
          <dd>{f.date(o.createdAt)}</dd>
        </dl>
      </Section>
      <Section title={t('admin.organisation.members')} id="org-members">
        <FormError message={errors.form} />
        {o.members.length === 0 ? (
          <p>{t('admin.organisation.noMembers')}</p>
        ) : (
          <div className="table-wrap">
            <table className="stack">
              <caption className="visually-hidden">{t('admin.organisation.members')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('fields.email')}</th>
                  <th scope="col">{t('fields.role')}</th>
                  <th scope="col">{t('admin.organisation.since')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {o.members.map((m) => (
                  <tr key={m.membershipId}>
                    <td className="stack-title">{m.name}</td>
                    <td data-label={t('fields.email')}>{m.email}</td>
                    <td data-label={t('fields.role')}>{t(`roles.${m.role}`)}</td>
                    <td data-label={t('admin.organisation.since')}>{f.date(m.since)}</td>
                    <td>
                      <Button
                        variant="secondary"
                        id={`remove-member-${m.membershipId}`}
                        aria-label={t('admin.people.removeRoleLabel', { role: t(`roles.${m.role}`), name: m.name })}
                        onClick={() => remove.mutate(m.membershipId)}
                      >
                        {t('admin.people.removeRole')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title={t('admin.organisation.inviteHeading')} id="org-invite">
        <InviteForm idPrefix="org-invite" organisation={o} />
      </Section>
      <Section title={t('admin.organisation.editHeading')} id="org-edit">
        <EditOrganisation org={o} key={o.name + o.municipalityCode} />
      </Section>
    </Page>
  );
}
