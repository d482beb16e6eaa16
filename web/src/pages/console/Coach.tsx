/** The coach: anger meter and trend, playbook stage, the next cue with its principle, reason and words. */
import { Badge, Box, Button, Group, Kbd, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Sparkline } from '@mantine/charts';
import { memo, useEffect } from 'react';
import { type AngerLevel, angerTrend } from './anger-trend';
import classes from './console.module.css';
import {
  angerPercent,
  type Cue,
  DETOUR_LABEL,
  LEVEL_COLOR,
  principleName,
  STAGE_ORDER,
  type Stage,
  type TurnAnalysis,
} from './engine';

export function AngerMeter({
  series,
  levels,
  last,
}: {
  series: number[];
  levels: AngerLevel[];
  last: TurnAnalysis | undefined;
}) {
  const read = last?.customer;
  const c = read && read.anger !== null && read.level !== null ? { anger: read.anger, level: read.level } : undefined;
  const value = c ? angerPercent(c.anger) : 0;
  const trend = c === undefined ? null : angerTrend(levels);
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={700} id="anger-label">
          Customer anger
        </Text>
        {c ? (
          <Badge
            color={LEVEL_COLOR[c.level]}
            variant="light"
            c="dark.9"
            size="lg"
            data-testid="anger-level"
            style={{ flexShrink: 0 }}
          >
            {c.level} · {value}%
          </Badge>
        ) : (
          <Badge color="gray" variant="light" data-testid="anger-level" style={{ flexShrink: 0 }}>
            no reading yet
          </Badge>
        )}
      </Group>
      <Progress.Root size="lg">
        <Progress.Section
          value={value}
          color={c ? LEVEL_COLOR[c.level] : 'gray'}
          aria-label="Customer anger"
          aria-valuetext={c ? `${c.level}, ${value} percent` : 'no reading yet'}
        />
      </Progress.Root>
      <Group gap="xs" wrap="nowrap" align="center">
        {/* inert: the chart's own focusable SVG stays out of the tab order; the sentence beside it says the same. */}
        <Box w={140} inert>
          {series.length >= 2 ? (
            <Trend
              values={series.map((a) => angerPercent(a)).join(',')}
              color={c ? `${LEVEL_COLOR[c.level]}.7` : 'gray.6'}
            />
          ) : null}
        </Box>
        <Text size="xs" c="dimmed" data-testid="anger-trend">
          {trend
            ? `Trend over ${series.length} customer turns: ${trend}.`
            : series.length === 1
              ? 'The trend appears after the next customer turn.'
              : 'Add what the customer says to see their anger.'}
        </Text>
      </Group>
    </Stack>
  );
}

// The chart redraws only when a customer turn changes the series (recharts is the costliest part of a render).
const Trend = memo(function Trend({ values, color }: { values: string; color: string }) {
  return (
    <Sparkline
      h={32}
      data={values.split(',').map(Number)}
      curveType="linear"
      color={color}
      fillOpacity={0.25}
      strokeWidth={2}
    />
  );
});

export function StageTrack({ stage }: { stage: Stage }) {
  const detour = DETOUR_LABEL[stage];
  return (
    <Stack gap={6}>
      <Text size="sm" fw={700} id="stage-label">
        Playbook stage
      </Text>
      <Group gap={4} component="ol" p={0} m={0} aria-labelledby="stage-label" style={{ listStyle: 'none' }}>
        {STAGE_ORDER.map((s) => (
          <Box component="li" key={s.stage}>
            <Badge
              variant={s.stage === stage ? 'filled' : 'outline'}
              color={s.stage === stage ? 'blue' : 'gray'}
              aria-current={s.stage === stage ? 'step' : undefined}
              size="sm"
              tt="none"
              fw={600}
            >
              {s.label}
            </Badge>
          </Box>
        ))}
        {detour ? (
          <Box component="li">
            <Badge variant="filled" color="red" aria-current="step" size="sm" tt="none" fw={600}>
              {detour}
            </Badge>
          </Box>
        ) : null}
      </Group>
    </Stack>
  );
}

export function CueCard({
  cue,
  index,
  onInsert,
  primary,
}: {
  cue: Cue;
  index: number;
  onInsert(cue: Cue): void;
  primary: boolean;
}) {
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid={primary ? 'next-cue' : 'other-cue'}
      bg={primary ? 'blue.0' : 'white'}
    >
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap">
          <Badge size="lg" variant="filled" data-testid="cue-principle">
            {cue.principle}
          </Badge>
          <Text size="sm" fw={700}>
            {principleName(cue.principle)}
          </Text>
        </Group>
        <Text size={primary ? 'md' : 'sm'} fw={primary ? 600 : 500}>
          {cue.message}
        </Text>
        <Text size="xs" c="dimmed">
          Why: {cue.why}
        </Text>
        {cue.suggestion ? (
          <>
            <Text size="sm" className={classes.suggestion} data-testid="cue-suggestion">
              {cue.suggestion}
            </Text>
            <Group justify="flex-end">
              <Button
                size="xs"
                variant={primary ? 'filled' : 'light'}
                onClick={() => onInsert(cue)}
                rightSection={index < 3 ? <Kbd className={classes.kbd}>Alt+{index + 1}</Kbd> : undefined}
              >
                Insert
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The cues after the latest turn; reports turn-sent → cue-rendered latency as a `defuse:cue` performance measure. */
export function Cues({
  cues,
  version,
  sentAt,
  onInsert,
}: {
  cues: readonly Cue[];
  version: number;
  sentAt: React.RefObject<number | null>;
  onInsert(cue: Cue): void;
}) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: measure once per conversation change.
  useEffect(() => {
    const start = sentAt.current;
    if (start === null) return;
    sentAt.current = null;
    performance.measure('defuse:cue', { start, end: performance.now() });
  }, [version]);
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">
        Next
      </Title>
      {cues.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-cue">
          Type or paste what the customer says: the next move, its playbook principle and the words to say appear here.
        </Text>
      ) : (
        cues.map((cue, i) => (
          <CueCard key={`${cue.principle}-${cue.message}`} cue={cue} index={i} onInsert={onInsert} primary={i === 0} />
        ))
      )}
    </Stack>
  );
}
