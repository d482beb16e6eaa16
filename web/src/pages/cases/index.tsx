/** Cases: every complaint with its state, severity, owner and regulatory clock; filters live in the URL. */
import { Anchor, Badge, Button, Group, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type ResponseOf, unwrap } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { humanize } from '../common/format';
import { CASE_STATE_COLOR, SEVERITY_COLOR } from '../common/kinds';
import { LoadMore, useCursorList } from '../common/paging';
import { useOwnerName, useUsers } from '../common/people';
import { When } from '../common/When';
import { useRootCauses } from './root-causes';

export type Case = ResponseOf<'/api/v1/cases', 'get'>['items'][number];

const STATES = ['received', 'acknowledged', 'investigating', 'resolution_proposed', 'resolved', 'closed'] as const;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
const PRESET_NAMES: Record<string, string> = { 'uk-fca-disp': 'UK FCA DISP', 'us-cfpb': 'US CFPB' };

export const presetName = (id: string | null) => (id ? (PRESET_NAMES[id] ?? id) : null);

function CaseRow({ c }: { c: Case }) {
  const owner = useOwnerName(c.ownerId);
  return (
    <Table.Tr>
      <Table.Td maw={380}>
        <Anchor component={Link} to={`/cases/${c.id}`} fw={600} size="sm">
          {c.presentingIssue}
        </Anchor>
        {c.category ? (
          <Text size="xs" c="dimmed">
            {c.category}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Badge c="dark.8" color={CASE_STATE_COLOR[c.state] ?? 'gray'} variant="light">
          {humanize(c.state)}
        </Badge>
        {c.outcome ? (
          <Text size="xs" c="dimmed">
            {humanize(c.outcome)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Badge c="dark.8" color={SEVERITY_COLOR[c.severity] ?? 'gray'} variant="outline">
          {c.severity}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{owner}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{presetName(c.regulatoryPreset) ?? '—'}</Text>
      </Table.Td>
      <Table.Td>
        <When iso={c.receivedAt} />
      </Table.Td>
    </Table.Tr>
  );
}

const FILTER_KEYS = ['state', 'severity', 'ownerId', 'teamId', 'rootCauseId', 'q', 'mine', 'clock'] as const;

export default function CasesPage() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => unwrap(api.GET('/api/v1/teams')), staleTime: 60_000 });
  const { users, available: canListUsers } = useUsers();
  const rootCauses = useRootCauses();

  const set = (key: (typeof FILTER_KEYS)[number], value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the URL
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) set('q', debounced || null);
  }, [debounced]);

  const filters = {
    ...(params.get('state') ? { state: params.get('state') as Case['state'] } : {}),
    ...(params.get('severity') ? { severity: params.get('severity') as Case['severity'] } : {}),
    ...(params.get('ownerId') ? { ownerId: params.get('ownerId') as string } : {}),
    ...(params.get('teamId') ? { teamId: params.get('teamId') as string } : {}),
    ...(params.get('rootCauseId') ? { rootCauseId: params.get('rootCauseId') as string } : {}),
    ...(params.get('q') ? { q: params.get('q') as string } : {}),
    ...(params.get('mine') === 'true' ? { mine: 'true' as const } : {}),
  };
  const clock = params.get('clock');
  const list = useCursorList(['cases', filters], (cursor) =>
    unwrap(api.GET('/api/v1/cases', { params: { query: { ...filters, ...(cursor ? { cursor } : {}) } } })),
  );
  // Regulatory clock is not an API filter: it narrows the loaded pages.
  const items =
    clock === 'with'
      ? list.items.filter((c) => c.regulatoryPreset)
      : clock === 'without'
        ? list.items.filter((c) => !c.regulatoryPreset)
        : list.items;
  const filtered = FILTER_KEYS.some((k) => params.get(k));

  return (
    <>
      <PageTitle
        title="Cases"
        description="Complaints from receipt to close: who owns each, how severe, and the regulatory clock it runs on."
      />
      <Stack gap="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search"
            placeholder="Issue or category"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={240}
            type="search"
          />
          <Select
            label="State"
            placeholder="Any state"
            clearable
            data={STATES.map((s) => ({ value: s, label: humanize(s) }))}
            value={params.get('state')}
            onChange={(v) => set('state', v)}
            w={180}
          />
          <Select
            label="Severity"
            placeholder="Any severity"
            clearable
            data={SEVERITIES.map((s) => ({ value: s, label: humanize(s) }))}
            value={params.get('severity')}
            onChange={(v) => set('severity', v)}
            w={140}
          />
          <Select
            label="Team"
            placeholder="Any team"
            clearable
            data={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={params.get('teamId')}
            onChange={(v) => set('teamId', v)}
            w={170}
          />
          {canListUsers ? (
            <Select
              label="Owner"
              placeholder="Anyone"
              clearable
              searchable
              data={users.map((u) => ({ value: u.id, label: u.name }))}
              value={params.get('ownerId')}
              onChange={(v) => set('ownerId', v)}
              w={180}
            />
          ) : null}
          {rootCauses.available ? (
            <Select
              label="Root cause"
              placeholder="Any root cause"
              clearable
              searchable
              data={rootCauses.items.map((r) => ({ value: r.id, label: r.name }))}
              value={params.get('rootCauseId')}
              onChange={(v) => set('rootCauseId', v)}
              w={190}
            />
          ) : null}
          <Select
            label="Regulatory clock"
            placeholder="Any"
            clearable
            data={[
              { value: 'with', label: 'On a regulatory clock' },
              { value: 'without', label: 'No regulatory clock' },
            ]}
            value={clock}
            onChange={(v) => set('clock', v)}
            w={190}
          />
        </Group>
        <Group gap="md">
          <Switch
            label="Only cases I own"
            checked={params.get('mine') === 'true'}
            onChange={(event) => set('mine', event.currentTarget.checked ? 'true' : null)}
          />
          {filtered ? (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                setSearch('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              Clear filters
            </Button>
          ) : null}
        </Group>
      </Stack>
      {list.isPending ? (
        <Loading label="Loading cases…" />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} what="cases" />
      ) : items.length === 0 && !list.hasNextPage ? (
        filtered ? (
          <EmptyState title="No case matches these filters.">
            Widen the search or clear the filters to see every case you can access.
          </EmptyState>
        ) : (
          <EmptyState title="No cases yet.">
            A case is opened from the console at the end of a conversation, or through the API (POST /api/v1/cases).
          </EmptyState>
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Caption>Cases, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Issue</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                  <Table.Th scope="col">Severity</Table.Th>
                  <Table.Th scope="col">Owner</Table.Th>
                  <Table.Th scope="col">Regulatory clock</Table.Th>
                  <Table.Th scope="col">Received</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <CaseRow key={c.id} c={c} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            fetchNextPage={list.fetchNextPage}
            shown={items.length}
            noun="cases"
          />
        </>
      )}
    </>
  );
}
