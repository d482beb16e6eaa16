/** Webhooks: endpoints (secret shown once), pause/resume, delete, a test event, and each endpoint's delivery log. */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type BodyOf, errorMessage, type ResponseOf, unwrap } from '../../api/client';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { formatDateTime } from '../common/format';
import { Deliveries } from './Deliveries';
import { notify } from '../common/notify';

type EventType = NonNullable<BodyOf<'/api/v1/webhooks', 'post'>['eventTypes']>[number];
export type Webhook = ResponseOf<'/api/v1/webhooks', 'get'>['items'][number];

const EVENTS: { value: EventType; label: string }[] = [
  { value: 'case.created', label: 'case.created — a case is opened' },
  { value: 'case.updated', label: 'case.updated — a case changes or moves on' },
  { value: 'case.closed', label: 'case.closed — a case is closed' },
  { value: 'commitment.due', label: 'commitment.due — a promise is about to be due' },
  { value: 'commitment.overdue', label: 'commitment.overdue — a promise is overdue' },
  { value: 'commitment.completed', label: 'commitment.completed — a promise is kept' },
  { value: 'commitment.handed_over', label: 'commitment.handed_over — a promise changes owner' },
  { value: 'conversation.escalated', label: 'conversation.escalated — a conversation needs a supervisor' },
  { value: 'conversation.abusive', label: 'conversation.abusive — a customer abused an agent' },
];

function SecretOnce({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  return (
    <Modal opened={secret !== null} onClose={onClose} title="Signing secret — shown once" size="lg">
      <Stack>
        <Text size="sm">
          Copy it now and store it with the receiving service: defuse keeps only a digest and cannot show it again.
          Verify each delivery’s <Code>defuse-signature: t=…,v1=…</Code> as HMAC-SHA256 of <Code>t.body</Code>.
        </Text>
        <Group wrap="nowrap">
          <Code block style={{ flex: 1 }} data-testid="webhook-secret">
            {secret}
          </Code>
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button onClick={copy} variant={copied ? 'light' : 'filled'}>
                {copied ? 'Copied' : 'Copy secret'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            I have stored it
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AddWebhook() {
  const client = useQueryClient();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<EventType[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/webhooks', { body: { url: url.trim(), eventTypes: events } })),
    onSuccess: (created) => {
      setSecret(created.secret);
      setUrl('');
      setEvents([]);
      void client.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        Add an endpoint
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label="Endpoint URL"
            placeholder="https://example.com/defuse-events"
            required
            type="url"
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            w={340}
          />
          <MultiSelect
            label="Events"
            placeholder={events.length ? '' : 'Every event'}
            description="Leave empty for every event"
            data={EVENTS}
            value={events}
            onChange={(value) => setEvents(value as EventType[])}
            clearable
            w={360}
            comboboxProps={{ withinPortal: true }}
          />
          <Button type="submit" loading={create.isPending}>
            Add webhook
          </Button>
        </Group>
        {create.isError ? (
          <Alert color="red" mt="sm" title="The endpoint was not added">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
      </form>
      <SecretOnce secret={secret} onClose={() => setSecret(null)} />
    </Paper>
  );
}

function DeleteWebhook({ webhook }: { webhook: Webhook }) {
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: webhook.id } } })),
    onSuccess: () => {
      notify({ color: 'teal', title: 'Webhook deleted', message: webhook.url });
      void client.invalidateQueries({ queryKey: ['webhooks'] });
      close();
    },
  });
  return (
    <>
      <Button size="xs" variant="outline" color="red.9" onClick={open} aria-label={`Delete webhook ${webhook.url}`}>
        Delete…
      </Button>
      <Modal opened={opened} onClose={close} title="Delete this webhook?">
        <Stack>
          <Text size="sm">
            <Code>{webhook.url}</Code> stops receiving events now. Deliveries not yet sent are dropped and its delivery
            log is deleted; the deletion is kept in the audit trail.
          </Text>
          {remove.isError ? <Alert color="red">{errorMessage(remove.error)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate()}>
              Delete webhook
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function WebhookRow({ webhook, selected, onSelect }: { webhook: Webhook; selected: boolean; onSelect: () => void }) {
  const client = useQueryClient();
  const toggle = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/webhooks/{id}', {
          params: { path: { id: webhook.id } },
          body: { active: !webhook.active },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['webhooks'] }),
    onError: (error) => notify({ color: 'red', title: 'Not changed', message: errorMessage(error) }),
  });
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
          {webhook.url}
        </Text>
        <Text size="xs" c="dimmed">
          Added {formatDateTime(webhook.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{webhook.eventTypes.length ? webhook.eventTypes.join(', ') : 'Every event'}</Text>
      </Table.Td>
      <Table.Td>
        <Badge c="dark.8" color={webhook.active ? 'teal' : 'gray'} variant="light">
          {webhook.active ? 'Active' : 'Paused'}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant={selected ? 'filled' : 'light'} onClick={onSelect} aria-pressed={selected}>
            Deliveries
          </Button>
          <Button size="xs" variant="default" loading={toggle.isPending} onClick={() => toggle.mutate()}>
            {webhook.active ? 'Pause' : 'Resume'}
          </Button>
          <DeleteWebhook webhook={webhook} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

export function Webhooks() {
  const hooks = useQuery({ queryKey: ['webhooks'], queryFn: () => unwrap(api.GET('/api/v1/webhooks')) });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const items = hooks.data?.items ?? [];
  const selected = items.find((w) => w.id === selectedId) ?? (items.length === 1 ? items[0] : undefined);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        defuse POSTs signed JSON events to these endpoints and retries failures with backoff for 24 hours. See{' '}
        <Anchor href="/api/docs" target="_blank" underline="always">
          the API docs
        </Anchor>{' '}
        for the payloads.
      </Text>
      <AddWebhook />
      {hooks.isPending ? (
        <Loading label="Loading webhooks…" />
      ) : hooks.isError ? (
        <ErrorState error={hooks.error} onRetry={() => void hooks.refetch()} what="webhooks" />
      ) : items.length === 0 ? (
        <EmptyState title="No webhook yet.">
          Add an endpoint above to send case, promise and conversation events to your help desk or chat tool.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm">
            <Table.Caption>Webhook endpoints</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Endpoint</Table.Th>
                <Table.Th scope="col">Events</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((w) => (
                <WebhookRow
                  key={w.id}
                  webhook={w}
                  selected={w.id === selected?.id}
                  onSelect={() => setSelectedId(w.id === selectedId ? null : w.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {selected ? <Deliveries webhook={selected} /> : null}
    </Stack>
  );
}
