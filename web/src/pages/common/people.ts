/**
 * People: the team directory (GET /directory, every member: id, name, role, team of active colleagues) for showing
 * and picking people, and the admin-only user list (GET /users) for managing accounts.
 */
import { useQuery } from '@tanstack/react-query';
import { api, type ResponseOf, unwrap } from '../../api/client';
import { useMe } from '../../auth/useMe';

export type User = ResponseOf<'/api/v1/users', 'get'>['items'][number];
export type Colleague = ResponseOf<'/api/v1/directory', 'get'>['items'][number];

/** The org's users with e-mail and account state (admins only: GET /users is an admin route); empty for others. */
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

/** Active colleagues, by name, with their role and team: readable by everyone in the org. */
export function useDirectory() {
  const me = useMe().data;
  const query = useQuery({
    queryKey: ['directory'],
    queryFn: () => unwrap(api.GET('/api/v1/directory')),
    enabled: Boolean(me),
    staleTime: 60_000,
  });
  return { ...query, people: query.data?.items ?? [] };
}

/**
 * A person's name for an id: "You" for the caller, the directory's name for a colleague; admins also know
 * deactivated users by name. Anyone else is "A former colleague" (deactivated, so no longer in the directory).
 */
export function usePersonName() {
  const me = useMe().data;
  const { people, isPending } = useDirectory();
  const { users } = useUsers();
  return (id: string | null | undefined, unassigned = 'Unassigned'): string => {
    if (!id) return unassigned;
    if (id === me?.id) return 'You';
    const name = people.find((p) => p.id === id)?.name ?? users.find((u) => u.id === id)?.name;
    if (name) return name;
    return isPending ? '…' : 'A former colleague';
  };
}

export function useOwnerName(id: string | null | undefined): string {
  return usePersonName()(id);
}
