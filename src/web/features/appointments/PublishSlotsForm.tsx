import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { appointmentLimits, ZCreateSlotsRequest } from '../../../server/modules/appointments/appointments.schema';
import { appointmentKinds, appointmentModes, type AppointmentKind, type AppointmentMode } from '../../../shared/guidance';
import { FormError, SelectField, Success, useFormErrors } from '../../app/forms';
import { useFormat } from '../../app/format';
import type { FieldMessages } from '../../app/problem';
import { DateField } from '../../app/DateField';
import { isIsoDate } from '../../app/dates';
import { InputField, validateSection } from '../profile/fields';
import { startTimes, useCreateSlots } from './appointmentsApi';

const durations = [15, 30, 45, 60, 90, 120, 180];
const maxRepeat = 8;

type Draft = {
  kind: AppointmentKind;
  mode: AppointmentMode;
  date: string;
  time: string;
  duration: string;
  repeat: string;
  title: string;
  capacity: string;
  place: string;
  link: string;
};

const empty: Draft = {
  kind: 'individual',
  mode: 'in_person',
  date: '',
  time: '',
  duration: '45',
  repeat: '1',
  title: '',
  capacity: '12',
  place: '',
  link: '',
};

/**
 * The counsellor publishes free times: one individual appointment or several back to back, or
 * a group guidance session with a title and a number of seats. Checked with the server's schema.
 */
export function PublishSlotsForm() {
  const { t } = useTranslation();
  const f = useFormat();
  const errors = useFormErrors();
  const create = useCreateSlots();
  const [d, setDraft] = useState<Draft>(empty);
  const [done, setDone] = useState<string | null>(null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((p) => ({ ...p, [k]: v }));
  const group = d.kind === 'group';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const duration = Number(d.duration);
    const starts = startTimes(d.date, d.time, duration, group ? 1 : Number(d.repeat));
    const issues: FieldMessages = {};
    if (!d.date) issues.date = { key: 'validation.required' };
    else if (!isIsoDate(d.date)) issues.date = { key: 'validation.invalid_date' };
    else if (!starts) issues.time = { key: d.time ? 'appointments.form.timeInvalid' : 'validation.required' };
    else if (new Date(starts[0]!).getTime() <= Date.now()) issues.time = { key: 'errors.slot.past' };
    const capacity = group ? Number(d.capacity) : 1;
    if (group && (!/^\d+$/.test(d.capacity.trim()) || capacity < 2))
      issues.capacity = { key: 'validation.number_too_small', values: { minimum: 2 } };
    const input = validateSection(
      errors,
      ZCreateSlotsRequest,
      {
        kind: d.kind,
        mode: d.mode,
        title: group ? d.title : null,
        place: d.mode === 'in_person' ? d.place : null,
        link: d.mode === 'video' ? d.link : null,
        capacity,
        durationMinutes: duration,
        startsAt: starts ?? [],
      },
      issues,
    );
    if (!input) return;
    create.mutate(input, {
      onSuccess: (r) => {
        const first = r.items[0];
        setDone(
          t('appointments.form.published', {
            count: r.items.length,
            when: first ? f.dateTime(first.startsAt) : '',
          }),
        );
        setDraft((p) => ({ ...empty, kind: p.kind, mode: p.mode, place: p.place, link: p.link, duration: p.duration }));
        errors.clear();
      },
      onError: (err) => errors.fromError(err),
    });
  };

  const fe = errors.fields;
  return (
    <form className="appointments-form" onSubmit={submit} noValidate aria-labelledby="publish-heading">
      <FormError message={errors.form} />
      {done && <Success>{done}</Success>}
      <RadioButtonGroup
        id="slot-kind"
        name="kind"
        labelText={t('appointments.form.kind')}
        value={d.kind}
        onChange={(v) => set('kind', v === 'group' ? 'group' : 'individual')}
      >
        {appointmentKinds.map((k) => (
          <RadioButton key={k} value={k} id={`slot-kind-${k}`} hintText={t(`appointments.kind.${k}Hint`)}>
            {t(`appointments.kind.${k}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {group && (
        <>
          <InputField
            id="slot-title"
            label={t('appointments.form.title')}
            value={d.title}
            onChange={(v) => set('title', v)}
            error={fe.title}
            hint={t('appointments.form.titleHint', { max: appointmentLimits.title })}
          />
          <InputField
            id="slot-capacity"
            label={t('appointments.form.capacity')}
            value={d.capacity}
            onChange={(v) => set('capacity', v)}
            error={fe.capacity}
            inputMode="numeric"
            short
          />
        </>
      )}
      <div className="appointments-when">
        <DateField
          id="slot-date"
          label={t('appointments.form.date')}
          value={d.date}
          onChange={(v) => set('date', v)}
          error={fe.date ?? fe['startsAt.0'] ?? fe.startsAt}
        />
        <InputField
          id="slot-time"
          label={t('appointments.form.time')}
          hint={t('appointments.form.timeHint')}
          value={d.time}
          onChange={(v) => set('time', v)}
          error={fe.time}
          inputMode="numeric"
          short
        />
        <SelectField
          id="slot-duration"
          label={t('appointments.form.duration')}
          value={d.duration}
          onChange={(v) => set('duration', v)}
          options={durations.map((m) => ({ value: String(m), label: t('appointments.form.minutes', { count: m }) }))}
          error={fe.durationMinutes}
        />
        {!group && (
          <SelectField
            id="slot-repeat"
            label={t('appointments.form.repeat')}
            hint={t('appointments.form.repeatHint')}
            value={d.repeat}
            onChange={(v) => set('repeat', v)}
            options={Array.from({ length: maxRepeat }, (_, i) => ({ value: String(i + 1), label: f.number(i + 1) }))}
          />
        )}
      </div>
      <RadioButtonGroup
        id="slot-mode"
        name="mode"
        labelText={t('appointments.form.mode')}
        value={d.mode}
        onChange={(v) => set('mode', appointmentModes.find((m) => m === v) ?? 'in_person')}
      >
        {appointmentModes.map((m) => (
          <RadioButton key={m} value={m} id={`slot-mode-${m}`}>
            {t(`appointments.mode.${m}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {d.mode === 'in_person' && (
        <InputField
          id="slot-place"
          label={t('appointments.form.place')}
          hint={t('appointments.form.placeHint')}
          value={d.place}
          onChange={(v) => set('place', v)}
          error={fe.place}
        />
      )}
      {d.mode === 'video' && (
        <InputField
          id="slot-link"
          label={t('appointments.form.link')}
          hint={t('appointments.form.linkHint')}
          value={d.link}
          onChange={(v) => set('link', v)}
          error={fe.link}
        />
      )}
      <Button id="slot-publish" type="submit" disabled={create.isPending}>
        {group ? t('appointments.form.publishGroup') : t('appointments.form.publish')}
      </Button>
    </form>
  );
}
