/** The conversation in two lanes: the customer's words on the left, the agent's on the right, in order. */
import { Badge, Box, Divider, Group, Paper, Text, Tooltip } from '@mantine/core';
import { memo, useEffect, useRef } from 'react';
import { angerPercent, type ConversationEvent, LEVEL_COLOR, principleName, type TurnAnalysis } from './engine';
import classes from './console.module.css';

// Memoised: a turn's analysis object never changes once made, so only the new turn renders.
const CustomerTurn = memo(function CustomerTurn({ turn }: { turn: TurnAnalysis }) {
  const c = turn.customer;
  return (
    <Paper className={classes.customerTurn} p="xs" radius="md" withBorder>
      <Group gap={6} mb={4} wrap="wrap">
        <Text size="xs" fw={700} c="dimmed">
          Customer
        </Text>
        {c && c.level !== null && c.anger !== null ? (
          <Badge size="xs" color={LEVEL_COLOR[c.level]} variant="light" c="dark.9">
            {c.level} {angerPercent(c.anger)}%
          </Badge>
        ) : c ? (
          <Badge size="xs" color="gray" variant="light">
            anger not read{'language' in c ? ` (${String(c.language)})` : ''}
          </Badge>
        ) : null}
        {c?.abuse.length ? (
          <Badge size="xs" color="red" variant="filled">
            abuse
          </Badge>
        ) : null}
        {c?.venting ? (
          <Badge size="xs" color="gray" variant="light">
            venting
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" className={classes.turnText}>
        {turn.text}
      </Text>
    </Paper>
  );
});

const AgentTurn = memo(function AgentTurn({ turn }: { turn: TurnAnalysis }) {
  const findings = turn.agent?.findings ?? [];
  return (
    <Paper className={classes.agentTurn} p="xs" radius="md" withBorder>
      <Group gap={4} mb={4} wrap="wrap">
        <Text size="xs" fw={700} c="dimmed" mr={4}>
          You
        </Text>
        {findings.map((f) => (
          <Tooltip
            key={`${f.label}-${f.span.start}`}
            label={`${principleName(f.principle)}: ${f.message}`}
            multiline
            w={280}
          >
            <Badge
              size="xs"
              variant={f.polarity === 'anti' ? 'filled' : 'light'}
              color={f.polarity === 'anti' ? 'red' : 'teal'}
              c={f.polarity === 'anti' ? 'white' : 'dark.9'}
            >
              {f.principle}
              {f.polarity === 'anti' ? ' ✗' : ' ✓'}
            </Badge>
          </Tooltip>
        ))}
      </Group>
      <Text size="sm" className={classes.turnText}>
        {turn.text}
      </Text>
    </Paper>
  );
});

export function Lanes({ turns, events }: { turns: readonly TurnAnalysis[]; events: readonly ConversationEvent[] }) {
  const viewport = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll to the newest turn whenever one arrives.
  useEffect(() => {
    // After layout, so the newest turn's height counts.
    const frame = requestAnimationFrame(() => viewport.current?.scrollTo({ top: viewport.current.scrollHeight }));
    return () => cancelAnimationFrame(frame);
  }, [turns.length, events.length]);
  // The panel changes height with the window and the Reply box: keep the newest turn in view.
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const observer = new ResizeObserver(() => el.scrollTo({ top: el.scrollHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    // The log scrolls, so it is focusable: the conversation can be scrolled with the keyboard.
    <div
      ref={viewport}
      className={classes.lanesScroll}
      role="log"
      aria-label="Conversation"
      aria-live="polite"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
      tabIndex={0}
    >
      <Box className={classes.lanes}>
        <Text className={classes.laneHead} size="xs" fw={700} c="dimmed" aria-hidden="true">
          CUSTOMER
        </Text>
        <Text className={classes.laneHeadAgent} size="xs" fw={700} c="dimmed" aria-hidden="true">
          AGENT
        </Text>
        {turns.map((turn) => (
          <Box
            key={turn.index}
            className={turn.speaker === 'customer' ? classes.customerLane : classes.agentLane}
            // One row per turn (the heads are row 1), so reading down follows the conversation.
            style={{ gridRow: turn.index + 2 }}
          >
            {turn.speaker === 'customer' ? <CustomerTurn turn={turn} /> : <AgentTurn turn={turn} />}
            {events
              .filter((e) => e.afterTurn === turn.index)
              .map((e) => (
                <Divider
                  key={`${e.by}-${e.afterTurn}`}
                  my="xs"
                  color="red"
                  label={e.by === 'customer' ? 'The customer hung up' : 'You ended the conversation'}
                  labelPosition="center"
                />
              ))}
          </Box>
        ))}
      </Box>
    </div>
  );
}
