import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { meKey, refreshForLanguage } from './session';

describe('queries after a language switch', () => {
  it('fetches what is on screen again, forgets the rest, and keeps the signed-in person', async () => {
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let language = 'fi';
    const fetched: string[] = [];
    const labels = (key: string) => () => {
      fetched.push(`${key} ${language}`);
      return Promise.resolve(`${key} in ${language}`);
    };
    const shown = new QueryObserver(qc, { queryKey: ['matching', 'openings-for-me'], queryFn: labels('jobs'), staleTime: Infinity });
    const stop = shown.subscribe(() => {});
    await qc.fetchQuery({ queryKey: ['taxonomy', 'concept', 'x'], queryFn: labels('concept'), staleTime: Infinity });
    qc.setQueryData(meKey, { name: 'Olena' });
    await expect.poll(() => shown.getCurrentResult().data).toBe('jobs in fi');

    language = 'sv';
    await refreshForLanguage(qc);

    expect(shown.getCurrentResult().data).toBe('jobs in sv');
    expect(qc.getQueryData(['taxonomy', 'concept', 'x'])).toBeUndefined();
    expect(qc.getQueryData(meKey)).toEqual({ name: 'Olena' });
    expect(fetched).toEqual(['jobs fi', 'concept fi', 'jobs sv']);
    stop();
  });
});
