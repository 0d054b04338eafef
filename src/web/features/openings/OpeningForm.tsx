/* eslint-disable max-lines -- one form whose sections share the draft state and the field errors */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { openingLimits, ZOpeningRequest } from '../../../server/modules/openings/openings.schema';
import { openingKinds } from '../../../shared/employer';
import { cefrLevels, remoteWishes, workingTimes } from '../../../shared/profile';
import { FormError, MunicipalityField, SelectField, TextField, useFormErrors, useMessage, useMunicipalityName } from '../../app/forms';
import type { Message } from '../../app/problem';
import type { Opening, SkillSuggestion } from '../../app/types';
import { DateField } from '../../app/DateField';
import { FormButtons, InputField, Marker, useFocusAfterRender, validateSection } from '../profile/fields';
import { useIsoNames, useProfileLabels } from '../profile/labels';
import { focusAfterRemoval, rowKey } from '../profile/profileForm';
import { ConceptLabel } from '../profile/views';
import { ConceptSearchField } from '../taxonomy/ConceptSearchField';
import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource } from '../taxonomy/taxonomyApi';
import { useOpeningLabels } from './labels';
import { isLevel, openingInput, orderSuggestions, withSkill, type ConceptRef, type OpeningDraft } from './openingForm';
import { useSaveOpening, useSuggestSkills } from './openingsApi';

type Props = {
  initial: OpeningDraft;
  organisationId: string | undefined;
  /** The opening being edited; none for a new one. */
  id?: string;
  /** The title of the opening, naming the Save and Cancel buttons. */
  name?: string;
  onDone: (saved: Opening | null) => void;
};

function SuggestionSource({ s }: { s: SkillSuggestion }) {
  const { t } = useTranslation();
  switch (s.source) {
    case 'occupation_essential':
      return <Marker>{t('openings.suggest.occupationEssential')}</Marker>;
    case 'occupation_optional':
      return <span className="profile-entry-meta">{t('openings.suggest.occupationOptional')}</span>;
    case 'description':
      return (
        <span className="profile-entry-meta">
          {s.evidence ? t('openings.suggest.fromDescriptionWords', { words: s.evidence }) : t('openings.suggest.fromDescription')}
        </span>
      );
  }
}

