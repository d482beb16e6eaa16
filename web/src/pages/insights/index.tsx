/** Insights: complaints by root cause week by week (P3), recurrence (P2), promises kept (F4), anger at the start vs
 * the end of conversations, and QA by principle per team and agent — each with its table and CSV. */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Grid, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { summarizeAnger, summarizePromises, summarizeRecurrence } from '@core/insights/index.ts';
import { api, unwrap } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, Loading } from '../../components/States';
import { count, formatRate } from '../common/format';
import { kindLabel } from '../common/kinds';
import { principleName } from '../common/Principle';
import { ChartCard } from './ChartCard';

/** Axes that count cases, promises or conversations tick in whole numbers (never "0.25 cases"). */
const WHOLE_COUNTS = { allowDecimals: false };

type Recurrence = ReturnType<typeof summarizeRecurrence> & { days: number };
type Promises = ReturnType<typeof summarizePromises> & { days: number };
type Anger = ReturnType<typeof summarizeAnger> & { days: number };
interface RootCauses {
  days: number;
  rootCauses: { rootCauseId: string | null; name: string; count: number }[];
}

const WEEKS = 6;
const PALETTE = ['blue.7', 'teal.7', 'grape.7', 'orange.7', 'cyan.7', 'pink.7', 'indigo.7', 'lime.8', 'gray.6'];

async function get<T>(path: string, days: number): Promise<T> {
  // The insights summaries are typed by the pure core functions that compute them (the routes declare no schema).
  const untyped = api.GET as unknown as (
    p: string,
    init: { params: { query: { days: number } } },
  ) => Promise<{ data?: T; error?: unknown; response: Response }>;
  return unwrap(untyped(path, { params: { query: { days } } }));
}

/** The legend entry for cases not yet traced to a root cause (P3 asks for the cause; these still wait for one). */
const NOT_TRACED = 'Not traced to a cause yet';

function RootCausesOverTime() {
  // Weekly counts from cumulative windows: week k = count(last 7k days) − count(last 7(k−1) days).
  const windows = useQueries({
    queries: Array.from({ length: WEEKS }, (_, i) => ({
      queryKey: ['insights', 'root-causes', (i + 1) * 7],
      queryFn: () => get<RootCauses>('/api/v1/insights/root-causes', (i + 1) * 7),
    })),
  });
  const failed = windows.find((w) => w.isError);
  if (windows.some((w) => w.isPending)) return <Loading label="Loading root causes…" />;
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} what="root causes" />;
  // Cases with no root cause yet come back named "unassigned"; say plainly what that means.
  const label = (r: RootCauses['rootCauses'][number]) => (r.rootCauseId ? r.name : NOT_TRACED);
  const cumulative = windows.map((w) => new Map((w.data?.rootCauses ?? []).map((r) => [label(r), r.count])));
  const names = [...(cumulative.at(-1)?.keys() ?? [])];
  const weekLabel = (k: number) => (k === 0 ? 'This week' : `${k} wk ago`);
  const data = Array.from({ length: WEEKS }, (_, k) => {
    const row: Record<string, string | number> = { week: weekLabel(k) };
    for (const name of names)
      row[name] = (cumulative[k]?.get(name) ?? 0) - (k > 0 ? (cumulative[k - 1]?.get(name) ?? 0) : 0);
    return row;
  }).reverse();
  const total = names.reduce((sum, name) => sum + (cumulative.at(-1)?.get(name) ?? 0), 0);
  return (
    <ChartCard
      id="insight-root-causes"
      title="Complaints by root cause"
      description={`Cases received per week over the last ${WEEKS} weeks, by the root cause they were traced to.`}
      principles={['P3']}
      filename="complaints-by-root-cause.csv"
      empty={total === 0 ? `No case received in the last ${WEEKS} weeks.` : null}
      table={{
        header: ['Week', ...names],
        rows: data.map((row) => [row.week as string, ...names.map((n) => row[n] ?? 0)]),
      }}
    >
      <BarChart
        h={240}
        data={data}
        dataKey="week"
        type="stacked"
        yAxisProps={WHOLE_COUNTS}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        series={names.map((name, i) => ({ name, color: PALETTE[i % PALETTE.length] ?? 'gray.6' }))}
      />
    </ChartCard>
  );
}

