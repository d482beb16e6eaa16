/**
 * The audit trail: every recorded change, newest first, as sentences (who did what to which case or promise, when),
 * filtered by person, kind of thing, action, one row's id and a day range; "load more" pages back in time.
 */
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type paths, type ResponseOf, unwrap } from '../../api/client';
import { useMe } from '../../auth/useMe';
import { PersonSelect } from '../../components/PersonSelect';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { formatDateTime, formatRelative, humanize } from '../common/format';
import { kindLabel } from '../common/kinds';
import { LoadMore, useCursorList } from '../common/paging';
import { usePersonName } from '../common/people';

type Entry = ResponseOf<'/api/v1/audit', 'get'>['items'][number];
type Entity = NonNullable<NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>['entity']>;

/** What supervisors read (the case domain); admins read every entity. */
const CASE_DOMAIN = new Set<Entity>([
  'case',
  'commitment',
  'concession',
  'case_note',
  'conversation',
  'customer',
  'root_cause',
  'process_fix',
]);

const ENTITIES: { value: Entity; label: string }[] = [
  { value: 'case', label: 'Cases' },
  { value: 'commitment', label: 'Promises' },
  { value: 'concession', label: 'Concessions' },
  { value: 'case_note', label: 'Case notes' },
  { value: 'conversation', label: 'Conversations' },
  { value: 'customer', label: 'Customers' },
  { value: 'root_cause', label: 'Root causes' },
  { value: 'process_fix', label: 'Process fixes' },
  { value: 'user', label: 'Users' },
  { value: 'team', label: 'Teams' },
  { value: 'api_token', label: 'API tokens' },
  { value: 'webhook', label: 'Webhooks' },
  { value: 'policy', label: 'Policy' },
  { value: 'organization', label: 'Organization' },
];

const ACTIONS = [
  { value: 'opened', label: 'Opened' },
  { value: 'created', label: 'Created' },
  { value: 'updated', label: 'Changed' },
  { value: 'handed_over', label: 'Handed over' },
  { value: 'done', label: 'Kept (promise)' },
  { value: 'waived', label: 'Waived' },
  { value: 'missed', label: 'Missed' },
  { value: 'close', label: 'Closed (case)' },
  { value: 'resolve', label: 'Resolved (case)' },
  { value: 'reopen', label: 'Reopened (case)' },
  { value: 'proposed', label: 'Proposed (concession)' },
  { value: 'password_reset', label: 'Password reset' },
  { value: 'revoked', label: 'Revoked (token)' },
  { value: 'ended_abusive', label: 'Ended as abusive (B3)' },
];