/** The whole opening as one form, checked with the server's ZOpeningRequest before sending. */
export function OpeningForm({ initial, organisationId, id, name, onDone }: Props) {
  const { t } = useTranslation();
  const msg = useMessage();
  const labels = useProfileLabels();
  const openingLabels = useOpeningLabels();
  const iso = useIsoNames();
  const municipalityName = useMunicipalityName();
  const source = useTaxonomySource();
  const [d, setDraft] = useState<OpeningDraft>(initial);
  const [skillRound, setSkillRound] = useState(0);
  const [municipality, setMunicipality] = useState('');
  const [municipalityError, setMunicipalityError] = useState<Message | undefined>(undefined);
  const [status, setStatus] = useState('');
  const errors = useFormErrors();
  const save = useSaveOpening(organisationId, id);
  const suggest = useSuggestSkills();
  const focusLater = useFocusAfterRender();
  const set = <K extends keyof OpeningDraft>(key: K, value: OpeningDraft[K]) => setDraft((prev) => ({ ...prev, [key]: value }));
  const fieldError = (prefix: string) => Object.entries(errors.fields).find(([k]) => k === prefix || k.startsWith(`${prefix}.`))?.[1];
  const suggestions = suggest.data ? orderSuggestions(suggest.data.items).filter((s) => !d.skills.some((x) => x.uri === s.uri)) : [];
  const levelOptions = cefrLevels.map((v) => ({ value: v, label: labels.cefr(v) }));

  function addSkill(skill: ConceptRef, essential: boolean, focusId: string | null) {
    if (!d.skills.some((s) => s.uri === skill.uri) && d.skills.length >= openingLimits.skills) {
      setStatus(t('profile.form.maxItems', { max: openingLimits.skills }));
      return;
    }
    setDraft((prev) => ({ ...prev, skills: withSkill(prev.skills, skill, essential) }));
    setStatus(t(essential ? 'openings.skills.addedEssential' : 'openings.skills.addedOptional', { skill: skill.label }));
    if (focusId) focusLater(focusId);
  }
  function removeSkill(uri: string, label: string) {
    const index = d.skills.findIndex((s) => s.uri === uri);
    const remaining = d.skills.length - 1;
    setDraft((prev) => ({ ...prev, skills: prev.skills.filter((s) => s.uri !== uri) }));
    setStatus(t('openings.skills.removed', { skill: label }));
    // The ids follow the position: the next skill takes the removed one's place, else the previous one is focused.
    focusLater(remaining > 0 ? `opening-skill-${Math.min(index, remaining - 1)}-remove` : 'opening-skill-search');
  }
  function askSuggestions() {
    suggest.mutate(
      {
        description: d.description.slice(0, openingLimits.description),
        ...(d.occupation ? { occupationUri: d.occupation.uri } : {}),
        ...(d.descriptionLang ? { lang: d.descriptionLang } : {}),
      },
      { onSuccess: () => focusLater('opening-suggestions-heading') },
    );
  }
  function addLanguage() {
    const row = { key: rowKey(), language: '', level: '' as const, must: false };
    setDraft((prev) => ({ ...prev, languages: [...prev.languages, row] }));
    focusLater(`opening-language-${row.key}-language`);
  }
  function removeLanguage(key: string) {
    const next = focusAfterRemoval(
      d.languages.map((l) => l.key),
      key,
    );
    setDraft((prev) => ({ ...prev, languages: prev.languages.filter((l) => l.key !== key) }));
    errors.clear();
    focusLater(next ? `opening-language-${next}-remove` : 'opening-language-add');
  }
  function addMunicipality() {
    if (!municipality) {
      setMunicipalityError({ key: 'validation.required' });
      return;
    }
    setMunicipalityError(undefined);
    const label = municipalityName(municipality);
    if (d.municipalityCodes.includes(municipality)) setStatus(t('profile.wishes.alreadyAdded', { item: label }));
    else if (d.municipalityCodes.length >= openingLimits.municipalities)
      setStatus(t('profile.form.maxItems', { max: openingLimits.municipalities }));
    else {
      setDraft((prev) => ({ ...prev, municipalityCodes: [...prev.municipalityCodes, municipality] }));
      setStatus(t('profile.wishes.added', { item: label }));
    }
    setMunicipality('');
  }
  function removeMunicipality(code: string) {
    const next = focusAfterRemoval(d.municipalityCodes, code);
    setDraft((prev) => ({ ...prev, municipalityCodes: prev.municipalityCodes.filter((c) => c !== code) }));
    setStatus(t('profile.wishes.removed', { item: municipalityName(code) }));
    focusLater(next ? `opening-municipality-${next}-remove` : 'opening-municipality');
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const { input, issues } = openingInput(d);
    const body = validateSection(errors, ZOpeningRequest, input, issues);
    if (body) save.mutate(body, { onSuccess: (o) => onDone(o), onError: (err) => errors.fromError(err) });
  }
  const title = name ?? (d.title.trim() || t('openings.new.title'));

  return (
    <form onSubmit={submit} noValidate className="form openings-form">
      <FormError message={errors.form} />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <RadioButtonGroup
        id="opening-kind"
        name="kind"
        labelText={t('openings.field.kind')}
        value={d.kind}
        onChange={(v) => set('kind', v === 'talent_need' ? 'talent_need' : 'opening')}
      >
        {openingKinds.map((k) => (
          <RadioButton
            key={k}
            value={k}
            id={`opening-kind-${k}`}
            hintText={t(k === 'opening' ? 'openings.kind.openingHint' : 'openings.kind.talentNeedHint')}
          >
            {openingLabels.kind(k)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <TextField
        id="opening-title"
        label={t('openings.field.title')}
        value={d.title}
        onChange={(v) => set('title', v)}
        error={errors.fields.title}
      />
      <ConceptSearchField
        id="opening-occupation"
        kind="occupation"
        label={t('openings.field.occupation')}
        hintText={t('openings.field.occupationHint')}
        value={d.occupation}
        showSource={false}
        error={errors.fields.occupationUri}
        onSelect={(hit) => set('occupation', { uri: hit.uri, label: hit.label, labelLang: hit.labelLang })}
      />
      <div className="field">
        <Textarea
          id="opening-description"
          labelText={t('openings.field.description')}
          hintText={t('openings.field.descriptionHint')}
          value={d.description}
          onChange={(e) => set('description', e.target.value)}
          status={errors.fields.description ? 'error' : 'default'}
          statusText={msg(errors.fields.description)}
          aria-invalid={errors.fields.description ? true : undefined}
          rows={8}
          fullWidth
        />
      </div>
      <SelectField
        id="opening-description-lang"
        label={t('openings.field.descriptionLang')}
        hint={t('openings.field.descriptionLangHint')}
        value={d.descriptionLang}
        onChange={(v) => set('descriptionLang', v)}
        placeholder={t('profile.notStated')}
        options={iso.languageOptionsKeeping([d.descriptionLang])}
        error={errors.fields.descriptionLang}
      />

      <fieldset className="profile-group">
        <legend>{t('openings.skills.heading')}</legend>
        <p className="profile-lead">{t('openings.skills.lead')}</p>
        <div className="openings-buttons">
          <Button
            type="button"
            variant="secondary"
            id="opening-suggest"
            aria-disabled={suggest.isPending}
            onClick={() => !suggest.isPending && askSuggestions()}
          >
            {t('openings.suggest.button')}
          </Button>
        </div>
        {suggest.isPending && <p role="status">{t('openings.suggest.pending')}</p>}
        {suggest.isError && <FormError message={{ key: 'openings.suggest.failed' }} />}
        {suggest.data && (
          <div className="openings-suggestions">
            <p className="profile-subheading" id="opening-suggestions-heading" tabIndex={-1}>
              {t('openings.suggest.heading', { count: suggestions.length })}
            </p>
            {suggestions.length > 0 && (
              <ul className="openings-suggestion-list">
                {suggestions.map((s, i) => (
                  <li key={s.uri}>
                    <span className="openings-suggestion-name">
                      <ConceptLabel concept={s} /> <SuggestionSource s={s} />
                    </span>
                    <span className="openings-buttons">
                      <Button
                        type="button"
                        variant="secondary"
                        id={`opening-suggestion-${i}-essential`}
                        aria-label={t('openings.suggest.addEssentialLabel', { skill: s.label })}
                        onClick={() =>
                          addSkill(s, true, suggestions[i + 1] ? `opening-suggestion-${i}-essential` : 'opening-suggestions-heading')
                        }
                      >
                        {t('openings.suggest.addEssential')}
                      </Button>
                      <Button
                        type="button"
                        variant="secondary"
                        id={`opening-suggestion-${i}-optional`}
                        aria-label={t('openings.suggest.addOptionalLabel', { skill: s.label })}
                        onClick={() =>
                          addSkill(s, false, suggestions[i + 1] ? `opening-suggestion-${i}-optional` : 'opening-suggestions-heading')
                        }
                      >
                        {t('openings.suggest.addOptional')}
                      </Button>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <ConceptSearchField
          key={skillRound}
          id="opening-skill-search"
          kind="skill"
          label={t('openings.skills.search')}
          hintText={t('openings.skills.searchHint')}
          showSource={false}
          onSelect={(hit) => {
            addSkill(hit, true, null);
            setSkillRound((n) => n + 1);
            focusLater('opening-skill-search');
          }}
        />
        {fieldError('skills') && <p className="field-error">{msg(fieldError('skills'))}</p>}
        <p className="profile-subheading">{t('openings.skills.count', { count: d.skills.length, max: openingLimits.skills })}</p>
        {d.skills.length > 0 && (
          <ul className="openings-skill-rows">
            {d.skills.map((s, i) => (
              <li key={s.uri}>
                <span className="openings-skill-name">
                  <ConceptLabel concept={s} />
                </span>
                <Checkbox
                  id={`opening-skill-${i}-essential`}
                  checked={s.essential}
                  onClick={({ checkboxState }) => addSkill(s, checkboxState, null)}
                >
                  {t('openings.skills.essential')}
                  <span className="visually-hidden">, {s.label}</span>
                </Checkbox>
                <Button
                  type="button"
                  variant="secondary"
                  id={`opening-skill-${i}-remove`}
                  aria-label={t('openings.skills.remove', { skill: s.label })}
                  onClick={() => removeSkill(s.uri, s.label)}
                >
                  {t('profile.form.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <TaxonomySource source={source} />
      </fieldset>

      <fieldset className="profile-group">
        <legend>{t('openings.languages.heading')}</legend>
        {d.languages.length === 0 && <p className="profile-lead">{t('openings.languages.none')}</p>}
        <ul className="openings-language-rows">
          {d.languages.map((l, i) => {
            const langName = l.language ? iso.language(l.language) : t('openings.languages.row', { n: i + 1 });
            return (
              <li key={l.key}>
                <SelectField
                  id={`opening-language-${l.key}-language`}
                  label={t('openings.languages.languageN', { n: i + 1 })}
                  value={l.language}
                  placeholder={t('form.choose')}
                  options={iso
                    .languageOptionsKeeping([l.language])
                    .filter((o) => o.value === l.language || !d.languages.some((x) => x.language === o.value))}
                  onChange={(v) =>
                    set(
                      'languages',
                      d.languages.map((x) => (x.key === l.key ? { ...x, language: v } : x)),
                    )
                  }
                  error={
                    errors.fields[`languages.${i}.language`] ??
                    (errors.fields.languages && i === d.languages.length - 1 ? errors.fields.languages : undefined)
                  }
                />
                <SelectField
                  id={`opening-language-${l.key}-level`}
                  label={t('openings.languages.level', { language: langName })}
                  value={l.level}
                  placeholder={t('form.choose')}
                  options={levelOptions}
                  onChange={(v) =>
                    set(
                      'languages',
                      d.languages.map((x) => (x.key === l.key ? { ...x, level: isLevel(v) ? v : '' } : x)),
                    )
                  }
                  error={errors.fields[`languages.${i}.level`]}
                />
                <Checkbox
                  id={`opening-language-${l.key}-must`}
                  checked={l.must}
                  hintText={t('openings.languages.mustHint')}
                  onClick={({ checkboxState }) =>
                    set(
                      'languages',
                      d.languages.map((x) => (x.key === l.key ? { ...x, must: checkboxState } : x)),
                    )
                  }
                >
                  {t('openings.languages.must')}
                  <span className="visually-hidden">, {langName}</span>
                </Checkbox>
                <Button
                  type="button"
                  variant="secondary"
                  id={`opening-language-${l.key}-remove`}
                  aria-label={t('openings.languages.remove', { language: langName })}
                  onClick={() => removeLanguage(l.key)}
                >
                  {t('profile.form.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
        {d.languages.length < openingLimits.languages && (
          <div className="openings-buttons">
            <Button type="button" variant="secondary" id="opening-language-add" onClick={addLanguage}>
              {t('openings.languages.add')}
            </Button>
          </div>
        )}
      </fieldset>

      <fieldset className="profile-group">
        <legend>{t('openings.field.place')}</legend>
        <SelectField
          id="opening-remote"
          label={t('openings.field.remote')}
          value={d.remote}
          onChange={(v) => set('remote', remoteWishes.find((x) => x === v) ?? 'on_site')}
          options={remoteWishes.map((v) => ({ value: v, label: labels.remote(v) }))}
          error={errors.fields.remote}
        />
        {d.municipalityCodes.length > 0 && (
          <ul className="profile-removable">
            {d.municipalityCodes.map((code) => (
              <li key={code}>
                <span>{municipalityName(code)}</span>
                <Button
                  type="button"
                  variant="secondary"
                  id={`opening-municipality-${code}-remove`}
                  aria-label={t('profile.wishes.remove', { item: municipalityName(code) })}
                  onClick={() => removeMunicipality(code)}
                >
                  {t('profile.form.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="profile-add-row">
          <MunicipalityField
            id="opening-municipality"
            label={t('openings.field.municipality')}
            hint={t('openings.field.municipalityHint')}
            value={municipality}
            onChange={setMunicipality}
            error={municipalityError ?? fieldError('municipalityCodes')}
          />
          <Button type="button" variant="secondary" id="opening-municipality-add" onClick={addMunicipality}>
            {t('profile.wishes.addMunicipalityButton')}
          </Button>
        </div>
      </fieldset>

      <SelectField
        id="opening-working-time"
        label={t('openings.field.workingTime')}
        value={d.workingTime}
        onChange={(v) => set('workingTime', workingTimes.find((x) => x === v) ?? 'full_time')}
        options={workingTimes.map((v) => ({ value: v, label: labels.workingTime(v) }))}
        error={errors.fields.workingTime}
      />
      <DateField
        id="opening-start-date"
        label={t('openings.field.startDate')}
        hint={t('openings.field.startDateHint')}
        value={d.startDate}
        onChange={(v) => set('startDate', v)}
        error={errors.fields.startDate}
      />
      <fieldset className="profile-group">
        <legend>{t('openings.field.salary')}</legend>
        <p className="profile-lead">{t('openings.field.salaryHint')}</p>
        <div className="openings-salary">
          <InputField
            id="opening-salary-min"
            label={t('openings.field.salaryMin')}
            inputMode="numeric"
            short
            optional
            value={d.salaryMin}
            onChange={(v) => set('salaryMin', v)}
            error={errors.fields.salaryMin}
          />
          <InputField
            id="opening-salary-max"
            label={t('openings.field.salaryMax')}
            inputMode="numeric"
            short
            optional
            value={d.salaryMax}
            onChange={(v) => set('salaryMax', v)}
            error={errors.fields.salaryMax}
          />
        </div>
      </fieldset>
      <FormButtons
        idPrefix="opening"
        saveLabel={t('openings.form.save', { title })}
        cancelLabel={t('openings.form.cancel', { title })}
        pending={save.isPending}
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
