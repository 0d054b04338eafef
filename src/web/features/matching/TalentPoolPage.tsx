import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { cefrLevels, coreLanguages } from '../../../shared/profile';
import { api, query } from '../../app/api';
import { useFormat } from '../../app/format';
import { languageOptions } from '../../app/languages';
import { DateField } from '../../app/DateField';
import { isIsoDate } from '../../app/dates';
import { FormError, MunicipalityField, SelectField } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage, type Message } from '../../app/problem';
import type { Candidate } from '../../app/types';
import { useSearchState } from '../../app/useSearchState';
import { ConceptSearchField } from '../taxonomy/ConceptSearchField';
import { TaxonomySource } from '../taxonomy/TaxonomySource';
import { useTaxonomySource } from '../taxonomy/taxonomyApi';
import { CandidateCard } from './CandidatesPage';

type Picked = { uri: string; label: string };

/**
 * The talent pool: people who let employers see their pseudonymised profile, found by skills
 * and occupation, and filtered by a language level, municipality and start date. The filters
 * live in the URL; the chosen concepts' labels travel with them.
 */
export function TalentPoolPage() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const source = useTaxonomySource();
  const { values, set } = useSearchState(['skills', 'occupation', 'languages', 'municipalities', 'availableBy', 'labels'] as const);
  const labels = new Map<string, string>(values.labels ? (JSON.parse(values.labels) as [string, string][]) : []);
  const [skills, setSkills] = useState<Picked[]>(
    values.skills ? values.skills.split(',').map((uri) => ({ uri, label: labels.get(uri) ?? uri })) : [],
  );
  const [occupation, setOccupation] = useState<Picked | null>(
    values.occupation ? { uri: values.occupation, label: labels.get(values.occupation) ?? values.occupation } : null,
  );
  const [lang, setLang] = useState(values.languages.split(':')[0] ?? '');
  const [level, setLevel] = useState(values.languages.split(':')[1] ?? 'B1');
  const [municipality, setMunicipality] = useState(values.municipalities);
  const [availableBy, setAvailableBy] = useState(values.availableBy);
  const [availableByError, setAvailableByError] = useState<Message | undefined>(undefined);
  const searched = Boolean(values.skills || values.occupation);
  const results = useQuery({
    queryKey: ['talent-pool', values],
    enabled: searched,
    queryFn: () =>
      api<{ items: Candidate[] }>(
        'GET',
        `/api/talent-pool${query({
          skills: values.skills,
          occupation: values.occupation,
          languages: values.languages,
          municipalities: values.municipalities,
          availableBy: values.availableBy,
        })}`,
      ),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const dateValid = !availableBy || isIsoDate(availableBy);
    setAvailableByError(dateValid ? undefined : { key: 'validation.invalid_date' });
    if (!dateValid) return;
    const picked = [...skills, ...(occupation ? [occupation] : [])];
    set({
      skills: skills.map((s) => s.uri).join(','),
      occupation: occupation?.uri ?? '',
      languages: lang ? `${lang}:${level}` : '',
      municipalities: municipality,
      availableBy,
      labels: picked.length ? JSON.stringify(picked.map((p) => [p.uri, p.label])) : '',
    });
  };
  return (
    <Page title={t('matching.pool.title')} lead={<p>{t('matching.pool.lead')}</p>} wide>
      <form onSubmit={submit} noValidate className="matching-pool-form" aria-label={t('matching.pool.formLabel')}>
        <ConceptSearchField
          id="pool-skill"
          kind="skill"
          label={t('matching.pool.skill')}
          hintText={t('matching.pool.skillHint')}
          showSource={false}
          onSelect={(c) => setSkills((s) => (s.some((x) => x.uri === c.uri) ? s : [...s, { uri: c.uri, label: c.label }]))}
        />
        {skills.length > 0 && (
          <ul className="profile-chips" aria-label={t('matching.pool.chosenSkills')}>
            {skills.map((s) => (
              <li key={s.uri}>
                {s.label}{' '}
                <button type="button" className="link-button" onClick={() => setSkills((all) => all.filter((x) => x.uri !== s.uri))}>
                  {t('profile.skills.remove', { skill: s.label })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ConceptSearchField
          id="pool-occupation"
          kind="occupation"
          label={t('matching.pool.occupation')}
          showSource={false}
          value={occupation}
          onSelect={(c) => setOccupation({ uri: c.uri, label: c.label })}
        />
        <div className="matching-pool-row">
          <SelectField
            id="pool-language"
            label={t('matching.pool.language')}
            value={lang}
            onChange={setLang}
            placeholder={t('matching.pool.anyLanguage')}
            options={languageOptions(coreLanguages, locale)}
          />
          <SelectField
            id="pool-level"
            label={t('matching.pool.level')}
            value={level}
            onChange={setLevel}
            options={cefrLevels.map((c) => ({ value: c, label: t(`profile.cefr.${c}`) }))}
          />
        </div>
        <MunicipalityField id="pool-municipality" label={t('matching.pool.municipality')} value={municipality} onChange={setMunicipality} />
        <DateField
          id="pool-available"
          label={t('matching.pool.availableBy')}
          value={availableBy}
          onChange={setAvailableBy}
          error={availableByError}
          optional
        />
        <Button type="submit" id="pool-search">
          {t('matching.pool.search')}
        </Button>
      </form>
      <Section title={t('matching.pool.results')} id="pool-results">
        {!searched && <p>{t('matching.pool.start')}</p>}
        {results.isFetching && <Loading />}
        {results.isError && <FormError message={problemMessage(results.error)} />}
        {results.data && (
          <>
            <p role="status">{t('matching.candidates.count', { count: results.data.items.length })}</p>
            <ol className="matching-cards">
              {results.data.items.map((c, i) => (
                <CandidateCard key={c.publicRef} c={c} rank={i + 1} />
              ))}
            </ol>
          </>
        )}
      </Section>
      <TaxonomySource source={source} />
    </Page>
  );
}
