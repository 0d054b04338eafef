import { useEffect, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import type { z } from 'zod';
import { useMessage, type useFormErrors } from '../../app/forms';
import { zodFields, type FieldMessages, type Message } from '../../app/problem';

/**
 * Checks a section's input with the server's schema. Fields the form could not turn into
 * input (a year that is not a number) are reported together with the schema's messages.
 */
export function validateSection<S extends z.ZodType>(
  errors: ReturnType<typeof useFormErrors>,
  schema: S,
  input: unknown,
  issues: FieldMessages = {},
): z.infer<S> | null {
  if (Object.keys(issues).length === 0) return errors.validate(schema, input);
  const r = schema.safeParse(input);
  errors.fail({ ...(r.success ? {} : zodFields(r.error.issues, input)), ...issues });
  return null;
}

type InputFieldProps = {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (v: string) => void;
  error?: Message | undefined;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'tel';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  /** A short field (a year, a number of years) instead of the full width. */
  short?: boolean;
};

/** Suomi.fi text input with its error as status text (linked by aria-describedby), for the profile's fields. */
export function InputField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  optional,
  type = 'text',
  inputMode,
  autoComplete,
  short,
}: InputFieldProps) {
  const msg = useMessage();
  const { t } = useTranslation();
  return (
    <div className={short ? 'field profile-short-field' : 'field'}>
      <TextInput
        id={id}
        labelText={label}
        type={type}
        value={value}
        onChange={(v) => onChange(String(v ?? ''))}
        status={error ? 'error' : 'default'}
        statusText={msg(error)}
        aria-invalid={error ? true : undefined}
        autoComplete={autoComplete ?? 'off'}
        {...(inputMode ? { inputMode } : {})}
        {...(hint ? { hintText: hint } : {})}
        {...(optional ? { optionalText: t('form.optional') } : {})}
        fullWidth={!short}
      />
    </div>
  );
}

/** Save and Cancel of a section's form; the labels name the section ("Save basic information"). */
export function FormButtons({
  idPrefix,
  saveLabel,
  cancelLabel,
  pending,
  onCancel,
}: {
  idPrefix: string;
  saveLabel: string;
  cancelLabel: string;
  pending: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="profile-form-buttons">
      {/* aria-disabled keeps the focus on the button while saving; the form ignores a second submit. */}
      <Button type="submit" id={`${idPrefix}-save`} aria-label={saveLabel} aria-disabled={pending}>
        {t('common.save')}
      </Button>
      <Button type="button" variant="secondary" id={`${idPrefix}-cancel`} aria-label={cancelLabel} onClick={onCancel}>
        {t('profile.form.cancel')}
      </Button>
    </div>
  );
}

/** A visible marker with words, never colour alone. */
export function Marker({ children }: { children: string }) {
  return <span className="profile-marker">{children}</span>;
}

/**
 * Moves the focus to the element with the given id after the next render: to a new row's
 * first field, or to a stable place when the focused control leaves the page.
 */
export function useFocusAfterRender() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
}
