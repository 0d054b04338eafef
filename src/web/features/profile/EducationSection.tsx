import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { profileLimits, ZEducationRequest } from '../../../server/modules/talents/talents.schema';
import { iscedLevels, recognitionStatuses } from '../../../shared/profile';
import { FormError, SelectField, useFormErrors } from '../../app/forms';
import { FormButtons, InputField, useFocusAfterRender, validateSection } from './fields';
import { useIsoNames, useProfileLabels } from './labels';
import { useSaveSection } from './profileApi';
import { educationDraft, educationInput, emptyEducation, numberFieldMessage, type EducationDraft } from './profileForm';
import { SectionCard } from './SectionCard';
import type { SectionProps } from './sectionProps';
import { EducationList } from './views';

function EducationForm({ profile, apiBase, close }: SectionProps & { close: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const labels = useProfileLabels();
  const iso = useIsoNames();
  const [rows, setRows] = useState<EducationDraft[]>(() => educationDraft(profile));
  const errors = useFormErrors();
  const save = useSaveSection(apiBase, 'education');
  const focusLater = useFocusAfterRender();
  const max = profileLimits.educationItems;

  const update = (key: string, field: keyof EducationDraft) => (value: string) =>
    setRows((prev) => prev.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  function add() {
    const row = emptyEducation();
    setRows((prev) => [...prev, row]);
    focusLater(`education-${row.key}-level`);
  }
  function remove(key: string) {
    setRows((prev) => prev.filter((r) => r.key !== key));
    errors.clear();
    focusLater('education-add');
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const { input, issues } = educationInput(rows);
    const body = validateSection(errors, ZEducationRequest, input, issues);
    if (body) save.mutate(body, { onSuccess: () => close(true), onError: (err) => errors.fromError(err) });
  }

  return (
    <form onSubmit={submit} noValidate className="form profile-form">
      <FormError message={errors.form} />
      {rows.length === 0 && <p>{t('profile.education.none')}</p>}
      {rows.map((r, i) => {
        const id = (f: string) => `education-${r.key}-${f}`;
        const err = (f: string) => errors.fields[`items.${i}.${f}`];
        return (
          <fieldset key={r.key} className="profile-row">
            <legend>{t('profile.education.item', { number: i + 1 })}</legend>
            <SelectField
              id={id('level')}
              label={t('profile.education.level')}
              value={r.level}
              onChange={update(r.key, 'level')}
              placeholder={t('form.choose')}
              options={iscedLevels.map((v) => ({ value: v, label: labels.isced(v) }))}
              error={err('level')}
            />
            <InputField
              id={id('field')}
              label={t('profile.education.field')}
              hint={t('profile.education.fieldHint')}
              value={r.field}
              onChange={update(r.key, 'field')}
              error={err('field')}
            />
            <InputField
              id={id('institution')}
              label={t('profile.education.institution')}
              optional
              value={r.institution}
              onChange={update(r.key, 'institution')}
              error={err('institution')}
            />
            <SelectField
              id={id('country')}
              label={t('profile.country')}
              value={r.country}
              onChange={update(r.key, 'country')}
              placeholder={t('form.choose')}
              options={iso.countryOptions}
              error={err('country')}
            />
            <div className="profile-years-row">
              <InputField
                id={id('start')}
                label={t('profile.startYear')}
                inputMode="numeric"
                short
                optional
                value={r.startYear}
                onChange={update(r.key, 'startYear')}
                error={numberFieldMessage(err('startYear'), 'year')}
              />
              <InputField
                id={id('end')}
                label={t('profile.endYear')}
                hint={t('profile.education.endYearHint')}
                inputMode="numeric"
                short
                optional
                value={r.endYear}
                onChange={update(r.key, 'endYear')}
                error={numberFieldMessage(err('endYear'), 'year')}
              />
            </div>
            <SelectField
              id={id('recognition')}
              label={t('profile.education.recognition')}
              hint={t('profile.education.recognitionHint')}
              value={r.recognition}
              onChange={update(r.key, 'recognition')}
              placeholder={t('form.choose')}
              options={recognitionStatuses.map((v) => ({ value: v, label: labels.recognition(v) }))}
              error={err('recognition')}
            />
            <Button
              type="button"
              variant="secondary"
              id={id('remove')}
              aria-label={t('profile.education.remove', { number: i + 1 })}
              onClick={() => remove(r.key)}
            >
              {t('profile.form.remove')}
            </Button>
          </fieldset>
        );
      })}
      {rows.length < max ? (
        <Button type="button" variant="secondary" id="education-add" onClick={add}>
          {t('profile.education.add')}
        </Button>
      ) : (
        <p id="education-add" tabIndex={-1}>
          {t('profile.form.maxItems', { max })}
        </p>
      )}
      <FormButtons
        idPrefix="education"
        saveLabel={t('profile.education.save')}
        cancelLabel={t('profile.education.cancel')}
        pending={save.isPending}
        onCancel={() => close(false)}
      />
    </form>
  );
}

export function EducationSection(props: SectionProps) {
  const { t } = useTranslation();
  return (
    <SectionCard
      part="education"
      title={t('profile.education.heading')}
      editLabel={t('profile.education.edit')}
      savedText={t('profile.education.saved')}
      view={<EducationList items={props.profile.education} />}
      form={(close) => <EducationForm {...props} close={close} />}
    />
  );
}
