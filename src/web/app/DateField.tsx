import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from 'suomifi-ui-components';
import { dateInput, formatDate, isoFromLocalDate, localDateFromIso, parseDate } from './dates';
import { useFormat } from './format';
import { useMessage } from './forms';
import type { Message } from './problem';

const phoneQuery = '(max-width: 40em)';
function subscribe(onChange: () => void) {
  const query = window.matchMedia(phoneQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
/** Whether the screen is phone-sized: the date picker then opens as a full-width sheet. */
function useSmallScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(phoneQuery).matches);
}

type Props = {
  id: string;
  label: string;
  /** The form's value: an ISO date, '' when empty, or the text typed when it is not a date. */
  value: string;
  onChange: (value: string) => void;
  error?: Message | undefined;
  /** What the date is about ("Leave empty if..."); the field adds how to write the date. */
  hint?: string;
  optional?: boolean;
  onBlur?: () => void;
};

/**
 * The one field for entering a date (Suomi.fi date input with its picker). It reads the date
 * the way the UI language writes it (see dates.ts), says so in its hint, and hands the form an
 * ISO date; text that is no date is handed on as typed, so the form's schema check (the
 * server's, ISO) refuses it with the date message. The hint and the error are tied to the
 * input with aria-describedby.
 */
export function DateField({ id, label, value, onChange, error, hint, optional, onBlur }: Props) {
  const { t } = useTranslation();
  const msg = useMessage();
  const { locale } = useFormat();
  const smallScreen = useSmallScreen();
  const [text, setText] = useState(() => formatDate(value, locale));
  const [shown, setShown] = useState({ value, locale });
  if (shown.value !== value || shown.locale !== locale) {
    // A new value from the form (a reset, a saved record) or another UI language: show it
    // afresh, unless it is just what the text typed means.
    setShown({ value, locale });
    if (shown.locale !== locale || dateInput(text, locale) !== value) setText(formatDate(value, locale));
  }
  const example = formatDate(`${new Date().getFullYear() + 1}-01-31`, locale);
  const hints = [hint, t('form.dateHint', { example })].filter(Boolean).join(' ');
  return (
    <div className="field date-field">
      <DateInput
        id={id}
        labelText={label}
        hintText={hints}
        value={text}
        onChange={({ value: typed }) => {
          setText(typed);
          onChange(dateInput(typed, locale));
        }}
        {...(onBlur ? { onBlur } : {})}
        status={error ? 'error' : 'default'}
        statusText={msg(error)}
        datePickerEnabled
        datePickerProps={{ 'aria-label': t('form.datePicker') }}
        language={locale}
        smallScreen={smallScreen}
        dateAdapter={{
          parse: (typed) => localDateFromIso(parseDate(typed, locale) ?? ''),
          format: (date) => formatDate(isoFromLocalDate(date) ?? '', locale),
        }}
        {...(optional ? { optionalText: t('form.optional') } : {})}
      />
    </div>
  );
}
