import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { ZNoteRequest, guidanceLimits } from '../../../server/modules/guidance/guidance.schema';
import { noteVisibilities, type NoteVisibility } from '../../../shared/guidance';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, Success, useFormErrors, useMessage } from '../../app/forms';
import { Loading, Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { caseKeys, clientPath, useCaseMutation, type Note, type NoteVersion } from './guidanceApi';

function NoteForm({
  idPrefix,
  initial,
  onSubmit,
  submitLabel,
  onCancel,
  pending,
  organisation,
}: {
  idPrefix: string;
  initial: { body: string; visibility: NoteVisibility };
  onSubmit: (body: { body: string; visibility: NoteVisibility }) => Promise<unknown>;
  submitLabel: string;
  onCancel?: () => void;
  pending: boolean;
  organisation: string;
}) {
  const { t } = useTranslation();
  const msg = useMessage();
  const errors = useFormErrors();
  const [body, setBody] = useState(initial.body);
  const [visibility, setVisibility] = useState<NoteVisibility>(initial.visibility);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const valid = errors.validate(ZNoteRequest, { body, visibility });
    if (!valid) return;
    try {
      await onSubmit(valid);
      if (!onCancel) setBody('');
    } catch (err) {
      errors.fromError(err);
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form note-form">
      <FormError message={errors.form} />
      <Textarea
        id={`${idPrefix}-body`}
        labelText={t('guidance.notes.body')}
        hintText={t('guidance.notes.bodyHint', { max: guidanceLimits.note })}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        status={errors.fields.body ? 'error' : 'default'}
        statusText={msg(errors.fields.body)}
        rows={4}
        fullWidth
      />
      <RadioButtonGroup
        id={`${idPrefix}-visibility`}
        name={`${idPrefix}-visibility`}
        labelText={t('guidance.notes.visibility')}
        value={visibility}
        onChange={(v) => setVisibility(v === 'partners' ? 'partners' : 'organisation')}
      >
        {noteVisibilities.map((v) => (
          <RadioButton
            key={v}
            value={v}
            id={`${idPrefix}-visibility-${v}`}
            hintText={t(`guidance.notes.visibilityHint.${v}`, { organisation })}
          >
            {t(`guidance.notes.visibilityOption.${v}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <div className="button-row">
        <Button type="submit" id={`${idPrefix}-save`} disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" id={`${idPrefix}-cancel`} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

function History({ noteId }: { noteId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const history = useQuery({
    queryKey: ['note-history', noteId],
    queryFn: () => api<{ items: NoteVersion[] }>('GET', `/api/notes/${noteId}/history`),
  });
  if (history.isPending) return <Loading />;
  if (history.isError) return <FormError message={problemMessage(history.error)} />;
  return (
    <ol className="note-history">
      {history.data.items.map((v) => (
        <li key={v.version}>
          <p className="muted">
            {t('guidance.notes.versionBy', { version: v.version, name: v.editedBy ?? t('guidance.someone'), date: f.dateTime(v.editedAt) })}{' '}
            · {t(`guidance.notes.visibilityOption.${v.visibility}`)}
          </p>
          <p className="note-body">{v.body}</p>
        </li>
      ))}
    </ol>
  );
}

function NoteItem({ userId, note, organisation }: { userId: string; note: Note; organisation: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const edit = useCaseMutation(
    userId,
    (body: { body: string; visibility: NoteVisibility }) => api('PUT', `/api/notes/${note.id}`, body),
    () => setEditing(false),
  );
  return (
    <li className="note">
      <p className="muted">
        {note.author ?? t('guidance.someone')}, {note.organisation.name} · {f.dateTime(note.createdAt)} ·{' '}
        <span className={`note-visibility note-visibility-${note.visibility}`}>
          {t(`guidance.notes.visibilityOption.${note.visibility}`)}
        </span>
        {note.version > 1 && ` · ${t('guidance.notes.edited', { date: f.dateTime(note.updatedAt) })}`}
      </p>
      {editing ? (
        <NoteForm
          idPrefix={`note-${note.id}`}
          initial={{ body: note.body, visibility: note.visibility }}
          onSubmit={(b) => edit.mutateAsync(b)}
          submitLabel={t('guidance.notes.saveEdit')}
          onCancel={() => setEditing(false)}
          pending={edit.isPending}
          organisation={organisation}
        />
      ) : (
        <p className="note-body">{note.body}</p>
      )}
      <div className="button-row">
        {note.editable && !editing && (
          <Button variant="secondaryNoBorder" id={`note-${note.id}-edit`} onClick={() => setEditing(true)}>
            {t('guidance.notes.edit')}
          </Button>
        )}
        {note.version > 1 && (
          <Button
            variant="secondaryNoBorder"
            id={`note-${note.id}-history`}
            aria-expanded={showHistory}
            onClick={() => setShowHistory(!showHistory)}
          >
            {showHistory ? t('guidance.notes.hideHistory') : t('guidance.notes.showHistory')}
          </Button>
        )}
      </div>
      {showHistory && <History noteId={note.id} />}
    </li>
  );
}

/** Counsellors' notes: never shown to employers, nor to other organisations without the client's consent. */
export function NotesSection({ userId, organisation }: { userId: string; organisation: string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const notes = useQuery({ queryKey: caseKeys.notes(userId), queryFn: () => api<{ items: Note[] }>('GET', `${clientPath(userId)}/notes`) });
  const add = useCaseMutation(
    userId,
    (body: { body: string; visibility: NoteVisibility }) => api('POST', `${clientPath(userId)}/notes`, body),
    () => setSaved(true),
  );
  return (
    <Section title={t('guidance.notes.heading')} id="notes-heading">
      <p className="muted">{t('guidance.notes.lead')}</p>
      {saved && <Success>{t('guidance.notes.saved')}</Success>}
      <NoteForm
        idPrefix="note-new"
        initial={{ body: '', visibility: 'organisation' }}
        onSubmit={(b) => {
          setSaved(false);
          return add.mutateAsync(b);
        }}
        submitLabel={t('guidance.notes.add')}
        pending={add.isPending}
        organisation={organisation}
      />
      {notes.isPending ? (
        <Loading />
      ) : notes.isError ? (
        <FormError message={problemMessage(notes.error)} />
      ) : notes.data.items.length === 0 ? (
        <p>{t('guidance.notes.none')}</p>
      ) : (
        <ul className="note-list">
          {notes.data.items.map((n) => (
            <NoteItem key={n.id} userId={userId} note={n} organisation={organisation} />
          ))}
        </ul>
      )}
    </Section>
  );
}