/** What the action did, as a verb phrase. */
const VERB: Record<string, string> = {
  opened: 'opened',
  created: 'created',
  updated: 'changed',
  handed_over: 'handed over',
  done: 'kept',
  waived: 'waived',
  missed: 'marked as missed',
  linked: 'linked to its case',
  proposed: 'proposed',
  approve: 'approved',
  approved: 'approved',
  reject: 'rejected',
  rejected: 'rejected',
  acknowledge: 'acknowledged',
  investigate: 'started investigating',
  propose_resolution: 'proposed a resolution for',
  reject_proposal: 'recorded the customer rejecting the proposal for',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'reopened',
  analyzed: 'analysed',
  ended_abusive: 'ended as abusive (B3)',
  deleted: 'deleted',
  revoked: 'revoked',
  password_changed: 'changed the password of',
  password_reset: 'reset the password of',
  test_sent: 'sent a test event to',
  redelivery_requested: 'asked to redeliver an event to',
  reminder_sent: 'reminded the owner of {x}, due soon',
  overdue_escalated: 'escalated {x}, overdue, to the supervisors',
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const IGNORED = new Set(['updatedAt', 'version', 'createdAt']);

/** The fields an update changed (full snapshots hold everything; only differences are news). */
function changedKeys(entry: Entry): string[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  return Object.keys(after).filter(
    (k) => !IGNORED.has(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  );
}

function useDescribe() {
  const nameOf = usePersonName();
  // Inside a sentence: "from you to Alex", never "from You".
  const person = (id: unknown) => {
    const name = typeof id === 'string' ? nameOf(id, 'nobody') : 'nobody';
    return name === 'You' ? 'you' : name;
  };
  return (entry: Entry) => {
    const who =
      entry.actorId !== null ? nameOf(entry.actorId) : entry.actorVia === 'cli' ? 'The command line' : 'The system';
    const snap = { ...(entry.before ?? {}), ...(entry.after ?? {}) };
    const object = (() => {
      switch (entry.entity) {
        case 'case':
          return 'the case';
        case 'commitment':
          return text(snap.kind) ? `the ${kindLabel(snap.kind as string).toLowerCase()}` : 'a promise';
        case 'concession':
          return text(snap.kind) ? `a ${humanize(snap.kind as string).toLowerCase()} concession` : 'a concession';
        case 'case_note':
          return 'a note on the case';
        case 'user':
          return nameOf(entry.entityId) === 'A former colleague'
            ? (text(snap.email) ?? 'a user')
            : person(entry.entityId);
        case 'policy':
          return 'the organization policy';
        case 'api_token':
          return text(snap.name) ? `the API token “${snap.name}”` : 'an API token';
        case 'webhook':
          return text(snap.url) ? `the webhook ${snap.url}` : 'a webhook';
        default:
          return text(snap.name)
            ? `${humanize(entry.entity).toLowerCase()} “${snap.name}”`
            : `a ${humanize(entry.entity).toLowerCase()}`;
      }
    })();
    const verb = VERB[entry.action] ?? humanize(entry.action).toLowerCase();
    const did = verb.includes('{x}') ? verb.replace('{x}', object) : `${verb} ${object}`;
    const details: string[] = [];
    if (entry.action === 'handed_over') {
      details.push(`from ${person(entry.before?.ownerId)} to ${person(entry.after?.ownerId)}`);
      if (entry.after?.reason === 'case_reassigned') details.push('with the case');
      if (text(entry.after?.note)) details.push(`note: “${entry.after?.note}”`);
    } else if (entry.action === 'updated') {
      const keys = changedKeys(entry);
      if (keys.includes('ownerId'))
        details.push(`owner ${person(entry.before?.ownerId)} → ${person(entry.after?.ownerId)}`);
      const others = keys
        .filter((k) => k !== 'ownerId')
        .map((k) => humanize(k.replace(/([A-Z])/g, '_$1')).toLowerCase());
      if (others.length) details.push(others.join(', '));
    } else if (entry.action === 'reminder_sent' || entry.action === 'overdue_escalated') {
      // Rows written before the sweep named its promise hold only the due time.
      if (typeof entry.after?.ownerId === 'string') details.push(`owner ${person(entry.after.ownerId)}`);
      const dueMs = entry.after?.dueAtMs;
      const due = text(entry.after?.dueAt) ?? (typeof dueMs === 'number' ? new Date(dueMs).toISOString() : null);
      if (due) details.push(`due ${formatDateTime(due)}`);
    } else if (text(entry.after?.outcome)) details.push(`outcome: “${entry.after?.outcome}”`);
    else if (text(entry.after?.waiveReason)) details.push(`reason: “${entry.after?.waiveReason}”`);
    return { who, object, sentence: `${who} ${did}`, details: details.join(' · ') };
  };
}

/** Where an entry's thing lives in the app, if it has a page. */
function whereOf(entry: Entry): { to: string; label: string } | null {
  if (entry.caseId !== null) return { to: `/cases/${entry.caseId}`, label: 'Open the case' };
  switch (entry.entity) {
    case 'conversation':
      return { to: `/conversations/${entry.entityId}`, label: 'Open the conversation' };
    case 'user':
    case 'team':
      return { to: '/admin/users', label: 'Users and teams' };
    case 'api_token':
      return { to: '/admin/tokens', label: 'API tokens' };
    case 'webhook':
      return { to: '/admin/webhooks', label: 'Webhooks' };
    case 'policy':
      return { to: '/admin/policy', label: 'Policy' };
    default:
      return null;
  }
}

function Row({ entry, now, onHistory }: { entry: Entry; now: number; onHistory: (entityId: string) => void }) {
  const describe = useDescribe();
  const { sentence, details, object } = describe(entry);
  const link = whereOf(entry);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(entry.at)}
        </Text>
        <Text size="xs" c="dimmed">
          {formatRelative(entry.at, now)}
          {entry.actorVia === 'token' ? ' · by API token' : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {sentence}
        </Text>
        {details ? (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {details}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          {link ? (
            <Anchor component={Link} to={link.to} size="sm">
              {link.label}
            </Anchor>
          ) : null}
          <Button
            variant="subtle"
            size="compact-xs"
            px={0}
            onClick={() => onHistory(entry.entityId)}
            aria-label={`Its history: every change to ${object}`}
          >
            Its history
          </Button>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00`).getTime() + 86_400_000).toISOString();

export function AuditTrail() {
  const me = useMe().data;
  const readsAll = me?.role === 'admin';
  const [actorId, setActorId] = useState<string | null>(null);
  const [entity, setEntity] = useState<Entity | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [entityId, setEntityId] = useState('');
  const [range, setRange] = useState<DatesRangeValue<string>>([null, null]);
  const idOk = entityId.trim() === '' || UUID.test(entityId.trim());
  const [start, end] = range;
  const query = {
    ...(actorId ? { actorId } : {}),
    ...(entity ? { entity } : {}),
    ...(action ? { action } : {}),
    ...(idOk && entityId.trim() ? { entityId: entityId.trim() } : {}),
    ...(start ? { from: dayStart(start) } : {}),
    ...(start ? { to: nextDay(end ?? start) } : {}),
  };
  const filtered = Object.keys(query).length > 0;
  const list = useCursorList(['audit', query], (cursor) =>
    unwrap(api.GET('/api/v1/audit', { params: { query: { ...query, limit: 50, ...(cursor ? { cursor } : {}) } } })),
  );
  const now = Date.now();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {readsAll
          ? 'Every change anyone made, newest first: cases, promises, concessions, people, tokens, webhooks and policy.'
          : 'Every change to cases and what hangs off them (promises, concessions, notes, customers, root causes), newest first. Changes to people, tokens, webhooks and policy are for admins.'}{' '}
        It cannot be edited or deleted.
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter the audit trail">
        <PersonSelect label="Who" placeholder="Anyone" clearable value={actorId} onChange={setActorId} w={200} />
        <Select
          label="What"
          placeholder="Everything"
          clearable
          data={readsAll ? ENTITIES : ENTITIES.filter((e) => CASE_DOMAIN.has(e.value))}
          value={entity}
          onChange={(v) => setEntity(v as Entity | null)}
          w={150}
        />
        <Select
          label="Action"
          placeholder="Any action"
          clearable
          searchable
          data={ACTIONS}
          value={action}
          onChange={setAction}
          w={180}
        />
        <DatePickerInput
          type="range"
          label="Between"
          placeholder="Any day"
          clearable
          allowSingleDateInRange
          value={range}
          onChange={setRange}
          maxDate={new Date()}
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          w={210}
        />
        <TextInput
          label="Row id"
          placeholder="A case or promise id"
          value={entityId}
          onChange={(e) => setEntityId(e.currentTarget.value)}
          error={idOk ? undefined : 'Paste a whole id (a UUID)'}
          w={230}
        />
        {filtered ? (
          <Button
            variant="subtle"
            onClick={() => {
              setActorId(null);
              setEntity(null);
              setAction(null);
              setEntityId('');
              setRange([null, null]);
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </Group>
      {list.isPending ? (
        <Loading label="Loading the audit trail…" />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} what="the audit trail" />
      ) : list.items.length === 0 ? (
        filtered ? (
          <EmptyState title="No entry matches.">Widen the dates or clear the filters.</EmptyState>
        ) : (
          <EmptyState title="Nothing recorded yet.">Every change made in defuse appears here as it happens.</EmptyState>
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Caption>The audit trail, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={215}>
                    When
                  </Table.Th>
                  <Table.Th scope="col">What happened</Table.Th>
                  <Table.Th scope="col" w={150}>
                    Where
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((entry) => (
                  <Row
                    key={entry.id}
                    entry={entry}
                    now={now}
                    onHistory={(id) => {
                      setEntityId(id);
                      setEntity(null);
                      setAction(null);
                      setActorId(null);
                    }}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            fetchNextPage={list.fetchNextPage}
            shown={list.items.length}
            noun="changes"
          />
        </>
      )}
    </Stack>
  );
}
