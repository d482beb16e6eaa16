/** Names for user ids. Admins read the org's users; others know themselves, and see other owners as "a teammate". */
import { useQuery } from '@tanstack/react-query';
import { api, type ResponseOf, unwrap } from '../../api/client';
import { useMe } from '../../auth/useMe';

export type User = ResponseOf<'/api/v1/users', 'get'>['items'][number];

/** The org's users (admins only: GET /users is an admin route); empty for other roles. */
export function useUsers() {
  const me = useMe().data;
  const enabled = me?.role === 'admin';
  const query = useQuery({
    queryKey: ['users'],
    queryFn: () => unwrap(api.GET('/api/v1/users')),
    enabled,
    staleTime: 60_000,
  });
  return { ...query, users: query.data?.items ?? [], available: enabled };
}

export function useOwnerName(id: string | null | undefined): string {
  const me = useMe().data;
  const { users } = useUsers();
  if (!id) return 'Unassigned';
  if (id === me?.id) return 'You';
  return users.find((u) => u.id === id)?.name ?? 'A teammate';
}
