/** Users (role, team, active) and teams. Every change is audited by the server. */
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type BodyOf, errorMessage, unwrap } from '../../api/client';
import { ROLE_LABEL, type Role } from '../../auth/roles';
import { useMe } from '../../auth/useMe';
import { NewPasswordFields, newPasswordState } from '../../components/fields';
import { TeamSelect, useTeams } from '../../components/PersonSelect';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { formatDay } from '../common/format';
import { type User, useUsers } from '../common/people';
import { notify } from '../common/notify';

const ROLES: Role[] = ['agent', 'supervisor', 'admin'];
const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }));

function useChangeUser(user: User) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/users/{id}', 'patch'>) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body })),
    onSuccess: (updated) => {
      notify({ color: 'teal', title: 'User updated', message: `${updated.name} (${updated.email})` });
      void client.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (error) => notify({ color: 'red', title: 'Not changed', message: errorMessage(error) }),
  });
}

function UserRow({ user }: { user: User }) {
  const me = useMe().data;
  const change = useChangeUser(user);
  const self = me?.id === user.id;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {user.name}{' '}
          {self ? (
            <Badge autoContrast size="xs">
              you
            </Badge>
          ) : null}
        </Text>
        <Text size="xs" c="dimmed">
          {user.email}
        </Text>
        <ResetPassword user={user} />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`Role of ${user.name}`}
          data={roleOptions}
          value={user.role}
          allowDeselect={false}
          disabled={self || change.isPending}
          onChange={(value) => value && value !== user.role && change.mutate({ role: value as Role })}
          w={120}
          size="xs"
        />
      </Table.Td>
      <Table.Td>
        <TeamSelect
          aria-label={`Team of ${user.name}`}
          value={user.teamId}
          clearable
          disabled={change.isPending}
          onChange={(value) => value !== user.teamId && change.mutate({ teamId: value })}
          w={150}
          size="xs"
        />
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`${user.name} can log in`}
          label={user.active ? 'Active' : 'Deactivated'}
          checked={user.active}
          disabled={self || change.isPending}
          onChange={(event) => change.mutate({ active: event.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="xs">{formatDay(user.createdAt)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** An admin sets a new password for someone who lost theirs; their sessions end (the server audits it). */
function ResetPassword({ user }: { user: User }) {
  const me = useMe().data;
  const [opened, { open, close }] = useDisclosure(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const reset = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/users/{id}/password', { params: { path: { id: user.id } }, body: { newPassword: password } }),
      ),
    onSuccess: () => {
      notify({
        color: 'teal',
        title: 'Password reset',
        message: `${user.name} is logged out everywhere and logs in with the new password; ask them to change it.`,
      });
      setPassword('');
      setRepeat('');
      close();
    },
  });
  if (me?.id === user.id) return null;
  return (
    <>
      <Button size="compact-xs" variant="subtle" px={0} onClick={open} aria-label={`Reset password… of ${user.name}`}>
        Reset password…
      </Button>
      <Modal opened={opened} onClose={close} title={`Reset the password of ${user.name}`}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (newPasswordState(password, repeat).valid) reset.mutate();
          }}
        >
          <Stack>
            <NewPasswordFields password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} />
            {reset.isError ? <Alert color="red">{errorMessage(reset.error)}</Alert> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={reset.isPending} disabled={!newPasswordState(password, repeat).valid}>
                Reset password
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function AddUser() {
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [form, setForm] = useState({
    email: '',
    name: '',
    role: 'agent' as Role,
    teamId: null as string | null,
    password: '',
    repeat: '',
  });
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/users', {
          body: {
            email: form.email.trim(),
            role: form.role,
            password: form.password,
            teamId: form.teamId,
            ...(form.name.trim() ? { name: form.name.trim() } : {}),
          },
        }),
      ),
    onSuccess: (user) => {
      notify({
        color: 'teal',
        title: 'User added',
        message: `${user.email} can log in with the password you set; ask them to change it.`,
      });
      void client.invalidateQueries({ queryKey: ['users'] });
      setForm({ email: '', name: '', role: 'agent', teamId: null, password: '', repeat: '' });
      close();
    },
  });
  return (
    <>
      <Button onClick={open}>Add a user…</Button>
      <Modal opened={opened} onClose={close} title="Add a user">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate();
          }}
        >
          <Stack>
            <TextInput
              label="Email"
              type="email"
              required
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
              data-autofocus
            />
            <TextInput
              label="Name"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            />
            <Select
              label="Role"
              data={roleOptions}
              value={form.role}
              allowDeselect={false}
              onChange={(v) => v && setForm({ ...form, role: v as Role })}
            />
            <TeamSelect label="Team" value={form.teamId} clearable onChange={(v) => setForm({ ...form, teamId: v })} />
            <NewPasswordFields
              label="First password"
              description="At least 10 characters. Give it to them in person; they change it after logging in."
              password={form.password}
              repeat={form.repeat}
              onPassword={(password) => setForm({ ...form, password })}
              onRepeat={(repeat) => setForm({ ...form, repeat })}
            />
            {create.isError ? <Alert color="red">{errorMessage(create.error)}</Alert> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={!newPasswordState(form.password, form.repeat).valid}
              >
                Add user
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function Teams() {
  const client = useQueryClient();
  const teams = useTeams();
  const { users } = useUsers();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/teams', { body: { name: name.trim() } })),
    onSuccess: (team) => {
      notify({ color: 'teal', title: 'Team added', message: team.name });
      setName('');
      void client.invalidateQueries({ queryKey: ['teams'] });
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="teams-title">
      <Title order={2} size="h4" id="teams-title" mb="xs">
        Teams
      </Title>
      {teams.isPending ? (
        <Loading label="Loading teams…" />
      ) : teams.isError ? (
        <ErrorState error={teams.error} onRetry={() => void teams.refetch()} what="teams" />
      ) : (
        <Stack gap={4} mb="sm">
          {teams.data.items.map((t) => (
            <Group key={t.id} justify="space-between">
              <Text size="sm">{t.name}</Text>
              <Text size="xs" c="dimmed">
                {users.filter((u) => u.teamId === t.id && u.active).length} active members
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            label="New team"
            placeholder="e.g. Billing"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={create.isPending}>
            Add team
          </Button>
        </Group>
        {create.isError ? (
          <Alert color="red" mt="xs">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
      </form>
    </Paper>
  );
}

export function UsersAndTeams() {
  const users = useUsers();
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="users-title">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="users-title">
              Users
            </Title>
            <AddUser />
          </Group>
          {users.isPending ? (
            <Loading label="Loading users…" />
          ) : users.isError ? (
            <ErrorState error={users.error} onRetry={() => void users.refetch()} what="users" />
          ) : users.users.length === 0 ? (
            <EmptyState title="No users.">Add the first one with “Add a user”.</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">User</Table.Th>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">Team</Table.Th>
                    <Table.Th scope="col">Access</Table.Th>
                    <Table.Th scope="col">Added</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {users.users.map((u) => (
                    <UserRow key={u.id} user={u} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <Teams />
      </Grid.Col>
    </Grid>
  );
}
