import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'suomifi-ui-components';
import { ZCreateServicePointRequest } from '../../../server/modules/walkins/walkins.schema';
import { api } from '../../app/api';
import { FormError, MunicipalityField, SelectField, Success, TextField, useFormErrors, useMunicipalityName } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { useAllOrganisations } from '../organisations/useAllOrganisations';
import { useServicePoints, type ServicePoint } from './walkinsApi';
import './walkins.css';

type Draft = { name: string; organisationId: string; municipalityCode: string; active: boolean };
const empty: Draft = { name: '', organisationId: '', municipalityCode: '', active: true };

/** Hub administrators add service points, rename them, move them to another partner, and close them. */
export function AdminServicePointsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const points = useServicePoints('all');
  const organisations = useAllOrganisations();
  const municipality = useMunicipalityName();
  const [editing, setEditing] = useState<ServicePoint | null>(null);
  const [d, setDraft] = useState<Draft>(empty);
  const [done, setDone] = useState('');
  const errors = useFormErrors();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((prev) => ({ ...prev, [key]: value }));
  const partners = (organisations.data ?? []).filter((o) => o.kind === 'partner');

  const save = useMutation({
    mutationFn: (body: object) =>
      editing
        ? api<ServicePoint>('PATCH', `/api/admin/service-points/${editing.id}`, body)
        : api<ServicePoint>('POST', '/api/admin/service-points', body),
    onSuccess: async (p) => {
      setDone(t(editing ? 'walkins.admin.saved' : 'walkins.admin.added', { name: p.name }));
      setEditing(null);
      setDraft(empty);
      await qc.invalidateQueries({ queryKey: ['service-points'] });
    },
    onError: (e) => errors.fromError(e),
  });

  function edit(p: ServicePoint) {
    setEditing(p);
    setDone('');
    errors.clear();
    setDraft({ name: p.name, organisationId: p.organisation.id, municipalityCode: p.municipalityCode ?? '', active: p.active });
    window.requestAnimationFrame(() => document.getElementById('point-name')?.focus());
  }
  function cancel() {
    const id = editing?.id;
    setEditing(null);
    setDraft(empty);
    errors.clear();
    if (id) window.requestAnimationFrame(() => document.getElementById(`point-edit-${id}`)?.focus());
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const body = errors.validate(ZCreateServicePointRequest, {
      name: d.name,
      organisationId: d.organisationId,
      municipalityCode: d.municipalityCode || null,
      active: d.active,
    });
    if (body) save.mutate(body);
  }

  const cols = {
    name: t('walkins.admin.name'),
    organisation: t('walkins.admin.organisation'),
    municipality: t('walkins.admin.municipality'),
    status: t('walkins.admin.status'),
    actions: t('walkins.mine.actions'),
  };
  if (points.isPending) return <Loading />;
  return (
    <Page title={t('walkins.admin.title')} lead={<p>{t('walkins.admin.lead')}</p>} wide>
      {points.isError && <FormError message={problemMessage(points.error)} />}
      {points.data && points.data.length === 0 && <p>{t('walkins.admin.empty')}</p>}
      {points.data && points.data.length > 0 && (
        <div className="table-wrap">
          <table className="stack walkins-points">
            <caption>{t('walkins.admin.caption')}</caption>
            <thead>
              <tr>
                {Object.values(cols).map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...points.data]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((p) => (
                  <tr key={p.id}>
                    <td className="stack-title">{p.name}</td>
                    <td data-label={cols.organisation}>{p.organisation.name}</td>
                    <td data-label={cols.municipality}>{p.municipalityCode ? municipality(p.municipalityCode) : '–'}</td>
                    <td data-label={cols.status}>{t(p.active ? 'walkins.admin.open' : 'walkins.admin.closedStatus')}</td>
                    <td>
                      <Button
                        type="button"
                        variant="secondary"
                        id={`point-edit-${p.id}`}
                        aria-label={t('walkins.admin.editLabel', { name: p.name })}
                        onClick={() => edit(p)}
                      >
                        {t('walkins.admin.edit')}
                      </Button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
      <Section
        title={editing ? t('walkins.admin.editHeading', { name: editing.name }) : t('walkins.admin.addHeading')}
        id="point-form-heading"
      >
        <form onSubmit={submit} noValidate className="form narrow" aria-labelledby="point-form-heading">
          <FormError message={errors.form} />
          {done && <Success>{done}</Success>}
          <TextField
            id="point-name"
            label={t('walkins.admin.name')}
            value={d.name}
            onChange={(v) => set('name', v)}
            error={errors.fields.name}
          />
          <SelectField
            id="point-organisation"
            label={t('walkins.admin.organisation')}
            value={d.organisationId}
            onChange={(v) => set('organisationId', v)}
            placeholder={t('form.choose')}
            options={partners.map((o) => ({ value: o.id, label: o.name }))}
            error={errors.fields.organisationId}
          />
          <MunicipalityField
            id="point-municipality"
            label={t('walkins.admin.municipality')}
            value={d.municipalityCode}
            onChange={(v) => set('municipalityCode', v)}
            error={errors.fields.municipalityCode}
          />
          <Checkbox id="point-active" checked={d.active} onClick={({ checkboxState }) => set('active', checkboxState)}>
            {t('walkins.admin.active')}
          </Checkbox>
          <div className="openings-buttons">
            <Button type="submit" id="point-submit" aria-disabled={save.isPending}>
              {editing ? t('walkins.admin.save') : t('walkins.admin.add')}
            </Button>
            {editing && (
              <Button type="button" variant="secondary" id="point-cancel" onClick={cancel}>
                {t('walkins.admin.cancel')}
              </Button>
            )}
          </div>
          {save.isError && !errors.form && <FormError message={problemMessage(save.error)} />}
        </form>
      </Section>
    </Page>
  );
}
