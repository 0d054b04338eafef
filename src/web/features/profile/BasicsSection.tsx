import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Checkbox, CheckboxGroup } from 'suomifi-ui-components';
import { ZBasicsRequest } from '../../../server/modules/talents/talents.schema';
import { drivingLicenceClasses, permitBases, workingTimes } from '../../../shared/profile';
import { useFormat } from '../../app/format';
import { FormError, MunicipalityField, SelectField, useFormErrors, useMessage, useMunicipalityName } from '../../app/forms';
import type { Message } from '../../app/problem';
import type { Profile } from '../../app/types';
import { DateField } from '../../app/DateField';
import { FormButtons, InputField, validateSection } from './fields';
import { useProfileLabels } from './labels';
import { useSaveSection } from './profileApi';
import { basicsDraft, basicsInput, numberFieldMessage, type BasicsDraft } from './profileForm';
import { SectionCard } from './SectionCard';
import type { SectionProps } from './sectionProps';

function BasicsView({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useProfileLabels();
  const municipality = useMunicipalityName();
  const b = profile.basics;
  const notStated = t('profile.notStated');
  const rows: [string, string][] = [
    [t('fields.name'), profile.name],
    [t('fields.email'), profile.email],
    [t('fields.homeMunicipality'), municipality(profile.municipalityCode)],
    [t('profile.basics.phone'), b.phone ?? notStated],
    [t('profile.basics.arrivalYear'), b.arrivalYear === null ? notStated : String(b.arrivalYear)],
    [t('profile.basics.permitBasis'), b.permitBasis ? labels.permit(b.permitBasis) : notStated],
    [t('profile.basics.availableFrom'), b.availableFrom ? f.date(`${b.availableFrom}T00:00:00`) : notStated],
    [t('profile.basics.workingTime'), b.workingTime ? labels.workingTime(b.workingTime) : notStated],
    [t('profile.basics.drivingLicences'), b.drivingLicences.length ? b.drivingLicences.join(', ') : t('profile.basics.noLicences')],
  ];
  return (
    <dl className="profile-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="profile-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The schema's phone pattern carries its own message, which the generic format message would hide. */
const phoneMessage = (m: Message | undefined): Message | undefined =>
  m?.key === 'validation.invalid_format' ? { key: 'validation.phone_format' } : m;

function BasicsForm({ profile, apiBase, self, close }: SectionProps & { close: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const labels = useProfileLabels();
  const msg = useMessage();
  const [d, setDraft] = useState<BasicsDraft>(() => basicsDraft(profile));
  const set =
    <K extends keyof BasicsDraft>(key: K) =>
    (value: BasicsDraft[K]) =>
      setDraft((prev) => ({ ...prev, [key]: value }));
  const errors = useFormErrors();
  const save = useSaveSection(apiBase, 'basics');
  const notStated = t('profile.notStated');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const { input, issues } = basicsInput(d, drivingLicenceClasses);
    const body = validateSection(errors, ZBasicsRequest, input, issues);
    if (body) save.mutate(body, { onSuccess: () => close(true), onError: (err) => errors.fromError(err) });
  }

  function toggleLicence(code: string, on: boolean) {
    setDraft((prev) => ({
      ...prev,
      drivingLicences: on ? [...prev.drivingLicences.filter((c) => c !== code), code] : prev.drivingLicences.filter((c) => c !== code),
    }));
  }

  return (
    <form onSubmit={submit} noValidate className="form profile-form">
      <FormError message={errors.form} />
      <p className="profile-lead">{t('profile.basics.completeHint')}</p>
      <InputField
        id="basics-name"
        label={t('fields.name')}
        value={d.name}
        onChange={set('name')}
        error={errors.fields.name}
        {...(self ? { autoComplete: 'name' } : {})}
      />
      <div className="readonly-field">
        <span className="field-label">{t('fields.email')}</span> {profile.email}
        {self && (
          <p className="field-hint profile-hint-after">
            <RLink to="/account">{t('profile.basics.emailOnAccountPage')}</RLink>
          </p>
        )}
      </div>
      <MunicipalityField
        id="basics-municipality"
        label={t('fields.homeMunicipality')}
        value={d.municipalityCode}
        onChange={set('municipalityCode')}
        error={errors.fields.municipalityCode}
      />
      <InputField
        id="basics-phone"
        label={t('profile.basics.phone')}
        hint={t('profile.basics.phoneHint')}
        type="tel"
        optional
        value={d.phone}
        onChange={set('phone')}
        error={phoneMessage(errors.fields.phone)}
        {...(self ? { autoComplete: 'tel' } : {})}
      />
      <InputField
        id="basics-arrival-year"
        label={t('profile.basics.arrivalYear')}
        hint={t('profile.basics.arrivalYearHint')}
        inputMode="numeric"
        short
        optional
        value={d.arrivalYear}
        onChange={set('arrivalYear')}
        error={numberFieldMessage(errors.fields.arrivalYear, 'year')}
      />
      <SelectField
        id="basics-permit"
        label={t('profile.basics.permitBasis')}
        hint={t('profile.basics.permitBasisHint')}
        value={d.permitBasis}
        onChange={set('permitBasis')}
        placeholder={notStated}
        options={permitBases.map((v) => ({ value: v, label: labels.permit(v) }))}
        error={errors.fields.permitBasis}
      />
      <DateField
        id="basics-available"
        label={t('profile.basics.availableFrom')}
        hint={t('profile.basics.availableFromHint')}
        value={d.availableFrom}
        onChange={set('availableFrom')}
        error={errors.fields.availableFrom}
      />
      <SelectField
        id="basics-working-time"
        label={t('profile.basics.workingTime')}
        value={d.workingTime}
        onChange={set('workingTime')}
        placeholder={notStated}
        options={workingTimes.map((v) => ({ value: v, label: labels.workingTime(v) }))}
        error={errors.fields.workingTime}
      />
      <CheckboxGroup
        id="basics-licences"
        labelText={t('profile.basics.drivingLicences')}
        groupHintText={t('profile.basics.drivingLicencesHint')}
        className="profile-licences"
        {...(errors.fields.drivingLicences ? { groupStatus: 'error' as const, groupStatusText: msg(errors.fields.drivingLicences) } : {})}
      >
        {drivingLicenceClasses.map((c) => (
          <Checkbox
            key={c}
            id={`basics-licence-${c}`}
            checked={d.drivingLicences.includes(c)}
            onClick={({ checkboxState }) => toggleLicence(c, checkboxState)}
          >
            {c}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <FormButtons
        idPrefix="basics"
        saveLabel={t('profile.basics.save')}
        cancelLabel={t('profile.basics.cancel')}
        pending={save.isPending}
        onCancel={() => close(false)}
      />
    </form>
  );
}

export function BasicsSection(props: SectionProps) {
  const { t } = useTranslation();
  return (
    <SectionCard
      part="basics"
      title={t('profile.basics.heading')}
      editLabel={t('profile.basics.edit')}
      savedText={t('profile.basics.saved')}
      view={<BasicsView profile={props.profile} />}
      form={(close) => <BasicsForm {...props} close={close} />}
    />
  );
}
