import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Button, Checkbox, CheckboxGroup, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { ageBands, walkInLanguages, walkInTopics, type AgeBand, type WalkInLanguage, type WalkInTopic } from '../../../shared/guidance';
import { api } from '../../app/api';
import { ConfirmAction } from '../../app/ConfirmAction';
import { useFormat } from '../../app/format';
import { FormError, SelectField, TextField, useFormErrors, useMessage } from '../../app/forms';
import { languageOptions } from '../../app/languages';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage, type Message } from '../../app/problem';
import {
  clockTime,
  myWalkInsKey,
  rememberPoint,
  rememberedPoint,
  todayAt,
  useMyWalkIns,
  useServicePoints,
  useWalkInLabels,
  type SavedWalkIn,
  type WalkIn,
} from './walkinsApi';
import './walkins.css';

const firstTopicId = `walkin-topic-${walkInTopics[0]}`;

type Draft = {
  topics: WalkInTopic[];
  language: WalkInLanguage | '';
  ageBand: AgeBand | '';
  referralGiven: boolean;
  nextStepGiven: boolean;
  /** The time typed by the adviser; null while it follows the clock. */
  time: string | null;
};

/** An empty form for the next visitor: nothing of the previous one is carried over. */
const fresh = (): Draft => ({
  topics: [],
  language: '',
  ageBand: '',
  referralGiven: false,
  nextStepGiven: false,
  time: null,
});

/** The clock, to the minute, for the time field's default. */
function useClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * Logging anonymous walk-ins at a service point, made for a row of visitors: the point is
 * chosen once, Enter saves from any field, and after saving the form is ready for the next
 * visitor with the focus on the first topic and the count of the day announced.
 */
