import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useMunicipalityName } from '../../app/forms';
import type { PublicOpening } from '../../app/types';
import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource } from '../taxonomy/taxonomyApi';
import { Marker } from '../profile/fields';
import { useIsoNames, useProfileLabels } from '../profile/labels';
import { ConceptLabel, Empty } from '../profile/views';

type Content = Pick<
  PublicOpening,
  | 'occupation'
  | 'description'
  | 'descriptionLang'
  | 'skills'
  | 'languages'
  | 'municipalityCodes'
  | 'remote'
  | 'workingTime'
  | 'startDate'
  | 'salaryMin'
  | 'salaryMax'
>;

/** Salary range as text: "3 000–3 800 €/month", "from 3 000 €/month"; null when none is given. */
export function useSalaryText() {
  const { t } = useTranslation();
  const f = useFormat();
  return (min: number | null, max: number | null) => {
    if (min !== null && max !== null) return t('openings.salary.range', { min: f.number(min), max: f.number(max) });
    if (min !== null) return t('openings.salary.from', { min: f.number(min) });
    if (max !== null) return t('openings.salary.upTo', { max: f.number(max) });
    return null;
  };
}

/**
 * An opening's content, read-only: the same for the employer and for talents. Its headings are
 * h3: the page puts it under an h2.
 */
export function OpeningDetails({ opening, idPrefix }: { opening: Content; idPrefix: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useProfileLabels();
  const iso = useIsoNames();
  const municipality = useMunicipalityName();
  const salaryText = useSalaryText();
  const source = useTaxonomySource();
  const essential = opening.skills.filter((s) => s.essential);
  const optional = opening.skills.filter((s) => !s.essential);
  const salary = salaryText(opening.salaryMin, opening.salaryMax);
  const place = [
    ...opening.municipalityCodes.map(municipality),
    ...(opening.remote === 'on_site' ? [] : [labels.remote(opening.remote)]),
  ].join(', ');

  return (
    <div className="openings-details">
      <dl className="profile-facts">
        <div className="profile-fact">
          <dt>{t('openings.field.occupation')}</dt>
          <dd>
            <ConceptLabel concept={opening.occupation} />
          </dd>
        </div>
        <div className="profile-fact">
          <dt>{t('openings.field.place')}</dt>
          <dd>{place || labels.remote(opening.remote)}</dd>
        </div>
        <div className="profile-fact">
          <dt>{t('openings.field.workingTime')}</dt>
          <dd>{labels.workingTime(opening.workingTime)}</dd>
        </div>
        <div className="profile-fact">
          <dt>{t('openings.field.startDate')}</dt>
          <dd>{opening.startDate ? f.date(opening.startDate) : t('openings.asap')}</dd>
        </div>
        <div className="profile-fact">
          <dt>{t('openings.field.salary')}</dt>
          <dd>{salary ?? t('openings.salary.notGiven')}</dd>
        </div>
      </dl>
      <h3 id={`${idPrefix}-description`}>{t('openings.field.description')}</h3>
      <div className="openings-description" lang={opening.descriptionLang ?? undefined}>
        {opening.description}
      </div>
      <h3 id={`${idPrefix}-skills`}>{t('openings.skills.heading')}</h3>
      {opening.skills.length === 0 && <Empty />}
      {essential.length > 0 && (
        <>
          <p className="profile-subheading">{t('openings.skills.essentialList')}</p>
          <ul className="profile-chips">
            {essential.map((s) => (
              <li key={s.uri}>
                <ConceptLabel concept={s} />
              </li>
            ))}
          </ul>
        </>
      )}
      {optional.length > 0 && (
        <>
          <p className="profile-subheading">{t('openings.skills.optionalList')}</p>
          <ul className="profile-chips">
            {optional.map((s) => (
              <li key={s.uri}>
                <ConceptLabel concept={s} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 id={`${idPrefix}-languages`}>{t('openings.languages.heading')}</h3>
      {opening.languages.length === 0 ? (
        <Empty>{t('openings.languages.none')}</Empty>
      ) : (
        <ul className="openings-plain-list">
          {opening.languages.map((l) => (
            <li key={l.language}>
              {t('openings.languages.requirement', { language: iso.language(l.language), level: l.level })}
              {l.must && (
                <>
                  {' '}
                  <Marker>{t('openings.languages.mustMarker')}</Marker>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <TaxonomySource source={source} />
    </div>
  );
}
