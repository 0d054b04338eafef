import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import { profileLimits, ZSkillsRequest, ZWorkRequest } from '../../../server/modules/talents/talents.schema';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, SelectField, useFormErrors, useMessage } from '../../app/forms';
import type { Profile } from '../../app/types';
import { ConceptSearchField } from '../taxonomy/ConceptSearchField';
import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource, type LinkedConcept, type LinkResponse } from '../taxonomy/taxonomyApi';
import { FormButtons, InputField, Marker, useFocusAfterRender, validateSection } from './fields';
import { useIsoNames } from './labels';
import { useSaveSection } from './profileApi';
import {
  emptyWork,
  focusAfterRemoval,
  hasSkill,
  numberFieldMessage,
  withAddedSkills,
  workDraft,
  workInput,
  type WorkDraft,
} from './profileForm';
import { SectionCard } from './SectionCard';
import type { SectionProps } from './sectionProps';
import { ConceptLabel, WorkList } from './views';

const suggestionLimit = 15;

/**
 * "Suggest skills from this description": the skills the taxonomy linker finds in a work
 * description, each with an Add button that adds it to the profile's skills at once.
 */
function DescriptionSkills({
  idPrefix,
  description,
  profile,
  apiBase,
}: {
  idPrefix: string;
  description: string;
  profile: Profile;
  apiBase: string;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [found, setFound] = useState<LinkedConcept[] | null>(null);
  const [empty, setEmpty] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  const errors = useFormErrors();
  const focusLater = useFocusAfterRender();
  const link = useMutation({
    mutationFn: (text: string) =>
      api<LinkResponse>('POST', '/api/taxonomy/link', { text, kinds: ['skill'], limit: suggestionLimit, lang: locale }),
    onSuccess: (result) => setFound(result.items),
    onError: (e) => errors.fromError(e),
  });
  const saveSkills = useSaveSection(apiBase, 'skills');
  const statusId = `${idPrefix}-found`;
  const addId = (uri: string) => `${idPrefix}-add-${found?.findIndex((c) => c.uri === uri) ?? -1}`;

  function suggest() {
    errors.clear();
    setAdded(null);
    setFull(false);
    setFound(null);
    if (!description.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    link.mutate(description);
  }

  function add(concept: LinkedConcept) {
    if (saveSkills.isPending) return;
    const body = withAddedSkills(profile.skills, [concept], 'work_history');
    if (!body) return;
    const parsed = ZSkillsRequest.safeParse(body);
    if (!parsed.success) {
      setFull(true);
      return;
    }
    const addable = (found ?? []).filter((c) => !hasSkill(profile.skills, c)).map((c) => addId(c.uri));
    const next = focusAfterRemoval(addable, addId(concept.uri));
    saveSkills.mutate(parsed.data, {
      onSuccess: () => {
        setAdded(concept.label);
        focusLater(next ?? statusId);
      },
      onError: (e) => errors.fromError(e),
    });
  }

  return (
    <div className="profile-description-skills">
      <Button type="button" variant="secondary" id={`${idPrefix}-suggest`} onClick={suggest} aria-disabled={link.isPending}>
        {t('profile.work.suggestSkills')}
      </Button>
      <FormError message={errors.form} />
      <div role="status">
        {empty && <p>{t('profile.work.suggestNeedsText')}</p>}
        {added && <p>{t('profile.work.skillAdded', { skill: added })}</p>}
        {full && <p>{t('profile.skills.full', { max: profileLimits.skills })}</p>}
      </div>
      {found && (
        <>
          <p id={statusId} tabIndex={-1} className="profile-subheading" role="status">
            {t('profile.work.skillsFound', { count: found.length })}
          </p>
          {found.length > 0 && (
            <ul className="profile-suggested-skills">
              {found.map((c, i) => (
                <li key={c.uri}>
                  <span>
                    <ConceptLabel concept={c} />
                  </span>
                  {hasSkill(profile.skills, c) ? (
                    <Marker>{t('profile.work.inSkills')}</Marker>
                  ) : (
                    <Button
                      type="button"
                      variant="secondary"
                      id={`${idPrefix}-add-${i}`}
                      aria-label={t('profile.work.addSkill', { skill: c.label })}
                      aria-disabled={saveSkills.isPending}
                      onClick={() => add(c)}
                    >
                      {t('profile.work.addSuggested')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function WorkForm({ profile, apiBase, close }: SectionProps & { close: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const msg = useMessage();
  const iso = useIsoNames();
  const source = useTaxonomySource();
  const [rows, setRows] = useState<WorkDraft[]>(() => workDraft(profile));
  const errors = useFormErrors();
  const save = useSaveSection(apiBase, 'work');
  const focusLater = useFocusAfterRender();
  const max = profileLimits.workItems;

  const change = (key: string, patch: Partial<WorkDraft>) => setRows((prev) => prev.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const update = (key: string, field: 'title' | 'employer' | 'country' | 'startYear' | 'endYear') => (value: string) =>
    change(key, { [field]: value });
  function add() {
    const row = emptyWork();
    setRows((prev) => [...prev, row]);
    focusLater(`work-${row.key}-title`);
  }
  function remove(key: string) {
    setRows((prev) => prev.filter((r) => r.key !== key));
    errors.clear();
    focusLater('work-add');
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const { input, issues } = workInput(rows);
    const body = validateSection(errors, ZWorkRequest, input, issues);
    if (body) save.mutate(body, { onSuccess: () => close(true), onError: (err) => errors.fromError(err) });
  }

  return (
    <form onSubmit={submit} noValidate className="form profile-form">
      <FormError message={errors.form} />
      {rows.length === 0 && <p>{t('profile.work.none')}</p>}
      {rows.map((r, i) => {
        const id = (f: string) => `work-${r.key}-${f}`;
        const err = (f: string) => errors.fields[`items.${i}.${f}`];
        return (
          <fieldset key={r.key} className="profile-row">
            <legend>{t('profile.work.item', { number: i + 1 })}</legend>
            <InputField
              id={id('title')}
              label={t('profile.work.title')}
              hint={t('profile.work.titleHint')}
              value={r.title}
              onChange={update(r.key, 'title')}
              error={err('title')}
            />
            <div className="profile-occupation">
              <ConceptSearchField
                id={id('occupation')}
                kind="occupation"
                label={t('profile.work.occupation')}
                hintText={t('profile.work.occupationHint')}
                value={r.occupation}
                onSelect={(hit) => change(r.key, { occupation: { uri: hit.uri, label: hit.label, labelLang: hit.labelLang } })}
                error={err('occupationUri')}
                showSource={false}
              />
              {r.occupation && (
                <Button
                  type="button"
                  variant="secondaryNoBorder"
                  id={id('occupation-clear')}
                  aria-label={t('profile.work.clearOccupationLabel', { occupation: r.occupation.label })}
                  onClick={() => {
                    change(r.key, { occupation: null });
                    focusLater(id('occupation'));
                  }}
                >
                  {t('profile.work.clearOccupation')}
                </Button>
              )}
            </div>
            <InputField
              id={id('employer')}
              label={t('profile.work.employer')}
              optional
              value={r.employer}
              onChange={update(r.key, 'employer')}
              error={err('employer')}
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
                hint={t('profile.work.endYearHint')}
                inputMode="numeric"
                short
                optional
                value={r.endYear}
                onChange={update(r.key, 'endYear')}
                error={numberFieldMessage(err('endYear'), 'year')}
              />
            </div>
            <div className="field">
              <Textarea
                id={id('description')}
                labelText={t('profile.work.description')}
                hintText={t('profile.work.descriptionHint')}
                optionalText={t('form.optional')}
                value={r.description}
                onChange={(e) => change(r.key, { description: e.target.value })}
                status={err('description') ? 'error' : 'default'}
                statusText={msg(err('description'))}
                aria-invalid={err('description') ? true : undefined}
                rows={5}
                fullWidth
              />
            </div>
            <DescriptionSkills idPrefix={id('skills')} description={r.description} profile={profile} apiBase={apiBase} />
            <Button
              type="button"
              variant="secondary"
              id={id('remove')}
              aria-label={t('profile.work.remove', { number: i + 1 })}
              onClick={() => remove(r.key)}
            >
              {t('profile.form.remove')}
            </Button>
          </fieldset>
        );
      })}
      {rows.length < max ? (
        <Button type="button" variant="secondary" id="work-add" onClick={add}>
          {t('profile.work.add')}
        </Button>
      ) : (
        <p id="work-add" tabIndex={-1}>
          {t('profile.form.maxItems', { max })}
        </p>
      )}
      <TaxonomySource source={source} />
      <FormButtons
        idPrefix="work"
        saveLabel={t('profile.work.save')}
        cancelLabel={t('profile.work.cancel')}
        pending={save.isPending}
        onCancel={() => close(false)}
      />
    </form>
  );
}

export function WorkSection(props: SectionProps) {
  const { t } = useTranslation();
  return (
    <SectionCard
      part="work"
      title={t('profile.work.heading')}
      editLabel={t('profile.work.edit')}
      savedText={t('profile.work.saved')}
      view={<WorkList items={props.profile.work} />}
      form={(close) => <WorkForm {...props} close={close} />}
    />
  );
}
