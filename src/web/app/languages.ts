import type { Locale } from '../../shared/locales';

export type LanguageOption = { value: string; label: string };

/** BCP 47 tags for Intl in each UI language. */
export const intlTag: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * The languages listed first in every picker: the hub's own three, then those its clients
 * speak most. The rest follow in the UI language's alphabetical order.
 */
export const firstLanguages = ['fi', 'sv', 'en', 'uk', 'ru', 'ar', 'so', 'et', 'fa'] as const;

/** A language's name in the UI language, or undefined when the browser has none. */
export type NameOf = (code: string) => string | undefined;

/** Intl.DisplayNames without the fallback to the code, so an unknown name is undefined. */
export function displayNameOf(locale: Locale): NameOf {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([intlTag[locale]], { type: 'language', fallback: 'none' });
  } catch {
    names = null;
  }
  return (code) => {
    const name = names?.of(code);
    // Some browsers answer with the code itself where they have no name.
    return name && name.toLowerCase() !== code.toLowerCase()
      ? name.charAt(0).toLocaleUpperCase(intlTag[locale]) + name.slice(1)
      : undefined;
  };
}

/** A language's name for display: the UI language's, else the English one, else the code. */
export function languageName(code: string, locale: Locale, nameOf: NameOf = displayNameOf(locale)): string {
  return nameOf(code) ?? (locale === 'en' ? undefined : displayNameOf('en')(code)) ?? code;
}

/**
 * The options of a language picker, the same in every one: each language once under its name
 * in the UI language (codes without a name and a second code with the same name are left
 * out, unless listed in `keep`, e.g. the value already chosen), the first languages in their
 * fixed order, then the rest sorted with the UI language's collation.
 */
export function languageOptions(
  codes: readonly string[],
  locale: Locale,
  { keep = [], nameOf = displayNameOf(locale) }: { keep?: readonly string[]; nameOf?: NameOf } = {},
): LanguageOption[] {
  const collator = new Intl.Collator(intlTag[locale]);
  const rank = (code: string) => {
    const i = (firstLanguages as readonly string[]).indexOf(code);
    return i === -1 ? firstLanguages.length : i;
  };
  const named = [...new Set(codes)]
    .map((code) => ({ value: code, label: nameOf(code) ?? (keep.includes(code) ? languageName(code, locale, nameOf) : undefined) }))
    .filter((o): o is LanguageOption => o.label !== undefined)
    .sort((a, b) => rank(a.value) - rank(b.value) || collator.compare(a.label, b.label) || a.value.localeCompare(b.value));
  const seen = new Set<string>();
  return named.filter((o) => {
    const label = o.label.toLocaleLowerCase(intlTag[locale]);
    const duplicate = seen.has(label);
    seen.add(label);
    return !duplicate || keep.includes(o.value);
  });
}
