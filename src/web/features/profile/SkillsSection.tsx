import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { profileLimits, ZSkillsRequest } from '../../../server/modules/talents/talents.schema';
import { FormError, useFormErrors } from '../../app/forms';
import type { Message } from '../../app/problem';
import { ConceptSearchField } from '../taxonomy/ConceptSearchField';
import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource } from '../taxonomy/taxonomyApi';
import { FormButtons, InputField, Marker, useFocusAfterRender, validateSection } from './fields';
import { useSaveSection } from './profileApi';
import { focusAfterRemoval, hasSkill, numberFieldMessage, rowKey, skillsDraft, skillsInput, type SkillDraft } from './profileForm';
import { SectionCard } from './SectionCard';
import type { SectionProps } from './sectionProps';
import { ConceptLabel, SkillList } from './views';

function SkillsForm({ profile, apiBase, close }: SectionProps & { close: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const source = useTaxonomySource();
  const [rows, setRows] = useState<SkillDraft[]>(() => skillsDraft(profile));
  // Skills added elsewhere while the form is open (from a work description, an accepted CV
  // suggestion) join the list, so saving the form does not drop them.
  const [seen, setSeen] = useState(profile.skills);
  if (profile.skills !== seen) {
    const fresh = skillsDraft(profile).filter((s) => !hasSkill(seen, s) && !hasSkill(rows, s));
    setSeen(profile.skills);
    if (fresh.length) setRows([...rows, ...fresh]);
  }
  const [searchRound, setSearchRound] = useState(0);
  const [freeText, setFreeText] = useState('');
  const [freeError, setFreeError] = useState<Message | undefined>(undefined);
  const [status, setStatus] = useState('');
  const errors = useFormErrors();
  const save = useSaveSection(apiBase, 'skills');
  const focusLater = useFocusAfterRender();
  const max = profileLimits.skills;
  const full = rows.length >= max;

  function append(skill: Omit<SkillDraft, 'key' | 'years' | 'source'>): boolean {
    if (hasSkill(rows, skill)) {
      setStatus(t('profile.skills.alreadyAdded', { skill: skill.label }));
      return false;
    }
    if (full) {
      setStatus(t('profile.skills.full', { max }));
      return false;
    }
    setRows((prev) => [...prev, { ...skill, key: rowKey(), years: '', source: 'manual' }]);
    setStatus(t('profile.skills.added', { skill: skill.label }));
    return true;
  }

  function addFree() {
    const label = freeText.trim();
    if (!label) {
      setFreeError({ key: 'validation.required' });
      return;
    }
    if (label.length > profileLimits.text) {
      setFreeError({ key: 'validation.too_big', values: { maximum: profileLimits.text } });
      return;
    }
    setFreeError(undefined);
    if (append({ uri: null, label, labelLang: null })) setFreeText('');
  }

  function remove(row: SkillDraft) {
    const next = focusAfterRemoval(
      rows.map((r) => r.key),
      row.key,
    );
    setRows((prev) => prev.filter((r) => r.key !== row.key));
    setStatus(t('profile.skills.removed', { skill: row.label }));
    errors.clear();
    focusLater(next ? `skills-${next}-remove` : 'skills-search');
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const { input, issues } = skillsInput(rows);
    const body = validateSection(errors, ZSkillsRequest, input, issues);
    if (body) save.mutate(body, { onSuccess: () => close(true), onError: (err) => errors.fromError(err) });
  }

  return (
    <form onSubmit={submit} noValidate className="form profile-form">
      <FormError message={errors.form} />
      <ConceptSearchField
        key={searchRound}
        id="skills-search"
        kind="skill"
        label={t('profile.skills.search')}
        hintText={t('profile.skills.searchHint')}
        showSource={false}
        onSelect={(hit) => {
          append({ uri: hit.uri, label: hit.label, labelLang: hit.labelLang });
          setSearchRound((n) => n + 1);
          focusLater('skills-search');
        }}
      />
      <div className="profile-free-skill">
        <InputField
          id="skills-free"
          label={t('profile.skills.freeText')}
          hint={t('profile.skills.freeTextHint')}
          value={freeText}
          onChange={setFreeText}
          error={freeError}
        />
        <Button type="button" variant="secondary" id="skills-free-add" onClick={addFree}>
          {t('profile.skills.addFreeText')}
        </Button>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {errors.fields.items && <p className="field-error">{t('validation.duplicate')}</p>}
      <p className="profile-subheading">{t('profile.skills.count', { count: rows.length, max })}</p>
      {rows.length > 0 && (
        <ul className="profile-skill-rows">
          {rows.map((r, i) => {
            const uriError = errors.fields[`items.${i}.uri`];
            return (
              <li key={r.key}>
                <div className="profile-skill-name">
                  <ConceptLabel concept={r} />
                  {r.uri === null && (
                    <>
                      {' '}
                      <Marker>{t('profile.skills.notLinked')}</Marker>
                    </>
                  )}
                  {uriError && <p className="field-error">{t('validation.concept_unknown')}</p>}
                </div>
                <InputField
                  id={`skills-${r.key}-years`}
                  label={
                    <>
                      {t('profile.skills.years')}
                      <span className="visually-hidden">, {r.label}</span>
                    </>
                  }
                  inputMode="numeric"
                  short
                  optional
                  value={r.years}
                  onChange={(v) => setRows((prev) => prev.map((x) => (x.key === r.key ? { ...x, years: v } : x)))}
                  error={numberFieldMessage(errors.fields[`items.${i}.years`], 'skillYears')}
                />
                <Button
                  type="button"
                  variant="secondary"
                  id={`skills-${r.key}-remove`}
                  aria-label={t('profile.skills.remove', { skill: r.label })}
                  onClick={() => remove(r)}
                >
                  {t('profile.form.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <TaxonomySource source={source} />
      <FormButtons
        idPrefix="skills"
        saveLabel={t('profile.skills.save')}
        cancelLabel={t('profile.skills.cancel')}
        pending={save.isPending}
        onCancel={() => close(false)}
      />
    </form>
  );
}

export function SkillsSection(props: SectionProps) {
  const { t } = useTranslation();
  return (
    <SectionCard
      part="skills"
      title={t('profile.skills.heading')}
      editLabel={t('profile.skills.edit')}
      savedText={t('profile.skills.saved')}
      lead={<p className="profile-lead">{t('profile.skills.lead')}</p>}
      view={<SkillList items={props.profile.skills} />}
      form={(close) => <SkillsForm {...props} close={close} />}
    />
  );
}
