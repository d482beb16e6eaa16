/** One webhook's delivery log: every event sent, each attempt's status, response code, error and time. */
import { Badge, Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { api, type ResponseOf, unwrap } from '../../api/client';
import { ErrorState, Loading } from '../../components/States';
import { formatDateTime } from '../common/format';
import { When } from '../common/When';
import { WebhookTestActions } from './webhook-actions';
import type { Webhook } from './Webhooks';

export type Delivery = ResponseOf<'/api/v1/webhooks/{id}/deliveries', 'get'>['items'][number];

const STATUS_COLOR: Record<Delivery['status'], string> = {
  pending: 'yellow',
  delivered: 'teal',
  failed: 'orange',
  dead: 'red',
};

const STATUS_TEXT: Record<Delivery['status'], string> = {
  pending: 'Pending',
  delivered: 'Delivered',
  failed: 'Failed, will retry',
  dead: 'Gave up',
};

export function Deliveries({ webhook }: { webhook: Webhook }) {
  const [open, setOpen] = useState<string | null>(null);
  const log = useQuery({
    queryKey: ['webhooks', webhook.id, 'deliveries'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/webhooks/{id}/deliveries', {
          params: { path: { id: webhook.id }, query: { limit: 100 } },
        }),
      ),
    // While something is pending, the log moves on its own: keep it current.
    refetchInterval: (query) =>
      query.state.data?.items.some((d) => d.status === 'pending' || d.status === 'failed') ? 3_000 : 30_000,
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deliveries-title">
      <Group justify="space-between" mb="xs">
        <Stack gap={0}>
          <Title order={2} size="h4" id="deliveries-title">
            Delivery log
          </Title>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {webhook.url}
          </Text>
        </Stack>
        <Group gap="xs">
          <WebhookTestActions webhook={webhook} />
          <Button size="xs" variant="default" onClick={() => void log.refetch()} loading={log.isFetching}>
            Refresh
          </Button>
        </Group>
      </Group>
      {log.isPending ? (
        <Loading label="Loading deliveries…" />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} what="the delivery log" />
      ) : log.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing sent yet. Events appear here as they happen; send a test event to check the endpoint now.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} data-testid="deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Event</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Attempts</Table.Th>
                <Table.Th scope="col">Last response</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((d) => (
                <Fragment key={d.id}>
                  <Table.Tr>
                    <Table.Td>
                      <Code>{d.event}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Badge c="dark.8" color={STATUS_COLOR[d.status]} variant="light">
                        {STATUS_TEXT[d.status]}
                      </Badge>
                      {d.status === 'failed' && d.nextAttemptAt ? (
                        <Text size="xs" c="dimmed">
                          next try <When iso={d.nextAttemptAt} size="xs" />
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{d.attemptCount}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{d.responseCode ?? '—'}</Text>
                      {d.error ? (
                        <Text size="xs" c="red.9">
                          {d.error}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <When iso={d.createdAt} size="xs" />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setOpen(open === d.id ? null : d.id)}
                          aria-expanded={open === d.id}
                        >
                          {open === d.id ? 'Hide details' : 'Details'}
                        </Button>
                        <WebhookTestActions webhook={webhook} delivery={d} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {open === d.id ? (
                    <Table.Tr>
                      <Table.Td colSpan={6}>
                        <Stack gap={4}>
                          <Text size="xs">
                            Idempotency key (<Code>defuse-delivery-id</Code>): <Code>{d.idempotencyKey}</Code>
                          </Text>
                          {d.attempts.map((a) => (
                            <Text size="xs" key={a.at}>
                              {formatDateTime(a.at)} — {a.responseCode ?? 'no response'}
                              {a.error ? ` — ${a.error}` : ''} — {a.durationMs} ms
                            </Text>
                          ))}
                          <Code block>{JSON.stringify(d.payload, null, 2)}</Code>
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