function RecurrenceCard({ days }: { days: number }) {
  const q = useQuery({
    queryKey: ['insights', 'recurrence', days],
    queryFn: () => get<Recurrence>('/api/v1/insights/recurrence', days),
  });
  if (q.isPending) return <Loading label="Loading recurrence…" />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} what="recurrence" />;
  const r = q.data;
  const rows: [string, number | string][] = [
    ['Cases received', r.cases],
    ['Customers', r.customers],
    ['Repeat complaints', r.repeatCases],
    ['Repeat rate', formatRate(r.repeatRate)],
    ['Repeat window (days)', r.windowDays],
  ];
  return (
    <ChartCard
      id="insight-recurrence"
      title="Recurrence"
      description={
        r.windowDays < days
          ? `Cases of the last ${days} days from a customer who had complained earlier in that time, at most ${r.windowDays} days before.`
          : `Cases of the last ${days} days from a customer who had already complained in that time.`
      }
      principles={['P2']}
      filename="recurrence.csv"
      empty={r.cases === 0 ? `No case received in the last ${days} days.` : null}
      table={{ header: ['Measure', 'Value'], rows }}
    >
      <Stack gap={4} py="sm">
        <Text fz={36} fw={700} lh={1}>
          {formatRate(r.repeatRate)}
        </Text>
        <Text size="sm">
          {r.repeatCases} of {count(r.cases, 'case')} repeated an earlier complaint ({count(r.customers, 'customer')}).
        </Text>
        <BarChart
          h={120}
          data={[{ what: 'Cases', First: r.cases - r.repeatCases, Repeat: r.repeatCases }]}
          dataKey="what"
          type="stacked"
          orientation="vertical"
          xAxisProps={WHOLE_COUNTS}
          withLegend
          series={[
            { name: 'First', color: 'teal.7' },
            { name: 'Repeat', color: 'red.7' },
          ]}
        />
      </Stack>
    </ChartCard>
  );
}

function PromisesCard({ days }: { days: number }) {
  const q = useQuery({
    queryKey: ['insights', 'promises', days],
    queryFn: () => get<Promises>('/api/v1/insights/promises', days),
  });
  if (q.isPending) return <Loading label="Loading promises kept…" />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} what="promises kept" />;
  const kinds = Object.entries(q.data.byKind);
  const data = kinds.map(([kind, s]) => ({
    kind: kindLabel(kind),
    'On time': s?.keptOnTime ?? 0,
    Late: s?.keptLate ?? 0,
    Broken: s?.broken ?? 0,
    Waived: s?.waived ?? 0,
  }));
  const o = q.data.overall;
  return (
    <ChartCard
      id="insight-promises"
      title="Promises kept on time"
      description={
        o.due === 0
          ? `Promises that came due in the last ${days} days, kept on time, late, broken or waived.`
          : `Of the promises that came due in the last ${days} days: ${formatRate(o.keptRate)} kept on time (${o.keptOnTime} of ${o.due - o.waived} not waived).`
      }
      principles={['F4']}
      filename="promises-kept.csv"
      empty={o.due === 0 ? `No promise came due in the last ${days} days.` : null}
      table={{
        header: ['Kind', 'Came due', 'Kept on time', 'Kept late', 'Broken', 'Waived', 'Kept on time rate'],
        rows: [
          ...kinds.map(([kind, s]) => [
            kindLabel(kind),
            s?.due ?? 0,
            s?.keptOnTime ?? 0,
            s?.keptLate ?? 0,
            s?.broken ?? 0,
            s?.waived ?? 0,
            formatRate(s?.keptRate),
          ]),
          ['All', o.due, o.keptOnTime, o.keptLate, o.broken, o.waived, formatRate(o.keptRate)],
        ],
      }}
    >
      <BarChart
        h={220}
        data={data}
        dataKey="kind"
        type="stacked"
        yAxisProps={WHOLE_COUNTS}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        series={[
          { name: 'On time', color: 'teal.7' },
          { name: 'Late', color: 'yellow.6' },
          { name: 'Broken', color: 'red.7' },
          { name: 'Waived', color: 'gray.5' },
        ]}
      />
    </ChartCard>
  );
}

function AngerCard({ days }: { days: number }) {
  const q = useQuery({
    queryKey: ['insights', 'anger', days],
    queryFn: () => get<Anger>('/api/v1/insights/anger', days),
  });
  if (q.isPending) return <Loading label="Loading anger…" />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} what="anger" />;
  const a = q.data;
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 100));
  return (
    <ChartCard
      id="insight-anger"
      title="Anger at the start vs the end"
      description={`Mean anger of the first and last customer turn, and how many conversations ended calmer (last ${days} days).`}
      principles={['L1', 'A1']}
      filename="anger-start-end.csv"
      empty={a.conversations === 0 ? `No analysed conversation in the last ${days} days.` : null}
      table={{
        header: ['Measure', 'Value'],
        rows: [
          ['Conversations', a.conversations],
          ['Mean anger at start (%)', pct(a.meanStart)],
          ['Mean anger at end (%)', pct(a.meanEnd)],
          ['Ended calmer', a.calmer],
          ['Stayed steady', a.steady],
          ['Ended angrier', a.angrier],
        ],
      }}
    >
      <SimpleGrid cols={2} spacing="sm">
        <BarChart
          h={200}
          data={[
            { when: 'Start', Anger: pct(a.meanStart) ?? 0 },
            { when: 'End', Anger: pct(a.meanEnd) ?? 0 },
          ]}
          dataKey="when"
          unit="%"
          yAxisProps={{ domain: [0, 100] }}
          series={[{ name: 'Anger', color: 'red.7', label: 'Mean anger %' }]}
        />
        <BarChart
          h={200}
          data={[
            { how: 'Calmer', Conversations: a.calmer },
            { how: 'Steady', Conversations: a.steady },
            { how: 'Angrier', Conversations: a.angrier },
          ]}
          dataKey="how"
          yAxisProps={WHOLE_COUNTS}
          series={[{ name: 'Conversations', color: 'blue.7' }]}
        />
      </SimpleGrid>
    </ChartCard>
  );
}

