import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Organisation, Page } from '../../app/types';

/** Every organisation of the hub for pickers (a hub has tens, not thousands; pages of 100). */
export function useAllOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'all'],
    queryFn: async () => {
      const items: Organisation[] = [];
      for (let offset = 0; ; offset += 100) {
        const page = await api<Page<Organisation>>('GET', `/api/admin/organisations?limit=100&offset=${offset}`);
        items.push(...page.items);
        if (items.length >= page.total || page.items.length === 0 || offset > 5000) break;
      }
      return items.sort((a, b) => a.name.localeCompare(b.name));
    },
    staleTime: 30_000,
  });
}
