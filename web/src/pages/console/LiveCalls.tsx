/** "Live now": the calls an integration (a call-transcription pipeline) started for this agent, and the bar over the
 * lanes while the console follows one. */
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useMe } from '../../auth/useMe';
import type { FollowedCall, LineStatus, LiveCall } from './useLiveCalls';

const LINE_TEXT: Record<LineStatus, string | null> = {
  connecting: null,
  live: null,
  reconnecting: 'Live calls: connection lost, reconnecting…',
  refused: 'Live calls: not connected. Log in again to see the calls started for you.',
};

function CallRow({ call, onFollow }: { call: LiveCall; onFollow(id: string, name: string | null): void }) {
  const me = useMe().data;
  const who = call.customerName ?? 'A customer';
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid="live-call">
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {who}
          {call.channel ? ` · ${call.channel}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {call.startedAt ? `Started ${dayjs(call.startedAt).format('HH:mm')}` : 'Started just now'}
          {` · ${call.turns} turn${call.turns === 1 ? '' : 's'} so far`}
          {me && call.agentId && call.agentId !== me.id ? ' · a call of your team' : ''}
        </Text>
      </Stack>
      <Button size="xs" color="teal" onClick={() => onFollow(call.conversationId, call.customerName)}>
        Follow the call with {who}
      </Button>
    </Group>
  );
}

/** The live calls to follow (hidden when there is none and the line is up: nothing to act on). */
export function LiveCalls({
  calls,
  status,
  following,
  onFollow,
}: {
  calls: LiveCall[];
  status: LineStatus;
  following: string | null;
  onFollow(conversationId: string, customerName: string | null): void;
}) {
  const open = calls.filter((c) => c.conversationId !== following);
  const problem = LINE_TEXT[status];
  if (open.length === 0 && !problem) return null;
  return (
    <Paper withBorder radius="md" p="xs" bg="teal.0" aria-label="Live now" component="section">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge color="teal.9" variant="filled" size="sm">
            Live now
          </Badge>
          <Text size="xs" c="dark.6">
            {open.length > 0
              ? `${open.length === 1 ? 'A call' : `${open.length} calls`} your call system started for you${following ? ' (following one replaces the call on screen)' : ''}.`
              : problem}
          </Text>
        </Group>
        {open.length > 0 && problem ? (
          <Text size="xs" c="orange.9">
            {problem}
          </Text>
        ) : null}
        {open.map((call) => (
          <CallRow key={call.conversationId} call={call} onFollow={onFollow} />
        ))}
      </Stack>
    </Paper>
  );
}

/** Over the lanes while following: whose call it is, whether it is still live, and how to stop. */
export function LiveCallBar({
  call,
  status,
  onStop,
  onCapture,
}: {
  call: FollowedCall;
  status: LineStatus;
  onStop(): void;
  onCapture(): void;
}) {
  const ended = call.ended !== null;
  return (
    <Group
      justify="space-between"
      wrap="wrap"
      px="sm"
      py={6}
      gap="xs"
      data-testid="live-call-bar"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 220px' }}>
        <Badge
          color={ended ? 'gray.7' : 'red.9'}
          variant={ended ? 'outline' : 'filled'}
          size="sm"
          style={{ flexShrink: 0 }}
        >
          {ended ? 'Call ended' : status === 'live' ? 'Live' : 'Reconnecting'}
        </Badge>
        <Text size="sm" fw={600}>
          {call.customerName ?? 'The customer'}
          {call.channel ? ` · ${call.channel}` : ''}
          <Text span size="xs" fw={400} c="dark.6">
            {ended ? ' · the call system ended the call' : ' · you are following this call'}
          </Text>
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
        {ended ? (
          <Button size="xs" onClick={onCapture}>
            Capture the case
          </Button>
        ) : null}
        <Button size="xs" variant="default" onClick={onStop}>
          {ended ? 'Close the call' : 'Stop following'}
        </Button>
      </Group>
    </Group>
  );
}