export function WalkInsPage() {
  const { t } = useTranslation();
  const msg = useMessage();
  const labels = useWalkInLabels();
  const { locale } = useFormat();
  // Named languages in the order of every language picker; "other language" stays last.
  const languageChoices = [
    ...languageOptions(
      walkInLanguages.filter((l) => l !== 'other'),
      locale,
      { nameOf: (c) => labels.language(c as WalkInLanguage) },
    ),
    { value: 'other', label: labels.language('other') },
  ];
  const qc = useQueryClient();
  const points = useServicePoints();
  const mine = useMyWalkIns();
  const now = useClock();
  const [pointId, setPointId] = useState(rememberedPoint);
  const [d, setDraft] = useState<Draft>(fresh);
  const [status, setStatus] = useState('');
  /** The entry of today being corrected, if any; the form then edits it instead of adding one. */
  const [editing, setEditing] = useState<WalkIn | null>(null);
  const errors = useFormErrors();
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((prev) => ({ ...prev, [key]: value }));

  // Only the points of the adviser's own organisations take their walk-ins (decision 0014).
  const active = (points.data ?? []).filter((p) => p.own);
  // A remembered point that has since closed is not offered.
  const point = active.find((p) => p.id === pointId);

  const focusFirstTopic = () => window.requestAnimationFrame(() => document.getElementById(firstTopicId)?.focus());

  const save = useMutation({
    mutationFn: ({ body, id }: { body: object; id: string | null }) =>
      id ? api<SavedWalkIn>('PUT', `/api/walk-ins/${id}`, body) : api<SavedWalkIn>('POST', '/api/walk-ins', body),
    onSuccess: async (saved, { id }) => {
      setDraft(fresh());
      setEditing(null);
      errors.clear();
      setStatus(
        id
          ? t('walkins.log.corrected', { time: clockTime(new Date(saved.item.at)) })
          : t('walkins.log.saved', { count: saved.todayAtPoint, point: saved.item.servicePointName }),
      );
      focusFirstTopic();
      await qc.invalidateQueries({ queryKey: myWalkInsKey });
    },
    onError: (e) => errors.fromError(e),
  });
  const remove = useMutation({
    mutationFn: (w: WalkIn) => api('DELETE', `/api/walk-ins/${w.id}`),
    onSuccess: async (_r, w) => {
      if (editing?.id === w.id) cancelCorrection();
      setStatus(t('walkins.mine.deleted', { time: clockTime(new Date(w.at)) }));
      focusFirstTopic();
      await qc.invalidateQueries({ queryKey: myWalkInsKey });
    },
    onError: (e) => setStatus(msg(problemMessage(e)) ?? ''),
  });

  function correct(w: WalkIn) {
    setEditing(w);
    errors.clear();
    setStatus('');
    setDraft({
      topics: w.topics,
      language: w.language,
      ageBand: w.ageBand,
      referralGiven: w.referralGiven,
      nextStepGiven: w.nextStepGiven,
      time: null,
    });
    focusFirstTopic();
  }
  function cancelCorrection() {
    setEditing(null);
    setDraft(fresh());
    errors.clear();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const fields: Record<string, Message> = {};
    if (!point && !editing) fields.servicePointId = { key: 'walkins.field.servicePointRequired' };
    if (d.topics.length === 0) fields.topics = { key: 'walkins.field.topicsRequired' };
    if (!d.language) fields.language = { key: 'validation.invalid_value' };
    if (!d.ageBand) fields.ageBand = { key: 'validation.invalid_value' };
    const at = d.time === null ? undefined : todayAt(d.time);
    if (at === null || (at && at.getTime() > Date.now() + 60_000)) fields.at = { key: 'walkins.field.timeInvalid' };
    if (Object.keys(fields).length) {
      errors.fail(fields);
      setStatus('');
      return;
    }
    save.mutate({
      id: editing?.id ?? null,
      body: {
        // A correction keeps the entry's service point, and its time unless a new one is typed.
        servicePointId: editing?.servicePointId ?? pointId,
        topics: walkInTopics.filter((x) => d.topics.includes(x)),
        language: d.language,
        ageBand: d.ageBand,
        referralGiven: d.referralGiven,
        nextStepGiven: d.nextStepGiven,
        ...(at ? { at: at.toISOString() } : {}),
      },
    });
  }

  /** Enter saves from a checkbox, radio button or list too, not only from a text field. */
  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
      e.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  const fieldError = (key: string) => msg(errors.fields[key]);
  const timeError = errors.fields.at;

  if (points.isPending) return <Loading />;
  return (
    <Page title={t('walkins.log.title')} lead={<p>{t('walkins.log.lead')}</p>} wide>
      <p className="visually-hidden" role="status" aria-live="polite" id="walkin-status">
        {status}
      </p>
      {points.isError && <FormError message={problemMessage(points.error)} />}
      {points.data && active.length === 0 && <p>{t('walkins.log.noPoints')}</p>}
      {active.length > 0 && (
        <form
          ref={formRef}
          onSubmit={submit}
          onKeyDown={onKeyDown}
          noValidate
          className="form walkins-form"
          aria-label={t('walkins.log.formLabel')}
        >
          <FormError message={errors.form} />
          {editing && (
            <p className="walkins-correcting" id="walkin-correcting">
              {t('walkins.log.correcting', { time: clockTime(new Date(editing.at)) })}
            </p>
          )}
          <SelectField
            id="walkin-point"
            label={t('walkins.field.servicePoint')}
            hint={t('walkins.field.servicePointHint')}
            value={point ? pointId : ''}
            onChange={(v) => {
              setPointId(v);
              rememberPoint(v);
            }}
            placeholder={t('form.choose')}
            options={active.map((p) => ({ value: p.id, label: p.name }))}
            error={errors.fields.servicePointId}
          />
          <CheckboxGroup
            id="walkin-topics"
            labelText={t('walkins.field.topics')}
            className="walkins-topics"
            {...(errors.fields.topics ? { groupStatus: 'error' as const, groupStatusText: fieldError('topics') } : {})}
          >
            {walkInTopics.map((topic) => (
              <Checkbox
                key={topic}
                id={`walkin-topic-${topic}`}
                checked={d.topics.includes(topic)}
                onClick={({ checkboxState }) =>
                  set('topics', checkboxState ? [...d.topics.filter((x) => x !== topic), topic] : d.topics.filter((x) => x !== topic))
                }
              >
                {labels.topic(topic)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <RadioButtonGroup
            id="walkin-language"
            name="walkin-language"
            className="walkins-choices"
            labelText={t('walkins.field.language')}
            value={d.language}
            onChange={(v) => set('language', walkInLanguages.find((x) => x === v) ?? '')}
            {...(errors.fields.language ? { groupStatus: 'error' as const, groupStatusText: fieldError('language') } : {})}
          >
            {languageChoices.map((l) => (
              <RadioButton key={l.value} value={l.value} id={`walkin-language-${l.value}`}>
                {l.label}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          <RadioButtonGroup
            id="walkin-age"
            name="walkin-age"
            className="walkins-choices"
            labelText={t('walkins.field.ageBand')}
            value={d.ageBand}
            onChange={(v) => set('ageBand', ageBands.find((x) => x === v) ?? '')}
            {...(errors.fields.ageBand ? { groupStatus: 'error' as const, groupStatusText: fieldError('ageBand') } : {})}
          >
            {ageBands.map((a) => (
              <RadioButton key={a} value={a} id={`walkin-age-${a}`}>
                {labels.ageBand(a)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          <CheckboxGroup id="walkin-outcome" labelText={t('walkins.field.outcome')}>
            <Checkbox id="walkin-referral" checked={d.referralGiven} onClick={({ checkboxState }) => set('referralGiven', checkboxState)}>
              {t('walkins.field.referralGiven')}
            </Checkbox>
            <Checkbox id="walkin-next-step" checked={d.nextStepGiven} onClick={({ checkboxState }) => set('nextStepGiven', checkboxState)}>
              {t('walkins.field.nextStepGiven')}
            </Checkbox>
          </CheckboxGroup>
          <div className="walkins-time">
            <TextField
              id="walkin-time"
              label={t('walkins.field.time')}
              hint={t('walkins.field.timeHint')}
              value={d.time ?? clockTime(editing ? new Date(editing.at) : now)}
              onChange={(v) => set('time', v)}
              error={timeError}
            />
          </div>
          <div className="openings-buttons">
            <Button
              type="submit"
              id="walkin-save"
              aria-disabled={save.isPending}
              {...(editing ? { 'aria-describedby': 'walkin-correcting' } : {})}
            >
              {editing ? t('walkins.log.saveCorrection') : t('walkins.log.save')}
            </Button>
            {editing && (
              <Button
                type="button"
                variant="secondary"
                id="walkin-cancel-correction"
                onClick={() => {
                  const id = editing.id;
                  cancelCorrection();
                  window.requestAnimationFrame(() => document.getElementById(`walkin-correct-${id}`)?.focus());
                }}
              >
                {t('walkins.log.cancelCorrection')}
              </Button>
            )}
          </div>
        </form>
      )}
      <Section title={t('walkins.mine.heading')} id="walkins-mine">
        <p>{t('walkins.mine.lead')}</p>
        {mine.isError && <FormError message={problemMessage(mine.error)} />}
        {mine.data && mine.data.items.length === 0 && <p>{t('walkins.mine.empty')}</p>}
        {mine.data && mine.data.items.length > 0 && (
          <MyEntries items={mine.data.items} onCorrect={correct} onDelete={(w) => remove.mutate(w)} />
        )}
        <p>
          <RLink to="/walk-ins/figures">{t('walkins.home.figuresLink')}</RLink>
        </p>
      </Section>
    </Page>
  );
}

function MyEntries({ items, onCorrect, onDelete }: { items: WalkIn[]; onCorrect: (w: WalkIn) => void; onDelete: (w: WalkIn) => void }) {
  const { t } = useTranslation();
  const labels = useWalkInLabels();
  const cols = {
    time: t('walkins.field.time'),
    point: t('walkins.field.servicePoint'),
    topics: t('walkins.field.topics'),
    language: t('walkins.field.language'),
    age: t('walkins.field.ageBand'),
    referral: t('walkins.field.referralGiven'),
    nextStep: t('walkins.field.nextStepGiven'),
    actions: t('walkins.mine.actions'),
  };
  return (
    <div className="table-wrap">
      <table className="stack walkins-mine">
        <caption>{t('walkins.mine.caption')}</caption>
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
          {items.map((w) => {
            const time = clockTime(new Date(w.at));
            return (
              <tr key={w.id}>
                <td className="stack-title">{time}</td>
                <td data-label={cols.point}>{w.servicePointName}</td>
                <td data-label={cols.topics}>{w.topics.map(labels.topic).join(', ')}</td>
                <td data-label={cols.language}>{labels.language(w.language)}</td>
                <td data-label={cols.age}>{labels.ageBand(w.ageBand)}</td>
                <td data-label={cols.referral}>{labels.yesNo(w.referralGiven)}</td>
                <td data-label={cols.nextStep}>{labels.yesNo(w.nextStepGiven)}</td>
                <td>
                  <div className="walkins-actions">
                    <Button
                      type="button"
                      variant="secondary"
                      id={`walkin-correct-${w.id}`}
                      aria-label={t('walkins.mine.correctLabel', { time })}
                      onClick={() => onCorrect(w)}
                    >
                      {t('walkins.mine.correct')}
                    </Button>
                    <ConfirmAction
                      variant="secondary"
                      id={`walkin-delete-${w.id}`}
                      ariaLabel={t('walkins.mine.deleteLabel', { time })}
                      question={t('walkins.mine.deleteQuestion', { time })}
                      confirmLabel={t('walkins.mine.deleteConfirm')}
                      onConfirm={() => onDelete(w)}
                    >
                      {t('walkins.mine.delete')}
                    </ConfirmAction>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
