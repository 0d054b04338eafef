import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type { z } from 'zod';
import { ZMatchWeights, type ZMatchWeightsView } from '../../../server/modules/matching/matching.schema';
import { api } from '../../app/api';
import { FormError, Success, TextField, useFormErrors } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';

type View = z.infer<typeof ZMatchWeightsView>;
type Weights = View['weights'];
const parts = ['essentialSkills', 'optionalSkills', 'occupation', 'languages', 'location', 'availability'] as const;
const key = ['admin', 'matching-weights'] as const;

/** Weights shown and typed as percentages (0–100); stored as 0–1. */
const toText = (w: Weights) =>
  Object.fromEntries(parts.map((p) => [p, String(Math.round(w[p] * 100))])) as Record<(typeof parts)[number], string>;
const fromText = (t: Record<(typeof parts)[number], string>) =>
  Object.fromEntries(parts.map((p) => [p, t[p].trim() === '' ? NaN : Number(t[p].replace(',', '.')) / 100]));

function WeightsForm({ view }: { view: View }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const errors = useFormErrors();
  const [text, setText] = useState(() => toText(view.weights));
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (w: Weights) => api<View>('PUT', '/api/admin/matching-weights', w),
    onSuccess: (v) => {
      qc.setQueryData(key, v);
      setText(toText(v.weights));
      setSaved(true);
    },
    onError: (e) => errors.fromError(e),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const w = errors.validate(ZMatchWeights, fromText(text));
    if (w) save.mutate(w);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="weights-heading">
      <FormError message={errors.form} />
      {/* A rule about all the weights together (at least one above zero) has no single field. */}
      <FormError message={errors.fields[''] ?? null} />
      {saved && <Success>{t('matching.weights.saved')}</Success>}
      {parts.map((p) => (
        <TextField
          key={p}
          id={`weight-${p}`}
          label={t(`matching.weights.part.${p}`)}
          hint={t('matching.weights.hint', { value: Math.round(view.defaults[p] * 100) })}
          value={text[p]}
          onChange={(v) => setText({ ...text, [p]: v })}
          error={errors.fields[p]}
        />
      ))}
      <div className="contacts-actions">
        <Button type="submit" id="weights-save" disabled={save.isPending}>
          {t('matching.weights.save')}
        </Button>
        <Button type="button" variant="secondary" id="weights-defaults" onClick={() => setText(toText(view.defaults))}>
          {t('matching.weights.useDefaults')}
        </Button>
      </div>
    </form>
  );
}

/** The hub administrator sets how much each part of a match weighs in every ranking of the hub. */
export function AdminWeightsPage() {
  const { t } = useTranslation();
  const view = useQuery({ queryKey: key, queryFn: () => api<View>('GET', '/api/admin/matching-weights') });
  return (
    <Page title={t('matching.weights.title')} lead={<p>{t('matching.weights.lead')}</p>}>
      <Section title={t('matching.weights.heading')} id="weights-heading">
        <p>{view.data?.custom ? t('matching.weights.custom') : t('matching.weights.defaultsInUse')}</p>
        {view.isPending ? <Loading /> : view.data && <WeightsForm view={view.data} />}
      </Section>
    </Page>
  );
}
