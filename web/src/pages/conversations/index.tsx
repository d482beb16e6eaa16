/** Conversations: search every stored conversation (customer, reference, what was said) and filter by outcome. */
import '@mantine/dates/styles.css';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, type ResponseOf, unwrap } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { FilterBar, UrlSelect, useUrlFilters } from '../common/FilterBar';
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
          {c.customer?.name ?? c.customerName ?? 'Unknown customer'}
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
  const [range, setRange] = useState<DatesRangeValue<string>>([null, null]);
  const f = useUrlFilters(['abusive', 'hangup', 'fromDay'], () => setRange([null, null]));
  const [fromDay, toDay] = [f.get('fromDay'), f.get('toDay')];
  // The picker shows what the URL holds (a shared link, Back) until the agent picks another range.
  useEffect(() => setRange([fromDay, toDay]), [fromDay, toDay]);

  const from = toIso(fromDay, false);
  const to = toIso(toDay ?? fromDay, true);
  const filters = {
    ...(f.get('q') ? { q: f.get('q') as string } : {}),
    ...(f.get('abusive') ? { abusive: f.get('abusive') as 'true' | 'false' } : {}),
    ...(f.get('hangup') ? { hangup: f.get('hangup') as 'true' | 'false' } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const list = useCursorList(['conversations', filters], (cursor) =>
    unwrap(api.GET('/api/v1/conversations', { params: { query: { ...filters, ...(cursor ? { cursor } : {}) } } })),
  );
  const filtered = f.filtered;
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
      <FilterBar filters={f} searchPlaceholder="Customer, reference or words said" searchWidth={280}>
        <UrlSelect
          filters={f}
          name="abusive"
          label="Abuse"
          placeholder="Any"
          data={yesNo('Abusive customer', 'Not abusive')}
          w={180}
        />
        <UrlSelect
          filters={f}
          name="hangup"
          label="Hang-up"
          placeholder="Any"
          data={yesNo('Ended in a hang-up', 'No hang-up')}
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
            if (start && end) f.set({ fromDay: start, toDay: end });
            if (!start && !end) f.set({ fromDay: null, toDay: null });
          }}
          maxDate={new Date()}
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          w={240}
        />
      </FilterBar>
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
          <Table.ScrollContainer minWidth={760}>
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
