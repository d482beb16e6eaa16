/** Conversations: search every stored conversation (customer, reference, what was said) and filter by outcome. */
import '@mantine/dates/styles.css';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type ResponseOf, unwrap } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { humanize } from '../common/format';
import { ANGER_COLOR } from '../common/kinds';
import { LoadMore, useCursorList } from '../common/paging';
import { When } from '../common/When';

export type ConversationSummary = ResponseOf<'/api/v1/conversations', 'get'>['items'][number];

export function scoreColor(score: number | null): string {
  if (score === null) return 'gray';
  return score >= 80 ? 'teal.9' : score >= 50 ? 'yellow.4' : 'red.9';
}

function ConversationRow({ c }: { c: ConversationSummary }) {
  return (
    <Table.Tr>
      <Table.Td>
        <When iso={c.startedAt} />
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/conversations/${c.id}`} fw={600} size="sm">
          {c.customer?.name ?? 'Unknown customer'}
        </Anchor>
        {c.externalRef ? (
          <Text size="xs" c="dimmed">
            Ref {c.externalRef}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{c.agent?.name ?? '—'}</Text>
        <Text size="xs" c="dimmed">
          {c.channel ? humanize(c.channel) : 'Channel not recorded'} · {c.turnCount} turns
        </Text>
      </Table.Td>
      <Table.Td>
        {c.peakAngerLevel ? (
          <Badge c="dark.8" color={ANGER_COLOR[c.peakAngerLevel] ?? 'gray'} variant="light">
            {c.peakAngerLevel}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            Not analysed
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {c.qaScore === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Badge
            autoContrast
            color={scoreColor(c.qaScore)}
            variant="filled"
            aria-label={`QA score ${c.qaScore} of 100`}
          >
            {c.qaScore}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {c.abusive ? (
            <Badge c="dark.8" color="red" variant="outline">
              Abusive
            </Badge>
          ) : null}
          {c.hangup ? (
            <Badge c="dark.8" color="orange" variant="outline">
              Hung up
            </Badge>
          ) : null}
          {c.endedAt === null && c.qaScore === null ? (
            <Badge color="blue" variant="dot">
              Live
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

const toIso = (day: string | Date | null, endOfDay: boolean): string | null => {
  if (!day) return null;
  const date = new Date(typeof day === 'string' ? `${day}T00:00:00` : day);
  if (endOfDay) date.setDate(date.getDate() + 1);
  return date.toISOString();
};

export default function ConversationsPage() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [range, setRange] = useState<DatesRangeValue<string>>([params.get('fromDay'), params.get('toDay')]);
  const set = (entries: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(entries)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the URL
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) set({ q: debounced || null });
  }, [debounced]);

  const from = toIso(params.get('fromDay'), false);
  const to = toIso(params.get('toDay') ?? params.get('fromDay'), true);
  const filters = {
    ...(params.get('q') ? { q: params.get('q') as string } : {}),
    ...(params.get('abusive') ? { abusive: params.get('abusive') as 'true' | 'false' } : {}),
    ...(params.get('hangup') ? { hangup: params.get('hangup') as 'true' | 'false' } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const list = useCursorList(['conversations', filters], (cursor) =>
    unwrap(api.GET('/api/v1/conversations', { params: { query: { ...filters, ...(cursor ? { cursor } : {}) } } })),
  );
  const filtered = ['q', 'abusive', 'hangup', 'fromDay'].some((k) => params.get(k));
  const yesNo = (yes: string, no: string) => [
    { value: 'true', label: yes },
    { value: 'false', label: no },
  ];

  return (
    <>
      <PageTitle
        title="Conversations"
        description="Every conversation with its anger, QA score and outcome. Open one to read it turn by turn with its cues."
      />
      <Stack gap="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search"
            placeholder="Customer, reference or words said"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={280}
            type="search"
          />
          <Select
            label="Abuse"
            placeholder="Any"
            clearable
            data={yesNo('Abusive customer', 'Not abusive')}
            value={params.get('abusive')}
            onChange={(v) => set({ abusive: v })}
            w={180}
          />
          <Select
            label="Hang-up"
            placeholder="Any"
            clearable
            data={yesNo('Ended in a hang-up', 'No hang-up')}
            value={params.get('hangup')}
            onChange={(v) => set({ hangup: v })}
            w={180}
          />
          <DatePickerInput
            type="range"
            label="Started between"
            placeholder="Any day"
            clearable
            allowSingleDateInRange
            value={range}
            onChange={(value) => {
              setRange(value);
              const [start, end] = value;
              if (start && end) set({ fromDay: start, toDay: end });
              if (!start && !end) set({ fromDay: null, toDay: null });
            }}
            maxDate={new Date()}
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            w={240}
          />
          {filtered ? (
            <Button
              variant="subtle"
              onClick={() => {
                setSearch('');
                setRange([null, null]);
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              Clear filters
            </Button>
          ) : null}
        </Group>
      </Stack>
      {list.isPending ? (
        <Loading label="Loading conversations…" />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} what="conversations" />
      ) : list.items.length === 0 ? (
        filtered ? (
          <EmptyState title="No conversation matches.">Try other words, or clear the filters.</EmptyState>
        ) : (
          <EmptyState title="No conversations yet.">
            Conversations coached in the console, streamed live by an integration or posted to the API appear here.
          </EmptyState>
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Caption>Conversations, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Started</Table.Th>
                  <Table.Th scope="col">Customer</Table.Th>
                  <Table.Th scope="col">Agent</Table.Th>
                  <Table.Th scope="col">Peak anger</Table.Th>
                  <Table.Th scope="col">QA score</Table.Th>
                  <Table.Th scope="col">Flags</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((c) => (
                  <ConversationRow key={c.id} c={c} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            fetchNextPage={list.fetchNextPage}
            shown={list.items.length}
            noun="conversations"
          />
        </>
      )}
    </>
  );
}
