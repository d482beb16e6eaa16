/** The org's named root causes (P3) with their process fixes (P2), for filters and the case page. */
import { useQuery } from '@tanstack/react-query';
import { api, type ResponseOf, unwrap } from '../../api/client';

export type RootCause = ResponseOf<'/api/v1/root-causes', 'get'>['items'][number];

export function useRootCauses() {
  const query = useQuery({
    queryKey: ['root-causes'],
    queryFn: () => unwrap(api.GET('/api/v1/root-causes')),
    staleTime: 60_000,
  });
  return { ...query, available: query.isSuccess, items: query.data?.items ?? [] };
}
