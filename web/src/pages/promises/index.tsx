/** Promises: what I (or my team) owe customers — due today, overdue, Chasers owed, done — and closing each one out. */
import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type ResponseOf, unwrap } from '../../api/client';
import { atLeast } from '../../auth/roles';
import { useMe } from '../../auth/useMe';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { endOfToday } from '../common/format';
import { kindLabel, kindPrinciples, kindRings } from '../common/kinds';
import { LoadMore, useCursorList } from '../common/paging';
import { PrincipleList } from '../common/Principle';
import { When } from '../common/When';
import { PromiseActions } from './PromiseActions';
import { useOwnerName } from '../common/people';

export type Commitment = ResponseOf<'/api/v1/commitments', 'get'>['items'][number];

type Tab = 'today' | 'overdue' | 'chasers' | 'open' | 'done';

const TABS: Record<Tab, { label: string; empty: string; next: string }> = {
  today: {
    label: 'Due today',
    empty: 'Nothing is due by the end of today.',
    next: 'Promises you make in the console or on a case appear here on the day they are due.',
  },
  overdue: {
    label: 'Overdue',
    empty: 'No promise is overdue.',
    next: 'When one is, it shows here and your supervisor is alerted (F4).',
  },
  chasers: {
    label: 'Chasers owed',
    empty: 'No Chaser call-back is owed.',
    next: 'When a customer hangs up, a Chaser is due within the org’s Chaser time (F5).',
  },
  open: {
    label: 'All open',
    empty: 'No open promise.',
    next: 'Every promise still to keep, today or later, earliest due first.',
  },
  done: {
    label: 'Done',
    empty: 'No promise has been completed yet.',
    next: 'Complete one from “Due today” with what you did for the customer.',
  },
};

function query(tab: Tab, mine: boolean) {
  const base = mine ? { mine: 'true' as const } : {};
  switch (tab) {
    case 'today':
      return { ...base, state: 'open' as const, dueBefore: endOfToday(Date.now()) };
    case 'overdue':
      return { ...base, overdue: 'true' as const };
    case 'chasers':
      return { ...base, state: 'open' as const, limit: 200 };
    case 'open':
      return { ...base, state: 'open' as const };
    case 'done':
      return { ...base, state: 'done' as const };
  }
}

function PromiseRow({ c, tab }: { c: Commitment; tab: Tab }) {
  const owner = useOwnerName(c.ownerId);
  const contact = [c.contact.name, c.contact.phone, c.contact.email].filter(Boolean).join(' · ');
  const late = c.completedAt && new Date(c.completedAt) > new Date(c.dueAt);
  return (
    <Table.Tr>
      <Table.Td>
        <When iso={c.dueAt} overdueIfPast={c.state === 'open'} />
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {kindLabel(c.kind)}
            </Text>
            <PrincipleList ids={kindPrinciples(c.kind)} />
          </Group>
          {c.steps.length > 0 ? (
            <Text size="xs" c="dimmed">
              Steps: {c.steps.join('; ')}
            </Text>
          ) : null}
          {c.outcome ? <Text size="sm">Outcome: {c.outcome}</Text> : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{contact || '—'}</Text>
        {kindRings(c.kind) && !c.contact.phone && c.state === 'open' ? (
          <Text size="xs" c="red.9" data-testid="no-phone">
            No phone number on record: {c.contact.email ? 'e-mail them, or ask for a number' : 'find a number first'}
          </Text>
        ) : null}
        {c.contact.channel ? (
          <Text size="xs" c="dimmed">
            by {c.contact.channel}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {c.caseId ? (
            <Anchor component={Link} to={`/cases/${c.caseId}`} size="sm">
              Open the case
            </Anchor>
          ) : null}
          {c.conversationId ? (
            <Anchor component={Link} to={`/conversations/${c.conversationId}`} size="sm">
              Read the conversation
            </Anchor>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{owner}</Text>
      </Table.Td>
      <Table.Td>
        {tab === 'done' ? (
          <Badge c="dark.8" color={late ? 'orange' : 'teal'} variant="light">
            {late ? 'Kept late' : 'Kept on time'}
          </Badge>
        ) : (
          <PromiseActions commitment={c} />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function PromiseList({ tab, mine }: { tab: Tab; mine: boolean }) {
  const params = query(tab, mine);
  const list = useCursorList(['commitments', tab, mine], (cursor) =>
    unwrap(api.GET('/api/v1/commitments', { params: { query: { ...params, ...(cursor ? { cursor } : {}) } } })),
  );
  if (list.isPending) return <Loading label="Loading promises…" />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} what="promises" />;
  // The API has no kind filter: Chasers are picked from the open promises, page by page.
  const items = tab === 'chasers' ? list.items.filter((c) => c.kind === 'chaser') : list.items;
  if (items.length === 0 && !list.hasNextPage) {
    return <EmptyState title={TABS[tab].empty}>{TABS[tab].next}</EmptyState>;
  }
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Caption>
            {TABS[tab].label}, {mine ? 'mine' : 'everyone I can see'}, earliest due first
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Due</Table.Th>
              <Table.Th scope="col">Promise</Table.Th>
              <Table.Th scope="col">Contact</Table.Th>
              <Table.Th scope="col">About</Table.Th>
              <Table.Th scope="col">Owner</Table.Th>
              <Table.Th scope="col">{tab === 'done' ? 'Kept' : 'Actions'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <PromiseRow key={c.id} c={c} tab={tab} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
        shown={items.length}
        noun="promises"
      />
    </>
  );
}

export default function PromisesPage() {
  const me = useMe().data;
  const [tab, setTab] = useState<Tab>('today');
  const [scope, setScope] = useState<'mine' | 'team'>('mine');
  const supervisor = me ? atLeast(me.role, 'supervisor') : false;
  return (
    <>
      <PageTitle
        title="Promises"
        description="Every call-back and commitment made to a customer, with its due time (F1). Keep each one and report back (F4)."
        actions={
          <SegmentedControl
            aria-label="Whose promises"
            value={scope}
            onChange={(value) => setScope(value as 'mine' | 'team')}
            data={[
              { value: 'mine', label: 'Mine' },
              { value: 'team', label: supervisor ? 'Everyone I supervise' : 'My team' },
            ]}
          />
        }
      />
      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List mb="sm">
          {(Object.keys(TABS) as Tab[]).map((key) => (
            <Tabs.Tab key={key} value={key}>
              {TABS[key].label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {(Object.keys(TABS) as Tab[]).map((key) => (
          <Tabs.Panel key={key} value={key}>
            <PromiseList tab={key} mine={scope === 'mine'} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
