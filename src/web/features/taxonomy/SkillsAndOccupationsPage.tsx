import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useSearchParams } from 'react-router';
import { Button, Paragraph, Textarea } from 'suomifi-ui-components';
import { ZLinkRequest } from '../../../server/modules/taxonomy/taxonomy.schema';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, useFormErrors, useMessage } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { ApiError } from '../../app/problem';
import { useMe } from '../../app/session';
import { ConceptSearchField } from './ConceptSearchField';
import { excerpt, splitByEvidence, type Part } from './highlight';
import { LangTag, TaxonomySource } from './TaxonomySource';
import { useConcept, useTaxonomySource, type ConceptView, type LinkedConcept, type LinkResponse } from './taxonomyApi';

const nameLanguages = ['fi', 'sv', 'en'] as const;

/** A link to a concept's card on this page; the concept is kept in the URL. */
function conceptHref(uri: string): string {
  return `/skills-and-occupations?uri=${encodeURIComponent(uri)}`;
}

function Marked({ parts }: { parts: Part[] }) {
  return <>{parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

function NamedList({ items, onOpen }: { items: ConceptView['essentialSkills']; onOpen?: () => void }) {
  return (
    <ul className="concept-links">
      {items.map((s) => (
        <li key={s.uri}>
          {onOpen ? (
            <RLink to={conceptHref(s.uri)} onClick={onOpen} lang={s.labelLang}>
              {s.label}
            </RLink>
          ) : (
            <span lang={s.labelLang}>{s.label}</span>
          )}
          <LangTag lang={s.labelLang} />
        </li>
      ))}
    </ul>
  );
}

function useKindLabel() {
  const { t } = useTranslation();
  return (kind: ConceptView['kind']): string => {
    switch (kind) {
      case 'occupation':
        return t('taxonomy.kind.occupation');
      case 'skill':
        return t('taxonomy.kind.skill');
      case 'isco':
        return t('taxonomy.kind.isco');
      case 'skill_group':
        return t('taxonomy.kind.skillGroup');
    }
  };
}

function ConceptCard({ concept }: { concept: ConceptView }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusRequested = useRef(false);
  const kindLabel = useKindLabel();
  // After a skill link is followed, the link is gone: move the focus to the new card's name.
  useEffect(() => {
    if (focusRequested.current) heading.current?.focus();
    focusRequested.current = false;
  }, [concept.uri]);
  const openLink = () => {
    focusRequested.current = true;
  };
  return (
    <section className="concept-card" aria-labelledby="concept-title">
      <p className="concept-kind">{kindLabel(concept.kind)}</p>
      <h2 id="concept-title" tabIndex={-1} ref={heading}>
        <span lang={concept.labelLang}>{concept.label}</span>
        <LangTag lang={concept.labelLang} />
      </h2>
      <h3>{t('taxonomy.card.names')}</h3>
      <dl className="concept-names">
        {nameLanguages.map((l) => (
          <div key={l}>
            <dt>{t('taxonomy.card.language', { lang: l })}</dt>
            <dd lang={concept.labels[l] ? l : undefined}>{concept.labels[l] ?? t('taxonomy.card.noName')}</dd>
          </div>
        ))}
      </dl>
      {concept.description && (
        <>
          <h3>{t('taxonomy.card.description')}</h3>
          <p className="concept-description">
            <span lang={concept.descriptionLang ?? undefined}>{concept.description}</span>
            <LangTag lang={concept.descriptionLang} />
          </p>
        </>
      )}
      {concept.alternativeLabels.length > 0 && (
        <>
          <h3>{t('taxonomy.card.alternativeNames')}</h3>
          <ul className="concept-alt" lang={concept.labelLang}>
            {concept.alternativeLabels.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      )}
      {concept.broader.length > 0 && (
        <>
          <h3>{t('taxonomy.card.broader')}</h3>
          <NamedList items={concept.broader} onOpen={openLink} />
        </>
      )}
      {concept.kind === 'occupation' && (
        <div className="concept-skills">
          <div>
            <h3>{t('taxonomy.card.essentialSkills', { count: concept.essentialSkills.length })}</h3>
            {concept.essentialSkills.length ? (
              <NamedList items={concept.essentialSkills} onOpen={openLink} />
            ) : (
              <p>{t('taxonomy.card.none')}</p>
            )}
          </div>
          <div>
            <h3>{t('taxonomy.card.optionalSkills', { count: concept.optionalSkills.length })}</h3>
            {concept.optionalSkills.length ? (
              <NamedList items={concept.optionalSkills} onOpen={openLink} />
            ) : (
              <p>{t('taxonomy.card.none')}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function LinkedGroup({ title, id, items, text }: { title: string; id: string; items: LinkedConcept[]; text: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="linked-group">
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p>{t('taxonomy.link.noneOfKind')}</p>
      ) : (
        <ul className="linked-list">
          {items.map((c) => (
            <li key={c.uri}>
              <RLink to={conceptHref(c.uri)} lang={c.labelLang}>
                {c.label}
              </RLink>
              <LangTag lang={c.labelLang} />
              {c.evidence.map((e) => (
                <p key={`${e.start}-${e.end}`} className="evidence">
                  <span className="visually-hidden">{t('taxonomy.link.evidence')} </span>
                  <Marked parts={excerpt(text, e)} />
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LinkResults({ text, result }: { text: string; result: LinkResponse }) {
  const { t } = useTranslation();
  const occupations = result.items.filter((i) => i.kind === 'occupation');
  const skills = result.items.filter((i) => i.kind === 'skill');
  const parts = splitByEvidence(
    text,
    result.items.flatMap((i) => i.evidence),
  );
  return (
    <div className="link-results">
      <p role="status" className="link-count">
        {t('taxonomy.link.found', { count: result.items.length })}
      </p>
      {result.items.length > 0 && (
        <>
          <h3>{t('taxonomy.link.textHeading')}</h3>
          <p className="linked-text">
            <Marked parts={parts} />
          </p>
          <div className="linked-groups">
            <LinkedGroup title={t('taxonomy.link.occupations')} id="linked-occupations" items={occupations} text={text} />
            <LinkedGroup title={t('taxonomy.link.skills')} id="linked-skills" items={skills} text={text} />
          </div>
        </>
      )}
    </div>
  );
}

function LinkText() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const msg = useMessage();
  const [text, setText] = useState('');
  const [done, setDone] = useState<{ text: string; result: LinkResponse } | null>(null);
  const errors = useFormErrors();
  const link = useMutation({
    mutationFn: (body: { text: string; lang: typeof locale }) => api<LinkResponse>('POST', '/api/taxonomy/link', body),
    onSuccess: (result, body) => setDone({ text: body.text, result }),
    onError: (e) => errors.fromError(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const body = errors.validate(ZLinkRequest, { text, lang: locale });
    if (body) link.mutate({ text: body.text, lang: locale });
  }
  return (
    <>
      <form onSubmit={submit} noValidate className="form">
        <FormError message={errors.form} />
        <Textarea
          id="link-text"
          labelText={t('taxonomy.link.textLabel')}
          hintText={t('taxonomy.link.textHint')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          status={errors.fields.text ? 'error' : 'default'}
          statusText={msg(errors.fields.text)}
          aria-invalid={errors.fields.text ? true : undefined}
          rows={7}
          fullWidth
        />
        <Button type="submit" id="link-submit" disabled={link.isPending}>
          {t('taxonomy.link.submit')}
        </Button>
      </form>
      {link.isPending && <Loading />}
      {done && <LinkResults text={done.text} result={done.result} />}
    </>
  );
}

export function SkillsAndOccupationsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const uri = params.get('uri') ?? '';
  const concept = useConcept(uri);
  const source = useTaxonomySource();
  const shown = uri && concept.data ? concept.data : null;
  const open = (next: string) => {
    if (next !== uri) setParams({ uri: next });
  };
  return (
    <Page title={t('taxonomy.page.title')} lead={<Paragraph>{t('taxonomy.page.lead')}</Paragraph>} wide>
      <TaxonomySource source={source} />
      <Section title={t('taxonomy.page.searchHeading')} id="taxonomy-search">
        <div className="concept-search-grid">
          <ConceptSearchField
            id="search-occupation"
            kind="occupation"
            label={t('taxonomy.page.occupationLabel')}
            hintText={t('taxonomy.page.occupationHint')}
            value={shown?.kind === 'occupation' ? shown : null}
            onSelect={(c) => open(c.uri)}
            showSource={false}
          />
          <ConceptSearchField
            id="search-skill"
            kind="skill"
            label={t('taxonomy.page.skillLabel')}
            hintText={t('taxonomy.page.skillHint')}
            value={shown?.kind === 'skill' ? shown : null}
            onSelect={(c) => open(c.uri)}
            showSource={false}
          />
        </div>
      </Section>
      {uri &&
        (concept.isPending ? (
          <Loading />
        ) : concept.isError ? (
          <FormError
            message={{
              key: concept.error instanceof ApiError && concept.error.status === 404 ? 'taxonomy.card.notFound' : 'errors.server.error',
            }}
          />
        ) : (
          <ConceptCard concept={concept.data} />
        ))}
      <Section title={t('taxonomy.link.heading')} id="taxonomy-link">
        <p>{t('taxonomy.link.lead')}</p>
        {me ? (
          <LinkText />
        ) : (
          <p>
            <RLink to={`/sign-in?returnTo=${encodeURIComponent('/skills-and-occupations')}`}>{t('taxonomy.link.signIn')}</RLink>
          </p>
        )}
      </Section>
    </Page>
  );
}
