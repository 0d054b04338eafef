import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { Success } from '../../app/forms';
import { partAnchor, type ProfilePart } from './profileForm';

const firstField = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

type Props = {
  part: ProfilePart;
  title: string;
  /** The Edit button's accessible name, naming the section ("Edit basic information"). */
  editLabel?: string;
  savedText?: string;
  lead?: ReactNode;
  /** The current values, read-only. */
  view: ReactNode;
  /** The section's form, given `close(saved)`; without it the section has no Edit button. */
  form?: (close: (saved: boolean) => void) => ReactNode;
  children?: ReactNode;
};

/**
 * One section of the profile: its heading (the anchor the completeness list links to), the
 * values read-only, and an Edit button that opens the form in place. The focus moves to the
 * form's first field on Edit, and back to the Edit button on Save or Cancel.
 */
export function SectionCard({ part, title, editLabel, savedText, lead, view, form, children }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [opened, setOpened] = useState(false);
  const [saved, setSaved] = useState(false);
  const formArea = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = partAnchor(part);

  useEffect(() => {
    if (!opened) return;
    // A list with no rows yet has no field: its first button ("Add ...") gets the focus.
    if (editing) (formArea.current?.querySelector<HTMLElement>(firstField) ?? formArea.current?.querySelector('button'))?.focus();
    else editButton.current?.focus();
  }, [editing, opened]);

  function open() {
    setOpened(true);
    setSaved(false);
    setEditing(true);
  }
  function close(wasSaved: boolean) {
    setSaved(wasSaved);
    setEditing(false);
  }

  return (
    <section aria-labelledby={headingId} className="profile-card" id={`${headingId}-section`}>
      <div className="profile-card-head">
        <h2 id={headingId} tabIndex={-1}>
          {title}
        </h2>
        {form && !editing && (
          <Button variant="secondary" id={`${headingId}-edit`} ref={editButton} aria-label={editLabel} onClick={open}>
            {t('profile.form.edit')}
          </Button>
        )}
      </div>
      {lead}
      {editing && form ? (
        <div ref={formArea} className="profile-card-form">
          {form(close)}
        </div>
      ) : (
        <>
          {saved && savedText && <Success>{savedText}</Success>}
          {view}
        </>
      )}
      {children}
    </section>
  );
}
