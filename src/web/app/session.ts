import { useQuery, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { isLocale } from '../../shared/locales';
import { api } from './api';
import { i18next, setLocale, takeChosenLocale } from './i18n';
import { ApiError } from './problem';
import type { Me, Municipality, Role } from './types';

export const meKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('GET', '/api/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** The signed-in person, or null. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });
}

export function rolesOf(me: Me | null | undefined): Set<Role> {
  return new Set((me?.memberships ?? []).map((m) => m.role));
}

/**
 * Forgets everything cached for the previous person except the `me` query itself (its
 * observers stay attached; clearing the whole cache would leave them on a dead query).
 */
export function resetPerson(qc: QueryClient, me: Me | null): void {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  qc.setQueryData(meKey, me);
}

/**
 * After the UI language changed (and the server knows it: the account's language is saved
 * first, or the language cookie is set): answers cached in the previous language go. Queries
 * on screen are fetched again, so their labels (skill names, occupations, explanations)
 * follow without a reload; the others are forgotten, so that a page opened later does not
 * show them in the old language first. The signed-in person (`me`) stays.
 */
export function refreshForLanguage(qc: QueryClient): Promise<void> {
  const labelled = (q: Query) => q.queryKey[0] !== meKey[0];
  qc.removeQueries({ type: 'inactive', predicate: labelled });
  return qc.invalidateQueries({ predicate: labelled });
}

/** Keeps every query in the UI language: see refreshForLanguage. Used once, by the layout. */
export function useQueriesFollowLanguage(): void {
  const qc = useQueryClient();
  useEffect(() => {
    const changed = () => void refreshForLanguage(qc);
    i18next.on('languageChanged', changed);
    return () => i18next.off('languageChanged', changed);
  }, [qc]);
}

/**
 * After sign-in or sign-up: load the person, and show their saved language, unless they
 * picked another one just before signing in; that choice is kept and saved on the account
 * the way the language switch saves it.
 */
export function useAfterSignIn() {
  const qc = useQueryClient();
  return useCallback(async () => {
    let me = await fetchMe();
    const chosen = takeChosenLocale();
    if (me && chosen && chosen !== me.locale) {
      me = (await api<Me>('PATCH', '/api/me', { locale: chosen }).catch(() => null)) ?? me;
    }
    resetPerson(qc, me);
    const shown = chosen ?? (me && isLocale(me.locale) ? me.locale : null);
    if (me && shown) await setLocale(shown);
    return me;
  }, [qc]);
}

/**
 * Signs out. With `to`, the browser loads that page afresh, so nothing of the person stays in
 * memory (and no signed-in page gets to redirect first); without, the current page stays.
 */
export function useSignOut() {
  const qc = useQueryClient();
  return useCallback(
    async (to: string | null = '/') => {
      try {
        await api('POST', '/api/auth/sign-out', {});
      } finally {
        if (to) window.location.assign(to);
        else resetPerson(qc, null);
      }
    },
    [qc],
  );
}

export function useMunicipalities() {
  return useQuery({
    queryKey: ['municipalities'],
    queryFn: async () => (await api<{ items: Municipality[] }>('GET', '/api/municipalities')).items,
    staleTime: Infinity,
  });
}
