/** Log in: Email and Password; then back to where the person was going (or their home page by role). */
import { Alert, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import type { Role } from '../../auth/roles';
import { useLogin, useMe } from '../../auth/useMe';

const home = (role: Role) => (role === 'agent' ? '/' : '/queue');

/** Only same-app paths are followed after log-in (never another site). */
const safeNext = (next: string | null): string | null =>
  next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : null;

export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const next = safeNext(params.get('next'));

  useEffect(() => {
    document.title = 'Log in · defuse';
  }, []);

  if (me.data) return <Navigate to={next ?? home(me.data.role)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: (user) => navigate(next ?? home(user.role), { replace: true }) },
    );
  };

  return (
    <Box component="main" mih="100vh" bg="gray.0">
      <Center mih="100vh" p="md">
        <Stack w={380} gap="lg">
          <Stack gap={4} align="center">
            <Text fw={800} fz={32} c="blue.8" component="p" m={0}>
              defuse
            </Text>
            <Text c="dimmed" ta="center" size="sm">
              Coaching for the hardest conversations, and promises that don't get dropped.
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <form onSubmit={submit} aria-labelledby="login-title">
              <Stack>
                <Title order={1} size="h3" id="login-title">
                  Log in
                </Title>
                <TextInput
                  label="Email"
                  type="email"
                  autoComplete="username"
                  required
                  autoFocus
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                />
                <PasswordInput
                  label="Password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                />
                {login.isError ? (
                  <Alert color="red" role="alert" title="Could not log in">
                    {errorMessage(login.error)}
                  </Alert>
                ) : null}
                <Button type="submit" loading={login.isPending} fullWidth>
                  Log in
                </Button>
                <Text size="xs" c="dimmed">
                  No account? Ask your admin for one. The first start of a new server prints demo log-ins.
                </Text>
              </Stack>
            </form>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
