/** Cases: every complaint with its state, severity, owner and regulatory clock; filters live in the URL. */
import { Anchor, Badge, Switch, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { api, type ResponseOf, unwrap } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { useTeams } from '../../components/PersonSelect';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { FilterBar, UrlSelect, useUrlFilters } from '../common/FilterBar';
import { humanize } from '../common/format';
import { CASE_STATE_COLOR, SEVERITY_COLOR } from '../common/kinds';
import { LoadMore, useCursorList } from '../common/paging';
import { useDirectory, useOwnerName } from '../common/people';
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

const FILTER_KEYS = ['state', 'severity', 'ownerId', 'teamId', 'rootCauseId', 'mine', 'clock'] as const;

export default function CasesPage() {
  const f = useUrlFilters(FILTER_KEYS);
  const teams = useTeams();
  // Every member can filter by owner: names come from the team directory, not the admin-only user list.
  const { people } = useDirectory();
  const rootCauses = useRootCauses();

  const filters = {
    ...(f.get('state') ? { state: f.get('state') as Case['state'] } : {}),
    ...(f.get('severity') ? { severity: f.get('severity') as Case['severity'] } : {}),
    ...(f.get('ownerId') ? { ownerId: f.get('ownerId') as string } : {}),
    ...(f.get('teamId') ? { teamId: f.get('teamId') as string } : {}),
    ...(f.get('rootCauseId') ? { rootCauseId: f.get('rootCauseId') as string } : {}),
    ...(f.get('q') ? { q: f.get('q') as string } : {}),
    ...(f.get('mine') === 'true' ? { mine: 'true' as const } : {}),
  };
  const clock = f.get('clock');
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
  const filtered = f.filtered;

  return (
    <>
      <PageTitle
        title="Cases"
        description="Complaints from receipt to close: who owns each, how severe, and the regulatory clock it runs on."
      />
      <FilterBar
        filters={f}
        searchPlaceholder="Issue or category"
        footer={
          <Switch
            label="Only cases I own"
            checked={f.get('mine') === 'true'}
            onChange={(event) => f.set({ mine: event.currentTarget.checked ? 'true' : null })}
          />
        }
      >
        <UrlSelect
          filters={f}
          name="state"
          label="State"
          placeholder="Any state"
          data={STATES.map((s) => ({ value: s, label: humanize(s) }))}
          w={180}
        />
        <UrlSelect
          filters={f}
          name="severity"
          label="Severity"
          placeholder="Any severity"
          data={SEVERITIES.map((s) => ({ value: s, label: humanize(s) }))}
          w={140}
        />
        <UrlSelect
          filters={f}
          name="teamId"
          label="Team"
          placeholder="Any team"
          data={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
          w={170}
        />
        <UrlSelect
          filters={f}
          name="ownerId"
          label="Owner"
          placeholder="Anyone"
          searchable
          data={people.map((u) => ({ value: u.id, label: u.name }))}
          w={180}
        />
        {rootCauses.available ? (
          <UrlSelect
            filters={f}
            name="rootCauseId"
            label="Root cause"
            placeholder="Any root cause"
            searchable
            data={rootCauses.items.map((r) => ({ value: r.id, label: r.name }))}
            w={190}
          />
        ) : null}
        <UrlSelect
          filters={f}
          name="clock"
          label="Regulatory clock"
          placeholder="Any"
          data={[
            { value: 'with', label: 'On a regulatory clock' },
            { value: 'without', label: 'No regulatory clock' },
          ]}
          w={190}
        />
      </FilterBar>
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
          <Table.ScrollContainer minWidth={760}>
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
