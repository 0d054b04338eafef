import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type { sectionSchemas } from '../../../server/modules/talents/talents.schema';
import type { ProfileSection } from '../../../shared/profile';
import { api } from '../../app/api';
import { ApiError, toProblem } from '../../app/problem';
import type { EmployerView, Profile } from '../../app/types';

/** The person's own profile; a counsellor's view of a client's is at `/api/clients/<userId>/profile`. */
export const ownProfileApi = '/api/profile';

export const profileKey = (apiBase: string) => ['profile', apiBase] as const;
export const employerViewKey = (apiBase: string) => ['profile', apiBase, 'employer-view'] as const;

export type SectionBody<S extends ProfileSection> = z.infer<(typeof sectionSchemas)[S]>;

export function useProfile(apiBase: string) {
  return useQuery({ queryKey: profileKey(apiBase), queryFn: () => api<Profile>('GET', apiBase), retry: false });
}

export function useEmployerView(apiBase: string) {
  return useQuery({
    queryKey: employerViewKey(apiBase),
    queryFn: () => api<EmployerView>('GET', `${apiBase}/employer-view`),
    retry: false,
  });
}

/** Every change answers with the whole profile: it replaces the cached one, and the employer view is loaded afresh. */
export function useSetProfile(apiBase: string) {
  const qc = useQueryClient();
  return useCallback(
    (profile: Profile) => {
      qc.setQueryData(profileKey(apiBase), profile);
      void qc.invalidateQueries({ queryKey: employerViewKey(apiBase) });
    },
    [qc, apiBase],
  );
}

/** Replaces one section of the profile, whole. */
export function useSaveSection<S extends ProfileSection>(apiBase: string, section: S) {
  const setProfile = useSetProfile(apiBase);
  return useMutation({
    mutationFn: (body: SectionBody<S>) => api<Profile>('PUT', `${apiBase}/${section}`, body),
    onSuccess: setProfile,
  });
}

/** Uploads a CV as multipart/form-data field "file"; the browser sets the content type and boundary. */
export async function uploadCv(apiBase: string, file: File): Promise<Profile> {
  const body = new FormData();
  body.append('file', file);
  const res = await fetch(`${apiBase}/cv`, { method: 'POST', body, credentials: 'same-origin', headers: { accept: 'application/json' } });
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  if (!res.ok) throw new ApiError(res.status, toProblem(res.status, data));
  return data as Profile;
}
