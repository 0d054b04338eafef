import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useNavigate } from 'react-router';
import { Button, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { ZCreateOrganisationRequest } from '../../../server/modules/organisations/organisations.schema';
import { api, query } from '../../app/api';
import { FormError, MunicipalityField, SelectField, TextField, useFormErrors, useMunicipalityName } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { Pager } from '../../app/Pager';
import type { Organisation, Page as ListPage } from '../../app/types';
import { useSearchState } from '../../app/useSearchState';
import { PartnerTypeField, useKindLabel } from './OrganisationForm';

const limit = 25;

function CreateOrganisation() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [kind, setKind] = useState<'partner' | 'employer'>('partner');
  const [name, setName] = useState('');
  const [partnerType, setPartnerType] = useState('');
  const [businessId, setBusinessId] = useState('');
  const [municipalityCode, setMunicipality] = useState('');
  const errors = useFormErrors();
  const create = useMutation({
    mutationFn: (body: unknown) => api<Organisation>('POST', '/api/admin/organisations', body),
    onSuccess: async (org) => {
      await qc.invalidateQueries({ queryKey: ['organisations'] });
      void navigate(`/admin/organisations/${org.id}`);
    },
    onError: (e) => errors.fromError(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const input = kind === 'partner' ? { kind, name, partnerType, municipalityCode } : { kind, name, businessId, municipalityCode };
    const body = errors.validate(ZCreateOrganisationRequest, input);
    if (body) create.mutate(body);
  }
  return (
    <form onSubmit={submit} noValidate className="form narrow">
      <FormError message={errors.form} />
      <RadioButtonGroup
        id="create-org-kind"
        name="kind"
        labelText={t('fields.organisationKind')}
        value={kind}
        onChange={(v) => setKind(v === 'employer' ? 'employer' : 'partner')}
      >
        <RadioButton value="partner" id="create-org-kind-partner">
          {t('organisations.kind.partner')}
        </RadioButton>
        <RadioButton value="employer" id="create-org-kind-employer">
          {t('organisations.kind.employer')}
        </RadioButton>
      </RadioButtonGroup>
      <TextField id="create-org-name" label={t('fields.organisationName')} value={name} onChange={setName} error={errors.fields.name} />
      {kind === 'partner' ? (
        <PartnerTypeField id="create-org-partner-type" value={partnerType} onChange={setPartnerType} error={errors.fields.partnerType} />
      ) : (
        <TextField
          id="create-org-business-id"
          label={t('fields.businessId')}
          hint={t('fields.businessIdHint')}
          value={businessId}
          onChange={setBusinessId}
          error={errors.fields.businessId}
        />
      )}
      <MunicipalityField
        id="create-org-municipality"
        label={t('fields.municipality')}
        value={municipalityCode}
        onChange={setMunicipality}
        error={errors.fields.municipalityCode}
      />
      <Button type="submit" id="create-org-submit" disabled={create.isPending}>
        {t('admin.organisations.createButton')}
      </Button>
    </form>
  );
}

export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  const { values, offset, set } = useSearchState(['q', 'kind'] as const);
  const [q, setQ] = useState(values.q);
  const [kind, setKind] = useState(values.kind);
  const municipality = useMunicipalityName();
  const kindLabel = useKindLabel();
  const list = useQuery({
    queryKey: ['organisations', values, offset],
    queryFn: () =>
      api<ListPage<Organisation>>('GET', `/api/admin/organisations${query({ q: values.q, kind: values.kind, limit, offset })}`),
    placeholderData: keepPreviousData,
  });
  return (
    <Page title={t('admin.organisations.title')} wide>
      <Section title={t('admin.organisations.listHeading')} id="orgs-list">
        <form
          className="filters"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            set({ q, kind });
          }}
        >
          <TextField id="orgs-q" label={t('admin.organisations.search')} value={q} onChange={setQ} />
          <SelectField
            id="orgs-kind"
            label={t('fields.organisationKind')}
            value={kind}
            onChange={setKind}
            placeholder={t('form.all')}
            options={[
              { value: 'partner', label: t('organisations.kind.partner') },
              { value: 'employer', label: t('organisations.kind.employer') },
            ]}
          />
          <Button type="submit" id="orgs-search">
            {t('common.search')}
          </Button>
        </form>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <FormError message={{ key: 'errors.server.error' }} />
        ) : list.data.items.length === 0 ? (
          <p role="status">{t('common.noResults')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('admin.organisations.listHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.organisationName')}</th>
                    <th scope="col">{t('fields.organisationKind')}</th>
                    <th scope="col">{t('fields.businessId')}</th>
                    <th scope="col">{t('fields.municipality')}</th>
                    <th scope="col" className="num">
                      {t('admin.organisations.members')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((o) => (
                    <tr key={o.id}>
                      <td>
                        <RLink to={`/admin/organisations/${o.id}`}>{o.name}</RLink>
                      </td>
                      <td>{kindLabel(o)}</td>
                      <td>{o.businessId ?? '–'}</td>
                      <td>{municipality(o.municipalityCode)}</td>
                      <td className="num">{o.memberCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager id="orgs-pager" total={list.data.total} limit={limit} offset={offset} onOffset={(o) => set({ offset: o }, false)} />
          </>
        )}
      </Section>
      <Section title={t('admin.organisations.createHeading')} id="orgs-create">
        <CreateOrganisation />
      </Section>
    </Page>
  );
}
