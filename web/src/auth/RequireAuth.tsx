/** Route guard: nobody logged in → /login (remembering where they were going); too low a role → a clear refusal. */
import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, Loading } from '../components/States';
import { atLeast, ROLE_LABEL, type Role } from './roles';
import { useMe } from './useMe';

export function RequireAuth({ children, least = 'agent' }: { children: ReactNode; least?: Role }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading label="Checking your session…" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} what="your session" />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!atLeast(me.data.role, least)) {
    return (
      <Alert color="yellow" title="Not available to your role" m="md">
        This page is for {ROLE_LABEL[least].toLowerCase()}s and above; you are logged in as{' '}
        {ROLE_LABEL[me.data.role].toLowerCase()}. Ask an admin if you need it.
      </Alert>
    );
  }
  return children;
}
