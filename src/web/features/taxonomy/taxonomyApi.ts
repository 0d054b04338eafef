import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type {
  ZConceptHit,
  ZConceptView,
  ZLinkResponse,
  ZSearchResponse,
  ZTaxonomySource,
  ZTaxonomyStatus,
} from '../../../server/modules/taxonomy/taxonomy.schema';
import { api, query } from '../../app/api';
import { useFormat } from '../../app/format';

export type ConceptKind = 'skill' | 'occupation';
export type ConceptHit = z.infer<typeof ZConceptHit>;
export type ConceptView = z.infer<typeof ZConceptView>;
export type SearchResponse = z.infer<typeof ZSearchResponse>;
export type LinkResponse = z.infer<typeof ZLinkResponse>;
export type LinkedConcept = LinkResponse['items'][number];
export type TaxonomySource = z.infer<typeof ZTaxonomySource>;
export type TaxonomyStatus = z.infer<typeof ZTaxonomyStatus>;

/** The value after it has stayed the same for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Autocomplete over one kind of concept; the previous results stay while the next load. */
export function useConceptSearch(q: string, kind: ConceptKind, limit = 10) {
  const { locale } = useFormat();
  const text = q.trim();
  return useQuery({
    queryKey: ['taxonomy', 'search', kind, locale, text, limit],
    queryFn: ({ signal }) =>
      api<SearchResponse>('GET', `/api/taxonomy/search${query({ q: text, kind, lang: locale, limit })}`, undefined, signal),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useConcept(uri: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: ['taxonomy', 'concept', uri, locale],
    queryFn: () => api<ConceptView>('GET', `/api/taxonomy/concept${query({ uri, lang: locale })}`),
    enabled: uri.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** Which taxonomy is loaded (ESCO or the demo one): for the attribution shown with its data. */
export function useTaxonomySource(): TaxonomySource | undefined {
  const status = useQuery({
    queryKey: ['taxonomy', 'status'],
    queryFn: () => api<TaxonomyStatus>('GET', '/api/taxonomy/status'),
    staleTime: 10 * 60_000,
  });
  return status.data?.source;
}
