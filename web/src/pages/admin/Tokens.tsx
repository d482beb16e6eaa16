/** My API tokens: create one (shown once), see when each was last used, revoke. */
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage, unwrap } from '../../api/client';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { formatDateTime } from '../common/format';
import { When } from '../common/When';
import { notify } from '../common/notify';

export function Tokens() {
  const client = useQueryClient();
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: () => unwrap(api.GET('/api/v1/tokens')) });
  const [name, setName] = useState('');
  const [shown, setShown] = useState<{ name: string; token: string } | null>(null);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/tokens', { body: { name: name.trim() } })),
    onSuccess: (created) => {
      setShown({ name: created.name, token: created.token });
      setName('');
      void client.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      notify({
        color: 'teal',
        title: 'Token revoked',
        message: 'Requests with it are refused from now on.',
      });
      void client.invalidateQueries({ queryKey: ['tokens'] });
    },
    onError: (error) => notify({ color: 'red', title: 'Not revoked', message: errorMessage(error) }),
  });
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb={4}>
          Create a token
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          A token acts as you, with your role, for integrations (a call-transcription pipeline, a help desk). Send it as{' '}
          <Code>Authorization: Bearer dfs_…</Code>.
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate();
          }}
        >
          <Group align="flex-end">
            <TextInput
              label="Token name"
              placeholder="e.g. Telephony pipeline"
              required
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              w={320}
            />
            <Button type="submit" loading={create.isPending}>
              Create token
            </Button>
          </Group>
          {create.isError ? (
            <Alert color="red" mt="sm">
              {errorMessage(create.error)}
            </Alert>
          ) : null}
        </form>
      </Paper>
      {tokens.isPending ? (
        <Loading label="Loading tokens…" />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} what="your tokens" />
      ) : tokens.data.items.length === 0 ? (
        <EmptyState title="You have no API token.">
          Create one above when an integration needs to call defuse.
        </EmptyState>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Caption>Your API tokens</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Created</Table.Th>
              <Table.Th scope="col">Last used</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.items.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{t.name}</Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(t.createdAt)}</Text>
                </Table.Td>
                <Table.Td>{t.lastUsedAt ? <When iso={t.lastUsedAt} /> : <Text size="sm">Never</Text>}</Table.Td>
                <Table.Td>
                  {t.revokedAt ? (
                    <Badge c="dark.8" color="gray" variant="light">
                      Revoked {formatDateTime(t.revokedAt)}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      loading={revoke.isPending && revoke.variables === t.id}
                      onClick={() => revoke.mutate(t.id)}
                      aria-label={`Revoke token ${t.name}`}
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={shown !== null} onClose={() => setShown(null)} title="Your new token — shown once" size="lg">
        <Stack>
          <Text size="sm">
            Copy “{shown?.name}” now: defuse stores only its digest and cannot show it again. Revoke it here if it
            leaks.
          </Text>
          <Group wrap="nowrap">
            <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="new-token">
              {shown?.token}
            </Code>
            <CopyButton value={shown?.token ?? ''}>
              {({ copied, copy }) => (
                <Button onClick={copy} variant={copied ? 'light' : 'filled'}>
                  {copied ? 'Copied' : 'Copy token'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setShown(null)}>
              I have stored it
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