function QaCard({ days }: { days: number }) {
  const [groupBy, setGroupBy] = useState<'none' | 'team' | 'agent'>('none');
  const q = useQuery({
    queryKey: ['insights', 'qa', days, groupBy],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/insights/qa', {
          params: { query: { days, ...(groupBy === 'none' ? {} : { groupBy }) } },
        }),
      ),
  });
  const control = (
    <SegmentedControl
      size="xs"
      aria-label="QA grouped by"
      value={groupBy}
      onChange={(v) => setGroupBy(v as typeof groupBy)}
      data={[
        { value: 'none', label: 'Overall' },
        { value: 'team', label: 'By team' },
        { value: 'agent', label: 'By agent' },
      ]}
    />
  );
  if (q.isPending) return <Loading label="Loading QA…" />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} what="QA" />;
  const qa = q.data;
  const principles = qa.principles.map((p) => p.principle);
  const groups = qa.groups ?? [];
  const rateOf = (list: typeof qa.principles, id: string) => {
    const rate = list.find((p) => p.principle === id)?.metRate;
    return rate === null || rate === undefined ? null : Math.round(rate * 100);
  };
  const data =
    groupBy === 'none'
      ? principles.map((id) => ({ principle: id, Met: rateOf(qa.principles, id) ?? 0 }))
      : principles.map((id) => ({
          principle: id,
          ...Object.fromEntries(groups.map((g) => [g.name, rateOf(g.principles, id) ?? 0])),
        }));
  const table =
    groupBy === 'none'
      ? {
          header: ['Principle', 'Name', 'Met', 'Violated', 'n/a', 'Met rate'],
          rows: qa.principles.map((p) => [
            p.principle,
            principleName(p.principle) ?? '',
            p.met,
            p.violated,
            p.notApplicable,
            formatRate(p.metRate),
          ]),
        }
      : {
          header: ['Principle', ...groups.map((g) => `${g.name} (${g.conversations} conv., score ${g.score ?? '—'})`)],
          rows: principles.map((id) => [
            id,
            ...groups.map((g) => formatRate(g.principles.find((p) => p.principle === id)?.metRate)),
          ]),
        };
  return (
    <Stack gap="xs">
      <Group justify="flex-end">{control}</Group>
      <ChartCard
        id="insight-qa"
        title="QA by principle"
        description={`Share of applicable conversations that met each playbook principle — ${qa.conversations} analysed in the last ${days} days, mean score ${qa.score ?? '—'} (${qa.scope === 'team' ? 'your team' : 'the whole organization'}).`}
        principles={[]}
        filename={`qa-by-principle${groupBy === 'none' ? '' : `-by-${groupBy}`}.csv`}
        empty={qa.conversations === 0 ? `No analysed conversation in the last ${days} days.` : null}
        table={table}
      >
        <BarChart
          h={260}
          data={data}
          dataKey="principle"
          unit="%"
          yAxisProps={{ domain: [0, 100] }}
          withLegend={groupBy !== 'none'}
          legendProps={{ verticalAlign: 'bottom' }}
          series={
            groupBy === 'none'
              ? [{ name: 'Met', color: 'teal.7', label: 'Met rate %' }]
              : groups.map((g, i) => ({ name: g.name, color: PALETTE[i % PALETTE.length] ?? 'gray.6' }))
          }
        />
      </ChartCard>
    </Stack>
  );
}

export default function InsightsPage() {
  const [days, setDays] = useState('30');
  const window = Number(days);
  return (
    <>
      <PageTitle
        title="Insights"
        description="What the unhappiest customers teach (P3): where complaints come from, whether they recur, whether promises are kept and the playbook is followed."
        actions={
          <SegmentedControl
            aria-label="Period"
            value={days}
            onChange={setDays}
            data={[
              { value: '7', label: '7 days' },
              { value: '30', label: '30 days' },
              { value: '90', label: '90 days' },
            ]}
          />
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <RootCausesOverTime />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <RecurrenceCard days={window} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <PromisesCard days={window} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <AngerCard days={window} />
        </Grid.Col>
        <Grid.Col span={12}>
          <QaCard days={window} />
        </Grid.Col>
      </Grid>
    </>
  );
}
