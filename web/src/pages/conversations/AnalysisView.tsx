/** What `defuse analyze` prints, made visual: each turn with its signals and cues, the anger curve, the QA scorecard. */
import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Anchor, Badge, Box, Group, Paper, Progress, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { ConversationAnalysis } from '@core/analyze.ts';
import type { TurnAnalysis } from '@core/analysis/types.ts';
import { ANGER_COLOR } from '../common/kinds';
import { humanize, isAdvice, readableRewrite } from '../common/format';
import { PrincipleBadge, principleName } from '../common/Principle';

export type Analysis = ConversationAnalysis;

const VERDICT: Record<string, { label: string; color: string }> = {
  met: { label: 'Met', color: 'teal' },
  violated: { label: 'Violated', color: 'red' },
  'n/a': { label: 'n/a', color: 'gray' },
};

/** Moves focus to turn #n and scrolls it into view (evidence links). */
export function goToTurn(index: number): void {
  const element = document.getElementById(`turn-${index}`);
  if (!element) return;
  element.scrollIntoView({ behavior: 'smooth', block: 'center' });
  element.focus({ preventScroll: true });
}

export function TurnLink({ index, conversationId }: { index: number; conversationId?: string | undefined }) {
  if (conversationId) {
    return (
      <Anchor component={Link} to={`/conversations/${conversationId}#turn-${index}`} size="sm">
        #{index + 1}
      </Anchor>
    );
  }
  return (
    <UnstyledButton
      onClick={() => goToTurn(index)}
      c="blue.8"
      fz="sm"
      td="underline"
      aria-label={`Go to turn ${index + 1}`}
    >
      #{index + 1}
    </UnstyledButton>
  );
}

function AngerMeter({ anger, level }: { anger: number; level: string }) {
  const percent = Math.round(anger * 100);
  return (
    <Group gap="xs" wrap="nowrap" w={220}>
      <Progress
        value={percent}
        color={ANGER_COLOR[level] ?? 'gray'}
        w={110}
        aria-label={`Anger ${percent}%`}
        size="md"
      />
      <Text size="xs" fw={600}>
        {level} · {percent}%
      </Text>
    </Group>
  );
}

function highlight(text: string, spans: { start: number; end: number }[]) {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  sorted.forEach((span) => {
    if (span.start < at) return;
    parts.push(text.slice(at, span.start));
    parts.push(
      <Box component="mark" key={span.start} bg="red.1" c="red.9" px={2}>
        {text.slice(span.start, span.end)}
      </Box>,
    );
    at = span.end;
  });
  parts.push(text.slice(at));
  return parts;
}

