import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { OpeningStatus } from '../../../shared/employer';
import type { TOpeningRequest, TSuggestSkillsRequest } from '../../../server/modules/openings/openings.schema';
import { api, query } from '../../app/api';
import { rolesOf, useMe } from '../../app/session';
import type { Candidate, EmployerRow, Opening, OpeningRow, Page, SkillSuggestion } from '../../app/types';

export const openingKey = (id: string) => ['openings', id] as const;

/** The employer organisation the signed-in person writes openings for (their first employer membership). */
export function useMyEmployer() {
  const { data: me } = useMe();
  const m = me?.memberships.find((x) => x.role === 'employer' && x.organisation);
  return m?.organisation ?? null;
}

/**
 * The organisation whose openings are shown: an employer user's own; for a counsellor, the
 * served employer chosen in the URL (`?org=`), with the list of employers they serve.
 */
export function useActingEmployer() {
  const own = useMyEmployer();
  const { data: me } = useMe();
  const coordinator = !own && rolesOf(me).has('counsellor');
  const [params] = useSearchParams();
  const served = useQuery({
    queryKey: ['employers', 'mine'],
    queryFn: () => api<Page<EmployerRow>>('GET', `/api/employers${query({ mine: 'true', limit: 100 })}`),
    enabled: coordinator,
  });
  if (own) return { organisation: own, served: null, pending: false };
  const chosen = served.data?.items.find((e) => e.id === params.get('org')) ?? null;
  return {
    organisation: chosen ? { id: chosen.id, name: chosen.name } : null,
    served: coordinator ? (served.data?.items ?? null) : null,
    pending: coordinator && served.isPending,
  };
}

export function useOpenings(organisationId: string | undefined, status: OpeningStatus | '') {
  return useQuery({
    queryKey: ['openings', 'list', organisationId, status],
    queryFn: () => api<Page<OpeningRow>>('GET', `/api/organisations/${organisationId ?? ''}/openings${query({ status, limit: 100 })}`),
    enabled: Boolean(organisationId),
  });
}

export function useOpening(id: string) {
  return useQuery({ queryKey: openingKey(id), queryFn: () => api<Opening>('GET', `/api/openings/${id}`), retry: false });
}

/** Creates (no id) or replaces an opening; the answer is the whole opening. */
export function useSaveOpening(organisationId: string | undefined, id: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TOpeningRequest) =>
      id
        ? api<Opening>('PUT', `/api/openings/${id}`, body)
        : api<Opening>('POST', `/api/organisations/${organisationId ?? ''}/openings`, body),
    onSuccess: (o) => {
      qc.setQueryData(openingKey(o.id), o);
      void qc.invalidateQueries({ queryKey: ['openings', 'list'] });
    },
  });
}

export function useOpeningAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: 'publish' | 'close') => api<Opening>('POST', `/api/openings/${id}/${action}`, {}),
    onSuccess: (o) => {
      qc.setQueryData(openingKey(o.id), o);
      void qc.invalidateQueries({ queryKey: ['openings', 'list'] });
    },
  });
}

export function useSuggestSkills() {
  return useMutation({
    mutationFn: (body: TSuggestSkillsRequest) => api<{ items: SkillSuggestion[] }>('POST', '/api/openings/suggest-skills', body),
  });
}

export function useCandidates(id: string) {
  return useQuery({
    queryKey: ['openings', id, 'candidates'],
    queryFn: () => api<{ items: Candidate[] }>('GET', `/api/openings/${id}/candidates?limit=50`),
    retry: false,
  });
}
