import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { api } from '../../app/api';
import { FormError, useFormErrors } from '../../app/forms';
import type { Profile } from '../../app/types';
import { useFocusAfterRender } from './fields';
import { useSetProfile } from './profileApi';
import { focusAfterRemoval } from './profileForm';
import type { SectionProps } from './sectionProps';
import { ConceptLabel } from './views';

type Suggestion = Profile['suggestions'][number];
type Decision = 'accept' | 'reject';

const headingId = 'profile-suggestions';

/**
 * Skills and occupations found in the CV, for the person to accept or reject one by one. When
 * one leaves the list, the focus moves to the next one (or the previous), else to the heading.
 */
export function SuggestionsSection({ profile, apiBase, self }: SectionProps) {
  const { t } = useTranslation();
  const setProfile = useSetProfile(apiBase);
  const errors = useFormErrors();
  const focusLater = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const [decidedHere, setDecidedHere] = useState(false);
  const pending = profile.suggestions.filter((s) => s.status === 'pending');
  const groups: { kind: Suggestion['kind']; title: string; items: Suggestion[] }[] = [
    { kind: 'occupation', title: t('profile.suggestions.occupations'), items: pending.filter((s) => s.kind === 'occupation') },
    { kind: 'skill', title: t('profile.suggestions.skills'), items: pending.filter((s) => s.kind === 'skill') },
  ];
  // The order on the page, across both groups.
  const order = groups.flatMap((g) => g.items.map((s) => s.id));

  const decide = useMutation({
    mutationFn: ({ s, decision }: { s: Suggestion; decision: Decision }) =>
      api<Profile>('POST', `${apiBase}/suggestions/${s.id}`, { decision }),
    onSuccess: (updated, { s, decision }) => {
      const next = focusAfterRemoval(order, s.id);
      setProfile(updated);
      setDecidedHere(true);
      setStatus(
        decision === 'reject'
          ? t('profile.suggestions.rejected', { item: s.concept.label })
          : s.kind === 'skill'
            ? t('profile.suggestions.acceptedSkill', { item: s.concept.label })
            : t('profile.suggestions.acceptedOccupation', { item: s.concept.label }),
      );
      focusLater(next ? `suggestion-${next}-accept` : headingId);
    },
    onError: (e) => errors.fromError(e),
  });

  if (pending.length === 0 && !decidedHere) return null;
  return (
    <section aria-labelledby={headingId} className="profile-card" id={`${headingId}-section`}>
      <div className="profile-card-head">
        <h2 id={headingId} tabIndex={-1}>
          {t('profile.suggestions.heading')}
        </h2>
      </div>
      <p className="profile-lead">{self ? t('profile.suggestions.lead') : t('profile.suggestions.leadCounsellor')}</p>
      <FormError message={errors.form} />
      <p role="status" className="profile-status">
        {status}
      </p>
      {pending.length === 0 ? (
        <p>{t('profile.suggestions.allDone')}</p>
      ) : (
        groups
          .filter((g) => g.items.length > 0)
          .map((g) => (
            <div key={g.kind} className="profile-suggestion-group">
              <h3>{g.title}</h3>
              <ul className="profile-suggestions">
                {g.items.map((s) => (
                  <li key={s.id}>
                    <div>
                      <p className="profile-entry-title">
                        <ConceptLabel concept={s.concept} />
                      </p>
                      {s.evidence && <p className="evidence">{t('profile.suggestions.evidence', { text: s.evidence })}</p>}
                    </div>
                    <div className="profile-actions">
                      <Button
                        type="button"
                        id={`suggestion-${s.id}-accept`}
                        aria-label={t('profile.suggestions.acceptLabel', { item: s.concept.label })}
                        aria-disabled={decide.isPending}
                        onClick={() => !decide.isPending && decide.mutate({ s, decision: 'accept' })}
                      >
                        {t('profile.suggestions.accept')}
                      </Button>
                      <Button
                        type="button"
                        variant="secondary"
                        id={`suggestion-${s.id}-reject`}
                        aria-label={t('profile.suggestions.rejectLabel', { item: s.concept.label })}
                        aria-disabled={decide.isPending}
                        onClick={() => !decide.isPending && decide.mutate({ s, decision: 'reject' })}
                      >
                        {t('profile.suggestions.reject')}
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ))
      )}
    </section>
  );
}
