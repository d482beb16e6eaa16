/** The supervisor's queue: live alerts, concessions to decide, overdue promises, abusive conversations, F6 follow-ups
 * and the most valuable customers with an open case. */
import { Anchor, Badge, Grid, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, Loading } from '../../components/States';
import { formatMoney, humanize } from '../common/format';
import { ANGER_COLOR, kindLabel, SEVERITY_COLOR } from '../common/kinds';
import { useOwnerName } from '../common/people';
import { PrincipleList } from '../common/Principle';
import { When } from '../common/When';
import { PromiseActions } from '../promises/PromiseActions';
import { PendingConcessions } from './PendingConcessions';
import { Section } from './Section';
import { describeAlert, happening } from './alert-kinds';
import { chime, type LiveAlert, useLiveAlerts } from './live-alerts';
import { notify } from '../common/notify';

function AlertRow({ alert, fresh }: { alert: LiveAlert; fresh: boolean }) {
  const agent = useOwnerName(alert.agentId);
  const kind = describeAlert(alert);
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      p="xs"
      bg={fresh ? `${kind.color}.0` : 'white'}
      style={{ borderRadius: 'var(--mantine-radius-sm)', borderLeft: `4px solid var(--mantine-color-${kind.color}-7)` }}
      data-testid="live-alert"
    >
      <Stack gap={2}>
        <Group gap="xs">
          <Badge autoContrast color={kind.badge} variant="filled">
            {kind.label}
          </Badge>
          <PrincipleList ids={kind.principles} />
          <Text size="sm" fw={600}>
            {kind.text}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {alert.agentId ? `Agent: ${agent}` : 'System'}
        </Text>
      </Stack>
      <Group gap="sm" wrap="nowrap">
        <When iso={alert.at} size="xs" />
        {alert.conversationId ? (
          <Anchor component={Link} to={`/conversations/${alert.conversationId}`} size="sm">
            Open
          </Anchor>
        ) : null}
      </Group>
    </Group>
  );
}

function LiveAlerts() {
  const [sound, setSound] = useLocalStorage({ key: 'defuse.queue.sound', defaultValue: false });
  const { alerts, status, scope } = useLiveAlerts((alert) => {
    if (sound) chime();
    const look = describeAlert(alert);
    notify({
      // The stored event of a happening replaces the live alert's toast, as it replaces its row.
      id: happening(alert),
      color: look.color,
      title: `Live: ${look.label}${look.principles.length ? ` (${look.principles.join(', ')})` : ''}`,
      message: look.text,
    });
  });
  const statusText = {
    connecting: 'Connecting…',
    live: scope === 'organization' ? 'Live: the whole organization' : 'Live: your team',
    reconnecting: 'Connection lost: reconnecting…',
    refused: 'Not connected: log in again to receive alerts',
  }[status];
  return (
    <Section
      id="queue-live"
      title="Live alerts"
      description="Abuse, anger peaks, hang-ups and overdue promises as they happen in your team's conversations."
      count={alerts.length}
    >
      <Group justify="space-between" mb="xs">
        <Badge
          variant="dot"
          color={status === 'live' ? 'teal' : status === 'refused' ? 'red' : 'yellow'}
          data-testid="live-status"
        >
          {statusText}
        </Badge>
        <Switch
          label="Play a sound on each alert"
          checked={sound}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setSound(on);
            if (on) chime();
          }}
        />
      </Group>
      <div aria-live="polite" aria-relevant="additions">
        {alerts.length === 0 ? (
          <Text size="sm" c="dimmed">
            No alert since you opened this page. Keep it open: new alerts appear here with a notification.
          </Text>
        ) : (
          <Stack gap={6}>
            {alerts.slice(0, 8).map((alert, i) => (
              <AlertRow key={`${alert.at}-${alert.kind}-${alert.conversationId}`} alert={alert} fresh={i === 0} />
            ))}
          </Stack>
        )}
      </div>
    </Section>
  );
}

