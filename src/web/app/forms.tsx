import { useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert, TextInput } from 'suomifi-ui-components';
import type { z } from 'zod';
import { ApiError, problemFields, problemMessage, zodFields, type FieldMessages, type Message } from './problem';
import { useMunicipalities } from './session';
import { useFormat } from './format';
import { limits } from '../../shared/limits';

/** Form state for one form: field messages and one form-level message. */
export function useFormErrors() {
  const [fields, setFields] = useState<FieldMessages>({});
  const [form, setForm] = useState<Message | null>(null);
  return {
    fields,
    form,
    clear() {
      setFields({});
      setForm(null);
    },
    /** Client-side validation with the server's schema. Returns the parsed value or null. */
    validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | null {
      const r = schema.safeParse(value);
      if (r.success) {
        setFields({});
        setForm(null);
        return r.data;
      }
      setFields(zodFields(r.error.issues, value));
      setForm({ key: 'errors.form_invalid' });
      return null;
    },
    /** Sets field messages found by other checks than the schema. */
    fail(next: FieldMessages) {
      setFields(next);
      setForm({ key: 'errors.form_invalid' });
    },
    fromError(error: unknown) {
      if (error instanceof ApiError) setFields(problemFields(error.problem));
      setForm(problemMessage(error));
    },
  };
}

export function useMessage() {
  const { t } = useTranslation();
  return (m: Message | null | undefined) => (m ? t(m.key, m.values ?? {}) : undefined);
}

/** The form-level error, announced to screen readers. */
export function FormError({ message, id }: { message: Message | null; id?: string }) {
  const msg = useMessage();
  if (!message) return null;
  return (
    <div role="alert" id={id} className="form-error">
      <InlineAlert status="error">{msg(message)}</InlineAlert>
    </div>
  );
}

export function Success({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="form-success">
      <InlineAlert status="neutral">{children}</InlineAlert>
    </div>
  );
}

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: Message | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  optional?: boolean;
};

/** Suomi.fi text input with its error shown as status text (linked by aria-describedby). */
export function TextField({ id, label, value, onChange, error, hint, type = 'text', autoComplete, optional }: TextFieldProps) {
  const msg = useMessage();
  const { t } = useTranslation();
  return (
    <div className="field">
      <TextInput
        id={id}
        labelText={label}
        type={type}
        value={value}
        onChange={(v) => onChange(String(v ?? ''))}
        status={error ? 'error' : 'default'}
        statusText={msg(error)}
        aria-invalid={error ? true : undefined}
        {...(hint ? { hintText: hint } : {})}
        {...(optional ? { optionalText: t('form.optional') } : {})}
        {...(autoComplete ? { autoComplete } : {})}
        fullWidth
      />
    </div>
  );
}

/** The field for choosing a password: one label, length hint and autocomplete wherever a password is set. */
export function NewPasswordField({ id, value, onChange, error }: Pick<TextFieldProps, 'id' | 'value' | 'onChange' | 'error'>) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      label={t('fields.newPassword')}
      hint={t('fields.passwordHint', { min: limits.passwordMin })}
      type="password"
      autoComplete="new-password"
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

type SelectFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  error?: Message | undefined;
  hint?: string;
  placeholder?: string;
};

/**
 * A native select styled like Suomi.fi form controls: long lists (300 municipalities) stay
 * fast to use with a keyboard, a screen reader and on a phone.
 */
export function SelectField({ id, label, value, onChange, options, error, hint, placeholder }: SelectFieldProps) {
  const msg = useMessage();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field select-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={error ? 'has-error' : undefined}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <div id={`${id}-error`} className="field-error">
          {msg(error)}
        </div>
      )}
    </div>
  );
}

export function MunicipalityField(props: Omit<SelectFieldProps, 'options' | 'placeholder'>) {
  const { data } = useMunicipalities();
  const f = useFormat();
  const { t } = useTranslation();
  const options = (data ?? [])
    .map((m) => ({ value: m.code, label: f.name(m.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, f.locale));
  return <SelectField {...props} options={options} placeholder={t('form.choose')} />;
}

export function useMunicipalityName() {
  const { data } = useMunicipalities();
  const f = useFormat();
  return (code: string) => {
    const m = data?.find((x) => x.code === code);
    return m ? f.name(m.name) : code;
  };
}
