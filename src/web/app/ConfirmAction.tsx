import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';

type Props = {
  /** The id of the first button; the confirm and cancel buttons get `-confirm` and `-cancel` after it. */
  id: string;
  /** The first button's text, and its accessible name when that needs more words. */
  children: ReactNode;
  ariaLabel?: string;
  variant?: 'default' | 'secondary';
  disabled?: boolean;
  /** What will happen, in a sentence the person reads before confirming. */
  question: string;
  /** The confirm button's text: the action itself ("Book this time"), never a bare "OK". */
  confirmLabel: string;
  onConfirm: () => void;
};

/**
 * A consequential action in two steps, inline: the first button opens a short statement of
 * what will happen with a confirm and a cancel button, and moves the focus to the confirm
 * button (described by the statement). Cancel or Escape closes it and returns the focus to
 * the first button; confirming closes it and runs the action.
 */
export function ConfirmAction({ id, children, ariaLabel, variant = 'default', disabled, question, confirmLabel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const panelId = `${id}-confirmation`;
  const questionId = `${id}-question`;

  useEffect(() => {
    if (open) confirm.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    trigger.current?.focus();
  }
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  }

  return (
    <div className="confirm-action">
      <Button
        ref={trigger}
        type="button"
        id={id}
        variant={variant}
        disabled={disabled}
        aria-expanded={open}
        aria-controls={panelId}
        {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}
        onClick={() => setOpen((o) => !o)}
      >
        {children}
      </Button>
      <div id={panelId} className="confirm-panel" role="group" aria-labelledby={questionId} hidden={!open} onKeyDown={onKeyDown}>
        {open && <p id={questionId}>{question}</p>}
        {open && (
          <div className="confirm-buttons">
            <Button
              ref={confirm}
              type="button"
              id={`${id}-confirm`}
              aria-describedby={questionId}
              disabled={disabled}
              onClick={() => {
                close();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
            <Button type="button" id={`${id}-cancel`} variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
