import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { Profile } from '../../app/types';
import { useProfileLabels } from './labels';
import { missingBasics, partAnchor, type BasicsCompletionField } from './profileForm';

/** How complete the profile is: a named progress bar and links to the parts still missing. */
export function Completeness({ profile, self }: { profile: Profile; self: boolean }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const labels = useProfileLabels();
  const { completeness } = profile;
  const fieldLabel = (f: BasicsCompletionField) =>
    ({
      permitBasis: t('profile.basics.permitBasis'),
      availableFrom: t('profile.basics.availableFrom'),
      workingTime: t('profile.basics.workingTime'),
    })[f];
  // The basics count as done only with certain fields filled: name the ones still empty.
  const partText = (part: Profile['completeness']['missing'][number]) => {
    const fields = part === 'basics' ? missingBasics(profile.basics) : [];
    if (fields.length === 0) return labels.part(part);
    const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(fields.map((f) => fieldLabel(f).toLocaleLowerCase(locale)));
    return t('profile.completeness.partFields', { part: labels.part(part), fields: list });
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(completeness.percent / 100);
  const done = completeness.missing.length === 0;
  return (
    <section aria-labelledby="profile-completeness" className="profile-completeness">
      <h2 id="profile-completeness">{t('profile.completeness.heading')}</h2>
      <div className="profile-progress">
        <progress
          max={100}
          value={completeness.percent}
          aria-labelledby="profile-completeness"
          aria-describedby="profile-completeness-text"
        >
          {percent}
        </progress>
        <span id="profile-completeness-text" className="profile-percent">
          {self ? t('profile.completeness.percent', { percent }) : t('profile.completeness.percentClient', { percent })}
        </span>
      </div>
      {done ? (
        <p>{self ? t('profile.completeness.done') : t('profile.completeness.doneClient')}</p>
      ) : (
        <>
          <p id="profile-missing-title" className="profile-missing-title">
            {t('profile.completeness.missing')}
          </p>
          <ul className="profile-missing" aria-labelledby="profile-missing-title">
            {completeness.missing.map((part) => (
              <li key={part}>
                <a
                  href={`#${partAnchor(part)}`}
                  onClick={() => {
                    // Following the link moves the focus to the section's heading, so Tab continues from there.
                    requestAnimationFrame(() => document.getElementById(partAnchor(part))?.focus());
                  }}
                >
                  {partText(part)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
