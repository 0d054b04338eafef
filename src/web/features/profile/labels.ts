import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryCodes, languageCodes } from '../../../shared/iso';
import type { CefrLevel, IscedLevel, PermitBasis, RecognitionStatus, RemoteWish, WorkingTime } from '../../../shared/profile';
import { useFormat } from '../../app/format';
import { displayNameOf, languageName, languageOptions } from '../../app/languages';
import type { ProfilePart } from './profileForm';

export type Option = { value: string; label: string };

function regionNames(locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  } catch {
    return null;
  }
}

/**
 * Names of countries and languages in the UI language (Intl.DisplayNames): countries sorted
 * by name, languages in the order of every language picker (see app/languages).
 */
export function useIsoNames() {
  const { locale } = useFormat();
  return useMemo(() => {
    const regions = regionNames(locale);
    const nameOf = displayNameOf(locale);
    const country = (code: string) => regions?.of(code) ?? code;
    const language = (code: string) => languageName(code, locale, nameOf);
    const sorted = (options: Option[]) => options.sort((a, b) => a.label.localeCompare(b.label, locale));
    return {
      country,
      language,
      countryOptions: sorted(countryCodes.map((c) => ({ value: c, label: country(c) }))),
      languageOptions: languageOptions(languageCodes, locale, { nameOf }),
      /** The language options with the given codes kept even where they would be left out. */
      languageOptionsKeeping: (keep: readonly string[]) => languageOptions(languageCodes, locale, { nameOf, keep }),
    };
  }, [locale]);
}

/**
 * Labels of the profile's vocabularies. Each is written out so that the type checker sees
 * every value has one and the catalog check sees every key.
 */
export function useProfileLabels() {
  const { t } = useTranslation();
  return {
    permit: (v: PermitBasis) =>
      ({
        work: t('profile.permit.work'),
        studies: t('profile.permit.studies'),
        family: t('profile.permit.family'),
        temporary_protection: t('profile.permit.temporary_protection'),
        eu_citizen: t('profile.permit.eu_citizen'),
        permanent: t('profile.permit.permanent'),
        other: t('profile.permit.other'),
      })[v],
    workingTime: (v: WorkingTime) =>
      ({
        full_time: t('profile.workingTime.full_time'),
        part_time: t('profile.workingTime.part_time'),
        either: t('profile.workingTime.either'),
      })[v],
    remote: (v: RemoteWish) =>
      ({
        on_site: t('profile.remote.on_site'),
        hybrid: t('profile.remote.hybrid'),
        remote: t('profile.remote.remote'),
      })[v],
    isced: (v: IscedLevel) =>
      ({
        '1': t('profile.isced.1'),
        '2': t('profile.isced.2'),
        '3': t('profile.isced.3'),
        '4': t('profile.isced.4'),
        '5': t('profile.isced.5'),
        '6': t('profile.isced.6'),
        '7': t('profile.isced.7'),
        '8': t('profile.isced.8'),
      })[v],
    recognition: (v: RecognitionStatus) =>
      ({
        not_needed: t('profile.recognition.not_needed'),
        not_started: t('profile.recognition.not_started'),
        applied: t('profile.recognition.applied'),
        recognised: t('profile.recognition.recognised'),
        partly_recognised: t('profile.recognition.partly_recognised'),
      })[v],
    /** The level with a short explanation: "B1: can deal with most everyday situations". */
    cefr: (v: CefrLevel) =>
      ({
        A1: t('profile.cefr.A1'),
        A2: t('profile.cefr.A2'),
        B1: t('profile.cefr.B1'),
        B2: t('profile.cefr.B2'),
        C1: t('profile.cefr.C1'),
        C2: t('profile.cefr.C2'),
        native: t('profile.cefr.native'),
      })[v],
    part: (p: ProfilePart) =>
      ({
        basics: t('profile.basics.heading'),
        education: t('profile.education.heading'),
        work: t('profile.work.heading'),
        skills: t('profile.skills.heading'),
        languages: t('profile.languages.heading'),
        wishes: t('profile.wishes.heading'),
        cv: t('profile.cv.heading'),
      })[p],
    since: (year: number) => t('profile.years.since', { year: String(year) }),
  };
}
