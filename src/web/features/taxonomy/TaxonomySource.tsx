import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { TaxonomySource as Source } from './taxonomyApi';

/**
 * Shown wherever taxonomy data appears: the ESCO attribution the European Commission asks
 * for, or, when the demo taxonomy is loaded, a notice that the data is not ESCO.
 */
export function TaxonomySource({ source, id }: { source: Source | undefined; id?: string }) {
  const { t } = useTranslation();
  if (!source) return null;
  if (source.demo)
    return (
      <p className="taxonomy-source taxonomy-demo" id={id}>
        <strong>{t('taxonomy.source.demoLabel')}</strong> {t('taxonomy.source.demo')}
      </p>
    );
  return (
    <p className="taxonomy-source" id={id}>
      {t('taxonomy.source.esco')}
    </p>
  );
}

/**
 * A visible language code ("EN") for text that is not in the UI language, with an accessible
 * name in words ("in English"). Nothing when the text is in the UI language.
 */
export function LangTag({ lang }: { lang: string | null | undefined }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  if (!lang || lang === locale) return null;
  return (
    <>
      {' '}
      <span className="lang-tag">
        <span aria-hidden="true">{lang.toUpperCase()}</span>
        <span className="visually-hidden">{t('taxonomy.inLanguage', { lang })}</span>
      </span>
    </>
  );
}
