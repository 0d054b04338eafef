import { useSearchParams } from 'react-router';

/** Filters kept in the URL, so they survive reload and can be linked to. */
export function useSearchState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const offset = Number(params.get('offset') ?? 0) || 0;
  function set(next: Partial<Record<K | 'offset', string | number>>, resetOffset = true) {
    const sp = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === '' || v === undefined || v === 0) sp.delete(k);
      else sp.set(k, String(v));
    }
    if (resetOffset && !('offset' in next)) sp.delete('offset');
    setParams(sp, { replace: false });
  }
  return { values, offset, set };
}
