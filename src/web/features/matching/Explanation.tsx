import { useTranslation } from 'react-i18next';
import type { Explanation as TExplanation } from '../../app/types';
import { Marker } from '../profile/fields';
import { useIsoNames } from '../profile/labels';
import { ConceptLabel } from '../profile/views';
import { orderLanguages, scorePercent, summariseSkills, type CreditedSkill } from './explanation';

/** Whose side the explanation is told from: the employer reading about a candidate, or the talent about a job. */
export type Perspective = 'employer' | 'talent';

/** The score as a bar (decoration) and as text, the text being what a screen reader reads. */
export function Score({ score, id }: { score: number; id?: string }) {
  const { t } = useTranslation();
  const percent = scorePercent(score);
  return (
    <p className="matching-score" id={id}>
      <span className="matching-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      <span>{t('matching.score', { percent })}</span>
    </p>
  );
}

function Credited({ s }: { s: CreditedSkill }) {
  const { t } = useTranslation();
  const values = { via: s.via.label, skill: s.required.label };
  const text = {
    narrower: t('matching.relation.narrower', values),
    broader: t('matching.relation.broader', values),
    related: t('matching.relation.related', values),
    sibling: t('matching.relation.sibling', values),
  }[s.relation];
  return (
    <li>
      {text}
      {s.essential && <span className="matching-tag"> ({t('matching.skills.essentialTag')})</span>}
    </li>
  );
}

/**
 * Why an opening and a person match, in words: skills met, credited through a related skill
 * and missing; the occupation; language requirements with must-haves that are not met marked
 * in text; location and availability. Blockers are always shown first. Headings are h3.
 */
export function Explanation({
  explanation: e,
  perspective,
  idPrefix,
}: {
  explanation: TExplanation;
  perspective: Perspective;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const iso = useIsoNames();
  const skills = summariseSkills(e.skills);
  const employer = perspective === 'employer';
  const occupationVia = e.occupation.via ? e.occupation.via.label : '';

  return (
    <div className="matching-explanation">
      {e.blockers.length > 0 && (
        <div className="matching-blockers">
          <p className="matching-blockers-title">
            <strong>{t('matching.blockers.heading')}</strong>
          </p>
          <ul>
            {e.blockers.map((b) => (
              <li key={`${b.kind}:${b.code}`}>{t('matching.blockers.language', { language: iso.language(b.code) })}</li>
            ))}
          </ul>
        </div>
      )}
      <h3 id={`${idPrefix}-skills`}>{t('matching.skills.heading')}</h3>
      <p>
        {skills.essentialTotal === 0
          ? t('matching.skills.noEssential')
          : employer
            ? t('matching.employer.essentialCount', { met: skills.essentialMet, total: skills.essentialTotal })
            : t('matching.talent.essentialCount', { met: skills.essentialMet, total: skills.essentialTotal })}
        {skills.essentialCredited > 0 && ` ${t('matching.skills.essentialCredited', { count: skills.essentialCredited })}`}
      </p>
      {skills.matched.length > 0 && (
        <>
          <p className="matching-list-title">{t('matching.skills.matched')}</p>
          <ul className="matching-list">
            {skills.matched.map((s) => (
              <li key={s.required.uri}>
                <ConceptLabel concept={s.required} />
                {s.essential && <span className="matching-tag"> ({t('matching.skills.essentialTag')})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {skills.credited.length > 0 && (
        <>
          <p className="matching-list-title">{t('matching.skills.credited')}</p>
          <ul className="matching-list">
            {skills.credited.map((s) => (
              <Credited key={s.required.uri} s={s} />
            ))}
          </ul>
        </>
      )}
      {skills.missingEssential.length > 0 && (
        <>
          <p className="matching-list-title">{t('matching.skills.missingEssential')}</p>
          <ul className="matching-list matching-missing">
            {skills.missingEssential.map((s) => (
              <li key={s.required.uri}>
                <ConceptLabel concept={s.required} />
              </li>
            ))}
          </ul>
        </>
      )}
      {skills.missingOptional.length > 0 && (
        <>
          <p className="matching-list-title">{t('matching.skills.missingOptional')}</p>
          <ul className="matching-list">
            {skills.missingOptional.map((s) => (
              <li key={s.required.uri}>
                <ConceptLabel concept={s.required} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 id={`${idPrefix}-other`}>{t('matching.other.heading')}</h3>
      <dl className="profile-facts matching-facts">
        <div className="profile-fact">
          <dt>{t('matching.occupation.label')}</dt>
          <dd>
            {
              {
                same: t('matching.occupation.same'),
                same_isco_group: t('matching.occupation.same_isco_group', { occupation: occupationVia }),
                same_isco_minor_group: t('matching.occupation.same_isco_minor_group', { occupation: occupationVia }),
                none: t('matching.occupation.none'),
              }[e.occupation.relation]
            }
          </dd>
        </div>
        <div className="profile-fact">
          <dt>{t('matching.languages.label')}</dt>
          <dd>
            {e.languages.length === 0 ? (
              t('matching.languages.none')
            ) : (
              <ul className="matching-list">
                {orderLanguages(e.languages).map((l) => {
                  const values = { language: iso.language(l.code), required: l.required, actual: l.actual ?? '' };
                  const text = employer
                    ? l.actual
                      ? t('matching.employer.language', values)
                      : t('matching.employer.languageMissing', values)
                    : l.actual
                      ? t('matching.talent.language', values)
                      : t('matching.talent.languageMissing', values);
                  return (
                    <li key={l.code}>
                      {text}{' '}
                      {l.met ? (
                        <span className="matching-met">{t('matching.met')}</span>
                      ) : l.must ? (
                        <Marker>{t('matching.languages.mustNotMet')}</Marker>
                      ) : (
                        <span className="matching-not-met">{t('matching.notMet')}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
        <div className="profile-fact">
          <dt>{t('matching.location.label')}</dt>
          <dd>
            {
              {
                remote: t('matching.location.remote'),
                home_municipality: t('matching.location.home_municipality'),
                wished_municipality: t('matching.location.wished_municipality'),
                anywhere: t('matching.location.anywhere'),
                elsewhere: t('matching.location.elsewhere'),
              }[e.location.reason]
            }
          </dd>
        </div>
        <div className="profile-fact">
          <dt>{t('matching.availability.label')}</dt>
          <dd>
            {e.availability.met ? t('matching.availability.met') : t('matching.availability.late', { months: e.availability.monthsLate })}
          </dd>
        </div>
      </dl>
    </div>
  );
}
