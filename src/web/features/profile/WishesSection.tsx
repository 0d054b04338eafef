import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { profileLimits, ZWishesRequest } from '../../../server/modules/talents/talents.schema';
import { remoteWishes } from '../../../shared/profile';
import { FormError, MunicipalityField, SelectField, useFormErrors, useMunicipalityName } from '../../app/forms';
import type { Message } from '../../app/problem';
import { ConceptSearchField } from '../taxonomy/ConceptSearchField';
import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource } from '../taxonomy/taxonomyApi';
import { FormButtons, useFocusAfterRender, validateSection } from './fields';
import { useProfileLabels } from './labels';
import { useSaveSection } from './profileApi';
import { focusAfterRemoval, wishesDraft, wishesInput, type WishesDraft } from './profileForm';
import { SectionCard } from './SectionCard';
import type { SectionProps } from './sectionProps';
import { ConceptLabel, WishesView } from './views';

function WishesForm({ profile, apiBase, close }: SectionProps & { close: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const labels = useProfileLabels();
  const municipalityName = useMunicipalityName();
  const source = useTaxonomySource();
  const [d, setDraft] = useState<WishesDraft>(() => wishesDraft(profile));
  // An occupation accepted from the CV while the form is open joins the list, so saving does not drop it.
  const [seen, setSeen] = useState(profile.wishes.occupations);
  if (profile.wishes.occupations !== seen) {
    const known = (list: { uri: string }[], uri: string) => list.some((o) => o.uri === uri);
    const fresh = profile.wishes.occupations.filter((o) => !known(seen, o.uri) && !known(d.occupations, o.uri));
    setSeen(profile.wishes.occupations);
    if (fresh.length) setDraft({ ...d, occupations: [...d.occupations, ...fresh] });
  }
  const [searchRound, setSearchRound] = useState(0);
  const [municipality, setMunicipality] = useState('');
  const [municipalityError, setMunicipalityError] = useState<Message | undefined>(undefined);
  const [status, setStatus] = useState('');
  const errors = useFormErrors();
  const save = useSaveSection(apiBase, 'wishes');
  const focusLater = useFocusAfterRender();

  function addOccupation(o: WishesDraft['occupations'][number]) {
    if (d.occupations.some((x) => x.uri === o.uri)) setStatus(t('profile.wishes.alreadyAdded', { item: o.label }));
    else if (d.occupations.length >= profileLimits.wishOccupations)
      setStatus(t('profile.form.maxItems', { max: profileLimits.wishOccupations }));
    else {
      setDraft((prev) => ({ ...prev, occupations: [...prev.occupations, o] }));
      setStatus(t('profile.wishes.added', { item: o.label }));
    }
    setSearchRound((n) => n + 1);
    focusLater('wishes-occupation');
  }
  function removeOccupation(uri: string, label: string) {
    const index = d.occupations.findIndex((o) => o.uri === uri);
    const remaining = d.occupations.length - 1;
    setDraft((prev) => ({ ...prev, occupations: prev.occupations.filter((o) => o.uri !== uri) }));
    setStatus(t('profile.wishes.removed', { item: label }));
    errors.clear();
    // The ids follow the position: the next item takes the removed one's place, else the previous one is focused.
    focusLater(remaining > 0 ? `wishes-occupation-${Math.min(index, remaining - 1)}-remove` : 'wishes-occupation');
  }
  function addMunicipality() {
    if (!municipality) {
      setMunicipalityError({ key: 'validation.required' });
      return;
    }
    setMunicipalityError(undefined);
    const name = municipalityName(municipality);
    if (d.municipalityCodes.includes(municipality)) setStatus(t('profile.wishes.alreadyAdded', { item: name }));
    else if (d.municipalityCodes.length >= profileLimits.wishMunicipalities)
      setStatus(t('profile.form.maxItems', { max: profileLimits.wishMunicipalities }));
    else {
      setDraft((prev) => ({ ...prev, municipalityCodes: [...prev.municipalityCodes, municipality] }));
      setStatus(t('profile.wishes.added', { item: name }));
    }
    setMunicipality('');
  }
  function removeMunicipality(code: string) {
    const next = focusAfterRemoval(d.municipalityCodes, code);
    setDraft((prev) => ({ ...prev, municipalityCodes: prev.municipalityCodes.filter((c) => c !== code) }));
    setStatus(t('profile.wishes.removed', { item: municipalityName(code) }));
    errors.clear();
    focusLater(next ? `wishes-municipality-${next}-remove` : 'wishes-municipality');
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const { input } = wishesInput(d);
    const body = validateSection(errors, ZWishesRequest, input);
    if (body) save.mutate(body, { onSuccess: () => close(true), onError: (err) => errors.fromError(err) });
  }
  const occupationError = Object.entries(errors.fields).find(([k]) => k.startsWith('occupationUris'))?.[1];
  const municipalitiesError = Object.entries(errors.fields).find(([k]) => k.startsWith('municipalityCodes'))?.[1];

  return (
    <form onSubmit={submit} noValidate className="form profile-form">
      <FormError message={errors.form} />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <fieldset className="profile-group">
        <legend>{t('profile.wishes.occupations')}</legend>
        {d.occupations.length > 0 && (
          <ul className="profile-removable">
            {d.occupations.map((o, i) => (
              <li key={o.uri}>
                <span>
                  <ConceptLabel concept={o} />
                </span>
                <Button
                  type="button"
                  variant="secondary"
                  id={`wishes-occupation-${i}-remove`}
                  aria-label={t('profile.wishes.remove', { item: o.label })}
                  onClick={() => removeOccupation(o.uri, o.label)}
                >
                  {t('profile.form.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <ConceptSearchField
          key={searchRound}
          id="wishes-occupation"
          kind="occupation"
          label={t('profile.wishes.addOccupation')}
          hintText={t('profile.wishes.addOccupationHint')}
          showSource={false}
          error={occupationError}
          onSelect={(hit) => addOccupation({ uri: hit.uri, label: hit.label, labelLang: hit.labelLang })}
        />
      </fieldset>
      <fieldset className="profile-group">
        <legend>{t('profile.wishes.municipalities')}</legend>
        {d.municipalityCodes.length > 0 && (
          <ul className="profile-removable">
            {d.municipalityCodes.map((code) => (
              <li key={code}>
                <span>{municipalityName(code)}</span>
                <Button
                  type="button"
                  variant="secondary"
                  id={`wishes-municipality-${code}-remove`}
                  aria-label={t('profile.wishes.remove', { item: municipalityName(code) })}
                  onClick={() => removeMunicipality(code)}
                >
                  {t('profile.form.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {municipalitiesError && <p className="field-error">{t('errors.municipality.unknown')}</p>}
        <div className="profile-add-row">
          <MunicipalityField
            id="wishes-municipality"
            label={t('profile.wishes.addMunicipality')}
            value={municipality}
            onChange={setMunicipality}
            error={municipalityError}
          />
          <Button type="button" variant="secondary" id="wishes-municipality-add" onClick={addMunicipality}>
            {t('profile.wishes.addMunicipalityButton')}
          </Button>
        </div>
      </fieldset>
      <SelectField
        id="wishes-remote"
        label={t('profile.wishes.remote')}
        value={d.remote}
        onChange={(v) => setDraft((prev) => ({ ...prev, remote: v }))}
        placeholder={t('profile.notStated')}
        options={remoteWishes.map((v) => ({ value: v, label: labels.remote(v) }))}
        error={errors.fields.remote}
      />
      <TaxonomySource source={source} />
      <FormButtons
        idPrefix="wishes"
        saveLabel={t('profile.wishes.save')}
        cancelLabel={t('profile.wishes.cancel')}
        pending={save.isPending}
        onCancel={() => close(false)}
      />
    </form>
  );
}

export function WishesSection(props: SectionProps) {
  const { t } = useTranslation();
  return (
    <SectionCard
      part="wishes"
      title={t('profile.wishes.heading')}
      editLabel={t('profile.wishes.edit')}
      savedText={t('profile.wishes.saved')}
      view={<WishesView wishes={props.profile.wishes} />}
      form={(close) => <WishesForm {...props} close={close} />}
    />
  );
}
