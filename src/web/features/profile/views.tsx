import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CefrLevel, IscedLevel, RecognitionStatus, RemoteWish } from '../../../shared/profile';
import { useMunicipalityName } from '../../app/forms';
import { LangTag } from '../taxonomy/TaxonomySource';
import { Marker } from './fields';
import { useIsoNames, useProfileLabels } from './labels';
import { yearsText, type ConceptRef } from './profileForm';

/** Read-only views of the profile's parts, shared by the profile page and the employer view. */

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return <p className="profile-empty">{children ?? t('profile.empty')}</p>;
}

/** A concept's label, marked with its language when that is not the UI language. */
export function ConceptLabel({ concept }: { concept: { label: string; labelLang: string | null } }) {
  return (
    <>
      <span lang={concept.labelLang ?? undefined}>{concept.label}</span>
      <LangTag lang={concept.labelLang} />
    </>
  );
}

type EducationItem = {
  level: IscedLevel;
  field: string;
  country: string;
  institution?: string | null;
  startYear: number | null;
  endYear: number | null;
  recognition: RecognitionStatus;
};

export function EducationList({ items }: { items: EducationItem[] }) {
  const labels = useProfileLabels();
  const iso = useIsoNames();
  if (!items.length) return <Empty />;
  return (
    <ul className="profile-entries">
      {items.map((e, i) => {
        const years = yearsText(e.startYear, e.endYear, labels.since);
        return (
          <li key={i}>
            <p className="profile-entry-title">{e.field}</p>
            <p>{labels.isced(e.level)}</p>
            <p className="profile-entry-meta">{[e.institution, iso.country(e.country), years].filter(Boolean).join(' · ')}</p>
            <p className="profile-entry-meta">{labels.recognition(e.recognition)}</p>
          </li>
        );
      })}
    </ul>
  );
}

type WorkItem = {
  title: string;
  occupation: ConceptRef | null;
  employer?: string | null;
  country: string;
  startYear: number | null;
  endYear: number | null;
  description?: string | null;
};

export function WorkList({ items }: { items: WorkItem[] }) {
  const { t } = useTranslation();
  const labels = useProfileLabels();
  const iso = useIsoNames();
  if (!items.length) return <Empty />;
  return (
    <ul className="profile-entries">
      {items.map((w, i) => {
        const years = yearsText(w.startYear, w.endYear, labels.since);
        return (
          <li key={i}>
            <p className="profile-entry-title">{w.title}</p>
            {w.occupation && (
              <p>
                <span className="profile-label">{t('profile.work.occupationShown')}</span> <ConceptLabel concept={w.occupation} />
              </p>
            )}
            <p className="profile-entry-meta">{[w.employer, iso.country(w.country), years].filter(Boolean).join(' · ')}</p>
            {w.description && <p className="profile-description">{w.description}</p>}
          </li>
        );
      })}
    </ul>
  );
}

type SkillItem = { uri: string | null; label: string; labelLang: string | null; years: number | null };

export function SkillList({ items }: { items: SkillItem[] }) {
  const { t } = useTranslation();
  if (!items.length) return <Empty />;
  return (
    <ul className="profile-chips">
      {items.map((s) => (
        <li key={s.uri ?? `text:${s.label}`}>
          <ConceptLabel concept={s} />
          {s.years !== null && <span className="profile-years"> · {t('profile.skills.yearsShown', { years: s.years })}</span>}
          {s.uri === null && (
            <>
              {' '}
              <Marker>{t('profile.skills.notLinked')}</Marker>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function LanguageList({ items }: { items: { language: string; level: CefrLevel }[] }) {
  const labels = useProfileLabels();
  const iso = useIsoNames();
  if (!items.length) return <Empty />;
  return (
    <dl className="profile-facts">
      {items.map((l) => (
        <div key={l.language} className="profile-fact">
          <dt>{iso.language(l.language)}</dt>
          <dd>{labels.cefr(l.level)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function WishesView({ wishes }: { wishes: { occupations: ConceptRef[]; municipalityCodes: string[]; remote: RemoteWish | null } }) {
  const { t } = useTranslation();
  const labels = useProfileLabels();
  const municipality = useMunicipalityName();
  if (!wishes.occupations.length && !wishes.municipalityCodes.length && !wishes.remote) return <Empty />;
  return (
    <dl className="profile-facts">
      <div className="profile-fact">
        <dt>{t('profile.wishes.occupations')}</dt>
        <dd>
          {wishes.occupations.length ? (
            <ul className="profile-inline-list">
              {wishes.occupations.map((o) => (
                <li key={o.uri}>
                  <ConceptLabel concept={o} />
                </li>
              ))}
            </ul>
          ) : (
            t('profile.notStated')
          )}
        </dd>
      </div>
      <div className="profile-fact">
        <dt>{t('profile.wishes.municipalities')}</dt>
        <dd>{wishes.municipalityCodes.length ? wishes.municipalityCodes.map(municipality).join(', ') : t('profile.notStated')}</dd>
      </div>
      <div className="profile-fact">
        <dt>{t('profile.wishes.remote')}</dt>
        <dd>{wishes.remote ? labels.remote(wishes.remote) : t('profile.notStated')}</dd>
      </div>
    </dl>
  );
}