function OverduePromises() {
  const query = useQuery({
    queryKey: ['queue', 'overdue'],
    queryFn: () => unwrap(api.GET('/api/v1/commitments', { params: { query: { overdue: 'true', limit: 50 } } })),
    refetchInterval: 60_000,
  });
  return (
    <Section
      id="queue-overdue"
      title="Overdue promises"
      description="Promises past their due time (F4). Keep them, or waive them with a reason."
      count={query.data?.items.length}
    >
      {query.isPending ? (
        <Loading label="Loading overdue promises…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} what="overdue promises" />
      ) : query.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing overdue. Every promise in your scope is on time.
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Promise</Table.Th>
              <Table.Th scope="col">Was due</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {kindLabel(c.kind)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {c.contact.name ?? 'Customer'}
                    {c.caseId ? (
                      <>
                        {' · '}
                        <Anchor component={Link} to={`/cases/${c.caseId}`} size="xs">
                          case
                        </Anchor>
                      </>
                    ) : null}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <When iso={c.dueAt} overdueIfPast />
                </Table.Td>
                <Table.Td>
                  <PromiseActions commitment={c} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

function SupervisorFollowUps() {
  const query = useQuery({
    queryKey: ['queue', 'open-promises'],
    queryFn: () => unwrap(api.GET('/api/v1/commitments', { params: { query: { state: 'open', limit: 200 } } })),
    refetchInterval: 60_000,
  });
  const followUps = query.data?.items.filter((c) => c.kind === 'supervisor_follow_up') ?? [];
  return (
    <Section
      id="queue-f6"
      title="Unresolved cases owed a follow-up"
      description="Cases closed without a resolution: a supervisor contacts the customer (F6)."
      count={query.data ? followUps.length : undefined}
    >
      {query.isPending ? (
        <Loading label="Loading follow-ups…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} what="follow-ups" />
      ) : followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          No follow-up owed. When a case closes unresolved, it appears here with its due time.
        </Text>
      ) : (
        <Stack gap="xs">
          {followUps.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap">
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {c.contact.name ?? 'Customer'} {c.contact.phone ? `· ${c.contact.phone}` : ''}
                </Text>
                {c.caseId ? (
                  <Anchor component={Link} to={`/cases/${c.caseId}`} size="xs">
                    Open the case
                  </Anchor>
                ) : null}
              </Stack>
              <Group gap="xs" wrap="nowrap">
                <When iso={c.dueAt} overdueIfPast />
                <PromiseActions commitment={c} />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function AbusiveConversations() {
  const query = useQuery({
    queryKey: ['queue', 'abusive'],
    queryFn: () => unwrap(api.GET('/api/v1/conversations', { params: { query: { abusive: 'true', limit: 10 } } })),
    refetchInterval: 60_000,
  });
  return (
    <Section
      id="queue-abusive"
      title="Abusive conversations"
      description="Customers who abused an agent (B1–B3): check the agent, and that any ending was documented."
      count={query.data?.items.length}
    >
      {query.isPending ? (
        <Loading label="Loading conversations…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} what="abusive conversations" />
      ) : query.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No abusive conversation in your scope.
        </Text>
      ) : (
        <Stack gap="xs">
          {query.data.items.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap">
              <Stack gap={0}>
                <Anchor component={Link} to={`/conversations/${c.id}`} size="sm" fw={600}>
                  {c.customer?.name ?? 'Unknown customer'}
                </Anchor>
                <Text size="xs" c="dimmed">
                  Agent: {c.agent?.name ?? '—'} {c.hangup ? '· ended in a hang-up' : ''}
                </Text>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                {c.peakAngerLevel ? (
                  <Badge c="dark.8" color={ANGER_COLOR[c.peakAngerLevel] ?? 'gray'} variant="light">
                    {c.peakAngerLevel}
                  </Badge>
                ) : null}
                <When iso={c.startedAt} size="xs" />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function CustomersAtRisk() {
  const cases = useQuery({
    queryKey: ['queue', 'recent-cases'],
    queryFn: () => unwrap(api.GET('/api/v1/cases', { params: { query: { limit: 100 } } })),
  });
  const open = (cases.data?.items ?? []).filter((c) => c.state !== 'closed' && c.state !== 'resolved');
  const customerIds = [...new Set(open.map((c) => c.customerId))].slice(0, 30);
  const customers = useQueries({
    queries: customerIds.map((id) => ({
      queryKey: ['customer', id],
      queryFn: () => unwrap(api.GET('/api/v1/customers/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
    })),
  });
  const policy = useQuery({ queryKey: ['policy'], queryFn: () => unwrap(api.GET('/api/v1/policy')) });
  const currency = policy.data?.currency ?? 'USD';
  const rows = customers
    .flatMap((q) => (q.data ? [q.data] : []))
    .sort((a, b) => b.monthlyRevenueCents - a.monthlyRevenueCents || b.lifetimeRevenueCents - a.lifetimeRevenueCents)
    .slice(0, 8)
    .map((customer) => ({ customer, cases: open.filter((c) => c.customerId === customer.id) }));
  return (
    <Section
      id="queue-value"
      title="High-value customers at risk"
      description="Customers with an open case, most valuable first (V1): weigh effort and concessions against what keeping them is worth."
    >
      {cases.isPending ? (
        <Loading label="Loading open cases…" />
      ) : cases.isError ? (
        <ErrorState error={cases.error} onRetry={() => void cases.refetch()} what="open cases" />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {open.length === 0 ? 'No open case among the 100 most recent.' : 'Loading customers…'}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Customer</Table.Th>
                <Table.Th scope="col">Monthly</Table.Th>
                <Table.Th scope="col">Lifetime</Table.Th>
                <Table.Th scope="col">Prior complaints</Table.Th>
                <Table.Th scope="col">Open case</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ customer, cases: theirs }) => (
                <Table.Tr key={customer.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {customer.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {customer.plan ?? 'No plan'}
                      {customer.contractEndsOn ? ` · contract ends ${customer.contractEndsOn}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatMoney(customer.monthlyRevenueCents, currency)}</Table.Td>
                  <Table.Td>{formatMoney(customer.lifetimeRevenueCents, currency)}</Table.Td>
                  <Table.Td>{customer.priorComplaints}</Table.Td>
                  <Table.Td>
                    {theirs.map((c) => (
                      <Group key={c.id} gap={6} wrap="nowrap">
                        <Badge c="dark.8" size="sm" color={SEVERITY_COLOR[c.severity] ?? 'gray'} variant="outline">
                          {c.severity}
                        </Badge>
                        <Anchor component={Link} to={`/cases/${c.id}`} size="sm" lineClamp={1}>
                          {c.presentingIssue}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {humanize(c.state)}
                        </Text>
                      </Group>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

export default function QueuePage() {
  return (
    <>
      <PageTitle
        title="Queue"
        description="What needs a supervisor now: live escalations, approvals, overdue promises and follow-ups."
      />
      <Grid gap="md">
        <Grid.Col span={12}>
          <LiveAlerts />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <PendingConcessions />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <OverduePromises />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <AbusiveConversations />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <SupervisorFollowUps />
        </Grid.Col>
        <Grid.Col span={12}>
          <CustomersAtRisk />
        </Grid.Col>
      </Grid>
    </>
  );
}
