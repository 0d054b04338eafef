import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { ZAddMembershipRequest } from '../../../server/modules/people/people.schema';
import { roles } from '../../../server/platform/policy';
import { api, query } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, SelectField, Success, TextField, useFormErrors, useMunicipalityName } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { Pager } from '../../app/Pager';
import type { Organisation, Page as ListPage, PersonRow, Role } from '../../app/types';
import { useSearchState } from '../../app/useSearchState';
import { kindForRole } from '../organisations/InviteForm';
import { useAllOrganisations } from '../organisations/useAllOrganisations';

const limit = 20;

function AddRole({ person, organisations }: { person: PersonRow; organisations: Organisation[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [role, setRole] = useState<Role>('talent');
  const [organisationId, setOrganisationId] = useState('');
  const [done, setDone] = useState(false);
  const errors = useFormErrors();
  const kind = kindForRole(role);
  const add = useMutation({
    mutationFn: (body: unknown) => api('POST', '/api/admin/memberships', body),
    onSuccess: async () => {
      setDone(true);
      await qc.invalidateQueries({ queryKey: ['people'] });
    },
    onError: (e) => errors.fromError(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const body = errors.validate(ZAddMembershipRequest, { userId: person.id, role, organisationId: kind ? organisationId || null : null });
    if (!body) return;
    if (kind && !body.organisationId) return errors.fail({ organisationId: { key: 'validation.required' } });
    add.mutate(body);
  }
  const prefix = `add-role-${person.id}`;
  return (
    <details className="add-role">
      <summary>{t('admin.people.addRoleFor', { name: person.name })}</summary>
      <form onSubmit={submit} noValidate className="form">
        <FormError message={errors.form} />
        {done && <Success>{t('admin.people.roleAdded')}</Success>}
        <SelectField
          id={`${prefix}-role`}
          label={t('fields.role')}
          value={role}
          onChange={(v) => setRole(v as Role)}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={errors.fields.role}
        />
        {kind && (
          <SelectField
            id={`${prefix}-organisation`}
            label={t('fields.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            placeholder={t('form.choose')}
            options={organisations.filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name }))}
            error={errors.fields.organisationId}
          />
        )}
        <Button type="submit" id={`${prefix}-submit`} disabled={add.isPending}>
          {t('admin.people.addRole')}
        </Button>
      </form>
    </details>
  );
}

export function AdminPeoplePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const qc = useQueryClient();
  const municipality = useMunicipalityName();
  const { values, offset, set } = useSearchState(['q', 'role'] as const);
  const [q, setQ] = useState(values.q);
  const [role, setRole] = useState(values.role);
  const orgs = useAllOrganisations();
  const list = useQuery({
    queryKey: ['people', values, offset],
    queryFn: () => api<ListPage<PersonRow>>('GET', `/api/admin/people${query({ q: values.q, role: values.role, limit, offset })}`),
    placeholderData: keepPreviousData,
  });
  const errors = useFormErrors();
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/admin/memberships/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['people'] }),
    onError: (e) => errors.fromError(e),
  });
  return (
    <Page title={t('admin.people.title')} wide>
      <form
        className="filters"
        role="search"
        aria-label={t('admin.people.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          set({ q, role });
        }}
      >
        <TextField id="people-q" label={t('admin.people.search')} value={q} onChange={setQ} />
        <SelectField
          id="people-role"
          label={t('fields.role')}
          value={role}
          onChange={setRole}
          placeholder={t('form.all')}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <Button type="submit" id="people-search">
          {t('common.search')}
        </Button>
      </form>
      <FormError message={errors.form} />
      <Section title={t('admin.people.listHeading')} id="people-list">
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <FormError message={{ key: 'errors.server.error' }} />
        ) : list.data.items.length === 0 ? (
          <p role="status">{t('common.noResults')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table className="stack">
                <caption className="visually-hidden">{t('admin.people.listHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.name')}</th>
                    <th scope="col">{t('fields.homeMunicipality')}</th>
                    <th scope="col">{t('admin.people.roles')}</th>
                    <th scope="col">{t('admin.people.joined')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((p) => (
                    <tr key={p.id}>
                      <td className="stack-title">
                        <strong>{p.name}</strong>
                        <br />
                        <span className="muted">{p.email}</span>
                      </td>
                      <td data-label={t('fields.homeMunicipality')}>{municipality(p.municipalityCode)}</td>
                      <td data-label={t('admin.people.roles')}>
                        <ul className="roles">
                          {p.memberships.map((m) => (
                            <li key={m.id}>
                              {t(`roles.${m.role}`)}
                              {m.organisationName ? ` – ${m.organisationName}` : ''}{' '}
                              <button
                                type="button"
                                className="link-button"
                                aria-label={t('admin.people.removeRoleLabel', { role: t(`roles.${m.role}`), name: p.name })}
                                onClick={() => remove.mutate(m.id)}
                              >
                                {t('admin.people.removeRole')}
                              </button>
                            </li>
                          ))}
                        </ul>
                        <AddRole person={p} organisations={orgs.data ?? []} />
                      </td>
                      <td data-label={t('admin.people.joined')}>{f.date(p.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager id="people-pager" total={list.data.total} limit={limit} offset={offset} onOffset={(o) => set({ offset: o }, false)} />
          </>
        )}
      </Section>
    </Page>
  );
}
