import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { profileLimits, ZLanguagesRequest } from '../../../server/modules/talents/talents.schema';
import { cefrLevels, type CefrLevel } from '../../../shared/profile';
import { FormError, SelectField, useFormErrors } from '../../app/forms';
import type { Message } from '../../app/problem';
import { FormButtons, useFocusAfterRender, validateSection } from './fields';
import { useIsoNames, useProfileLabels } from './labels';
import { useSaveSection } from './profileApi';
import { focusAfterRemoval, isCoreLanguage, languagesDraft, languagesInput, rowKey, type LanguageDraft } from './profileForm';
import { SectionCard } from './SectionCard';
import type { SectionProps } from './sectionProps';
import { LanguageList } from './views';

const isLevel = (v: string): v is CefrLevel => (cefrLevels as readonly string[]).includes(v);

function LanguagesForm({ profile, apiBase, close }: SectionProps & { close: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const labels = useProfileLabels();
  const iso = useIsoNames();
  const [rows, setRows] = useState<LanguageDraft[]>(() => languagesDraft(profile));
  const [another, setAnother] = useState('');
  const [anotherError, setAnotherError] = useState<Message | undefined>(undefined);
  const errors = useFormErrors();
  const save = useSaveSection(apiBase, 'languages');
  const focusLater = useFocusAfterRender();
  const levelOptions = cefrLevels.map((v) => ({ value: v, label: labels.cefr(v) }));
  const otherOptions = iso.languageOptions.filter((o) => !rows.some((r) => r.language === o.value));

  function addLanguage() {
    if (!another) {
      setAnotherError({ key: 'validation.required' });
      return;
    }
    setAnotherError(undefined);
    const row: LanguageDraft = { key: rowKey(), language: another, level: '' };
    setRows((prev) => [...prev, row]);
    setAnother('');
    focusLater(`languages-${row.key}-level`);
  }
  function remove(row: LanguageDraft) {
    const removable = rows.filter((r) => !isCoreLanguage(r.language)).map((r) => r.key);
    const next = focusAfterRemoval(removable, row.key);
    setRows((prev) => prev.filter((r) => r.key !== row.key));
    errors.clear();
    focusLater(next ? `languages-${next}-remove` : 'languages-another');
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const { input } = languagesInput(rows);
    const body = validateSection(errors, ZLanguagesRequest, input);
    if (body) save.mutate(body, { onSuccess: () => close(true), onError: (err) => errors.fromError(err) });
  }
  // The request holds only the rows with a level: the n-th saved item is the n-th such row.
  const savedIndex = (key: string) => rows.filter((r) => r.level !== '').findIndex((r) => r.key === key);

  return (
    <form onSubmit={submit} noValidate className="form profile-form">
      <FormError message={errors.form} />
      <p className="profile-lead">{t('profile.languages.formLead')}</p>
      <ul className="profile-language-rows">
        {rows.map((r) => (
          <li key={r.key}>
            <SelectField
              id={`languages-${r.key}-level`}
              label={iso.language(r.language)}
              value={r.level}
              onChange={(v) => setRows((prev) => prev.map((x) => (x.key === r.key ? { ...x, level: isLevel(v) ? v : '' } : x)))}
              placeholder={t('profile.languages.notListed')}
              options={levelOptions}
              error={errors.fields[`items.${savedIndex(r.key)}.level`] ?? errors.fields[`items.${savedIndex(r.key)}.language`]}
            />
            {!isCoreLanguage(r.language) && (
              <Button
                type="button"
                variant="secondary"
                id={`languages-${r.key}-remove`}
                aria-label={t('profile.languages.remove', { language: iso.language(r.language) })}
                onClick={() => remove(r)}
              >
                {t('profile.form.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {rows.length < profileLimits.languages && (
        <div className="profile-add-row">
          <SelectField
            id="languages-another"
            label={t('profile.languages.another')}
            value={another}
            onChange={setAnother}
            placeholder={t('form.choose')}
            options={otherOptions}
            error={anotherError}
          />
          <Button type="button" variant="secondary" id="languages-add" onClick={addLanguage}>
            {t('profile.languages.add')}
          </Button>
        </div>
      )}
      <FormButtons
        idPrefix="languages"
        saveLabel={t('profile.languages.save')}
        cancelLabel={t('profile.languages.cancel')}
        pending={save.isPending}
        onCancel={() => close(false)}
      />
    </form>
  );
}

export function LanguagesSection(props: SectionProps) {
  const { t } = useTranslation();
  return (
    <SectionCard
      part="languages"
      title={t('profile.languages.heading')}
      editLabel={t('profile.languages.edit')}
      savedText={t('profile.languages.saved')}
      lead={<p className="profile-lead">{t('profile.languages.lead')}</p>}
      view={<LanguageList items={props.profile.languages} />}
      form={(close) => <LanguagesForm {...props} close={close} />}
    />
  );
}