function TurnCard({ turn, evidenceOf }: { turn: TurnAnalysis; evidenceOf: string[] }) {
  const isCustomer = turn.speaker === 'customer';
  const antiSpans = turn.agent?.findings.filter((f) => f.polarity === 'anti').map((f) => f.span) ?? [];
  const abuseSpans = turn.customer?.abuse.map((a) => a.span) ?? [];
  // A correction repeats an anti-pattern the turn already lists with its rewrite: the cues show only what comes next.
  const found = new Set(turn.agent?.findings.filter((f) => f.polarity === 'anti').map((f) => f.message));
  const cues = turn.cues.filter((cue) => !found.has(cue.message));
  return (
    <Paper
      id={`turn-${turn.index}`}
      tabIndex={-1}
      withBorder
      p="sm"
      radius="md"
      bg={isCustomer ? 'gray.0' : 'white'}
      ml={isCustomer ? 0 : 'xl'}
      mr={isCustomer ? 'xl' : 0}
      component="li"
      aria-label={`Turn ${turn.index + 1}, ${turn.speaker}`}
    >
      <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
        <Group gap="xs">
          <Text size="xs" fw={700} c="dimmed">
            #{turn.index + 1}
          </Text>
          <Text size="sm" fw={700}>
            {isCustomer ? 'Customer' : 'Agent'}
          </Text>
          {turn.callback ? (
            <Badge c="dark.8" size="xs" variant="light">
              Call-back
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs">
          {turn.customer && turn.customer.anger !== null && turn.customer.level !== null ? (
            <AngerMeter anger={turn.customer.anger} level={turn.customer.level} />
          ) : turn.customer ? (
            <Text size="xs" c="dimmed" title={turn.customer.notScored}>
              Anger not read ({turn.customer.language})
            </Text>
          ) : null}
          <Badge c="dark.8" size="sm" variant="outline" color="gray" title="Playbook stage after this turn">
            Stage: {humanize(turn.stage)}
          </Badge>
        </Group>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {highlight(turn.text, [...antiSpans, ...abuseSpans])}
      </Text>
      {turn.customer && (turn.customer.venting || turn.customer.pause || turn.customer.abuse.length > 0) ? (
        <Group gap={4} mt={6}>
          {turn.customer.venting ? (
            <Badge c="dark.8" size="sm" color="grape" variant="light">
              Venting: let them finish (L1)
            </Badge>
          ) : null}
          {turn.customer.pause ? (
            <Badge c="dark.8" size="sm" color="pink" variant="light">
              Pause: the moment to apologise (A1)
            </Badge>
          ) : null}
          {turn.customer.abuse.map((a) => (
            <Badge c="dark.8" key={`${a.kind}-${a.span.start}`} size="sm" color="red" variant="light">
              {humanize(a.kind)} (B1)
            </Badge>
          ))}
        </Group>
      ) : null}
      {turn.agent ? (
        <Stack gap={4} mt={6}>
          {turn.agent.findings.map((f) => (
            <Group key={`${f.label}-${f.span.start}`} gap={6} wrap="nowrap" align="flex-start">
              <PrincipleBadge id={f.principle} color={f.polarity === 'anti' ? 'red' : 'teal'} />
              <Text size="xs">
                <Text span fw={600} size="xs">
                  {f.polarity === 'anti' ? 'Anti-pattern' : 'Good move'}:
                </Text>{' '}
                {f.message}
                {f.rewrite ? <Text span size="xs" c="dimmed">{` Better: ${readableRewrite(f.rewrite)}`}</Text> : null}
              </Text>
            </Group>
          ))}
          {turn.agent.interruption ? (
            <Group gap={6} wrap="nowrap">
              <PrincipleBadge id="L1" color="red" />
              <Text size="xs">Interrupted the customer: {turn.agent.interruption.evidence}</Text>
            </Group>
          ) : null}
          {turn.agent.answeredInKind.length > 0 ? (
            <Group gap={6} wrap="nowrap">
              <PrincipleBadge id="B1" color="red" />
              <Text size="xs">Answered in kind: foul language in the agent’s own words.</Text>
            </Group>
          ) : null}
        </Stack>
      ) : null}
      {cues.length > 0 ? (
        <Box mt={8} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-blue-3)' }}>
          <Text size="xs" fw={700} c="blue.9">
            Coach’s next cue{cues.length > 1 ? 's' : ''}
          </Text>
          {cues.map((cue) => (
            <Stack key={`${cue.principle}-${cue.message}`} gap={0} mt={4}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <PrincipleBadge id={cue.principle} />
                <Text size="sm">{cue.message}</Text>
              </Group>
              <Text size="xs" c="dimmed">
                Why: {cue.why}
              </Text>
              {cue.suggestion ? (
                <Text size="xs">
                  {isAdvice(cue.suggestion) ? `Better: ${readableRewrite(cue.suggestion)}` : `Say: “${cue.suggestion}”`}
                </Text>
              ) : null}
            </Stack>
          ))}
        </Box>
      ) : null}
      {evidenceOf.length > 0 ? (
        <Text size="xs" c="dimmed" mt={6}>
          Evidence for {evidenceOf.join(', ')}
        </Text>
      ) : null}
    </Paper>
  );
}

export function TurnByTurn({ analysis }: { analysis: Analysis }) {
  const evidence = new Map<number, string[]>();
  for (const [id, result] of Object.entries(analysis.evidence)) {
    for (const index of result.evidence) evidence.set(index, [...(evidence.get(index) ?? []), id]);
  }
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Turns">
      {analysis.turns.map((turn) => (
        <TurnCard key={turn.index} turn={turn} evidenceOf={evidence.get(turn.index) ?? []} />
      ))}
    </Stack>
  );
}

export function AngerCurve({ analysis }: { analysis: Analysis }) {
  const points = analysis.turns.flatMap((t) =>
    t.customer && t.customer.anger !== null
      ? [{ turn: `#${t.index + 1}`, anger: Math.round(t.customer.anger * 100) }]
      : [],
  );
  const trend = analysis.angerTrend;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Anger, customer turn by turn
      </Title>
      <Text size="sm">
        Started {trend.startLevel ?? '—'}, ended {trend.endLevel ?? '—'}:{' '}
        <Text
          span
          fw={700}
          c={trend.direction === 'calmer' ? 'teal.9' : trend.direction === 'angrier' ? 'red.9' : 'dark'}
        >
          {trend.direction}
        </Text>
        . Peak: {analysis.peakAngerLevel}.
      </Text>
      {points.length > 1 ? (
        <figure
          style={{ margin: 0 }}
          aria-label={`Anger by customer turn: ${points.map((p) => `${p.turn} ${p.anger}%`).join(', ')}`}
        >
          <LineChart
            h={160}
            data={points}
            dataKey="turn"
            series={[{ name: 'anger', label: 'Anger %', color: 'red.7' }]}
            yAxisProps={{ domain: [0, 100] }}
            curveType="monotone"
            withDots
          />
        </figure>
      ) : null}
    </Stack>
  );
}

export function Scorecard({ analysis, conversationId }: { analysis: Analysis; conversationId?: string }) {
  const entries = Object.entries(analysis.evidence);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          QA scorecard
        </Title>
        <Badge
          autoContrast
          size="lg"
          variant="filled"
          color={analysis.score >= 80 ? 'teal.9' : analysis.score >= 50 ? 'yellow.4' : 'red.9'}
        >
          {analysis.score} / 100
        </Badge>
      </Group>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Principle</Table.Th>
            <Table.Th scope="col">Verdict</Table.Th>
            <Table.Th scope="col">Evidence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map(([id, result]) => (
            <Table.Tr key={id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <PrincipleBadge id={id} />
                  <Text size="xs">{principleName(id)}</Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge
                  c="dark.8"
                  color={VERDICT[result.verdict]?.color ?? 'gray'}
                  variant="light"
                  style={{ minWidth: 'fit-content' }}
                >
                  {VERDICT[result.verdict]?.label ?? result.verdict}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{result.why}</Text>
                {result.evidence.length > 0 ? (
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      Turns
                    </Text>
                    {result.evidence.map((index) => (
                      <TurnLink key={index} index={index} conversationId={conversationId} />
                    ))}
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
