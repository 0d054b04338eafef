import { linkText, search } from '../../../core/taxonomy/index.js';
import type { Locale } from '../../../shared/locales.js';
import type { UseCaseCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { TaxonomyIndex } from '../../../core/taxonomy/index.js';
import * as repo from './taxonomy.repo.js';
import type { TLinkRequest, TSearchQuery } from './taxonomy.schema.js';

/** Languages to try, in order, when a label is missing in the one asked for. */
export function fallbackOrder(lang: string): string[] {
  return [...new Set([lang, 'en', 'fi', 'sv'])];
}

export function pick<T extends { lang: string }>(items: T[], lang: string): T | undefined {
  for (const l of fallbackOrder(lang)) {
    const found = items.find((i) => i.lang === l);
    if (found) return found;
  }
  return items[0];
}

async function source(ctx: UseCaseCtx) {
  const latest = await repo.latestImport(ctx.tx);
  return { version: latest?.version ?? null, demo: latest?.demo ?? false, attribution: 'esco' as const };
}

export async function searchConcepts(ctx: UseCaseCtx, index: TaxonomyIndex, q: TSearchQuery) {
  const lang: Locale = q.lang ?? ctx.locale;
  const hits = search(index, q.q, { kinds: q.kind ? [q.kind] : ['skill', 'occupation'], lang, limit: q.limit, prefix: true });
  return {
    items: hits.map((h) => ({
      uri: h.id,
      kind: h.kind as 'skill' | 'occupation' | 'isco',
      label: h.label,
      labelLang: h.labelLang,
      matchedLabel: h.matchedLabel,
      score: h.score,
    })),
    source: await source(ctx),
  };
}

export async function linkConcepts(ctx: UseCaseCtx, index: TaxonomyIndex, input: TLinkRequest) {
  const links = linkText(index, input.text, { kinds: input.kinds, lang: input.lang ?? ctx.locale, limit: input.limit });
  return {
    items: links.map((l) => ({
      uri: l.id,
      kind: l.kind as 'skill' | 'occupation' | 'isco',
      label: l.label,
      labelLang: l.labelLang,
      score: l.score,
      evidence: l.evidence,
    })),
    source: await source(ctx),
  };
}

export async function getConcept(ctx: UseCaseCtx, uri: string, lang: Locale) {
  const found = await repo.findConcept(ctx.tx, uri);
  if (!found) throw new AppError('resource.not_found');
  const preferred = found.labels.filter((l) => l.type === 'preferred');
  const shown = pick(preferred, lang);
  const description = pick(found.descriptions, lang);
  const related = [...found.broader, ...found.skills.map((s) => s.uri)];
  const relatedLabels = await repo.preferredLabels(ctx.tx, related);
  const named = (u: string) => {
    const l = pick(
      relatedLabels.filter((r) => r.uri === u),
      lang,
    );
    return { uri: u, label: l?.text ?? u, labelLang: l?.lang ?? '' };
  };
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lang);
  return {
    uri,
    kind: found.concept.type,
    code: found.concept.code,
    label: shown?.text ?? uri,
    labelLang: shown?.lang ?? '',
    alternativeLabels: found.labels.filter((l) => l.type === 'alternative' && l.lang === (shown?.lang ?? lang)).map((l) => l.text),
    description: description?.text ?? null,
    descriptionLang: description?.lang ?? null,
    labels: Object.fromEntries(preferred.map((l) => [l.lang, l.text])),
    broader: found.broader.map(named),
    essentialSkills: found.skills
      .filter((s) => s.relation === 'essential')
      .map((s) => named(s.uri))
      .sort(byLabel),
    optionalSkills: found.skills
      .filter((s) => s.relation === 'optional')
      .map((s) => named(s.uri))
      .sort(byLabel),
    source: await source(ctx),
  };
}

export async function status(ctx: UseCaseCtx) {
  const latest = await repo.latestImport(ctx.tx);
  const counts = await repo.conceptCounts(ctx.tx);
  return {
    source: await source(ctx),
    languages: latest?.languages ?? [],
    importedAt: latest?.importedAt.toISOString() ?? null,
    concepts: { skill: counts.skill ?? 0, occupation: counts.occupation ?? 0, isco: counts.isco ?? 0, skillGroup: counts.skill_group ?? 0 },
  };
}

export type ConceptRef = { uri: string; label: string; labelLang: string };

/** Names concepts in the reader's language (with fallback), for any module that shows them. */
export async function nameConcepts(ctx: UseCaseCtx, uris: Iterable<string>, lang: string): Promise<(uri: string) => ConceptRef> {
  const unique = [...new Set(uris)];
  const rows = await repo.preferredLabels(ctx.tx, unique);
  const byUri = new Map<string, { lang: string; text: string }[]>();
  for (const r of rows) {
    const list = byUri.get(r.uri) ?? [];
    list.push(r);
    byUri.set(r.uri, list);
  }
  return (uri) => {
    const l = pick(byUri.get(uri) ?? [], lang);
    return { uri, label: l?.text ?? uri, labelLang: l?.lang ?? '' };
  };
}
