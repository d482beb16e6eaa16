/** The case's timeline — audit trail, notes, conversations, promises, concessions — with a note box on top. */
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, errorMessage, type ResponseOf, unwrap } from '../../api/client';
import { ErrorState, Loading } from '../../components/States';
import { count, formatDateTime, formatMoney, humanize } from '../common/format';
import { kindLabel } from '../common/kinds';

type Entry = ResponseOf<'/api/v1/cases/{id}/timeline', 'get'>['items'][number];

const KIND_COLOR: Record<Entry['kind'], string> = {
  audit: 'gray',
  note: 'blue',
  conversation: 'grape',
  commitment: 'teal',
  concession: 'orange',
};

const HIDDEN = new Set(['id', 'orgId', 'caseId', 'version', 'createdAt', 'updatedAt']);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const show = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' && ISO.test(value)) return formatDateTime(value);
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  if (Array.isArray(value)) return value.map(String).join('; ') || '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return JSON.stringify(value);
};

function Changes({ before, after }: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }) {
  // A creation is shown by its own entry (the promise, the concession): list only what changed afterwards.
  if (!before) return null;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN.has(k));
  if (keys.length === 0) return null;
  return (
    <Stack gap={0}>
      {keys.slice(0, 6).map((key) => (
        <Text size="xs" c="dimmed" key={key}>
          {humanize(key)}: {before ? `${show(before[key])} → ` : ''}
          {show(after?.[key])}
        </Text>
      ))}
    </Stack>
  );
}

function describe(entry: Entry): { title: string; body?: React.ReactNode } {
  const who = entry.actor?.name ?? 'defuse';
  switch (entry.kind) {
    case 'note':
      return {
        title: `${who} added a note`,
        body: (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {entry.body}
          </Text>
        ),
      };
    case 'conversation':
      return {
        title: `Conversation (${entry.channel ?? 'channel not recorded'}, ${count(entry.turnCount, 'turn')})`,
        body: (
          <Group gap="xs">
            {entry.peakAngerLevel ? (
              <Badge c="dark.8" size="sm" variant="light">
                peak {entry.peakAngerLevel}
              </Badge>
            ) : null}
            {entry.abusive ? (
              <Badge c="dark.8" size="sm" color="red" variant="light">
                abusive
              </Badge>
            ) : null}
            {entry.hangup ? (
              <Badge c="dark.8" size="sm" color="orange" variant="light">
                hung up
              </Badge>
            ) : null}
            {entry.qaScore !== null ? (
              <Badge c="dark.8" size="sm" variant="outline">
                QA {entry.qaScore}
              </Badge>
            ) : null}
            <Anchor component={Link} to={`/conversations/${entry.id}`} size="sm">
              Read it
            </Anchor>
          </Group>
        ),
      };
    case 'commitment':
      return {
        title: `${who} promised: ${kindLabel(entry.commitmentKind)}`,
        body: (
          <Text size="xs" c="dimmed">
            Due {formatDateTime(entry.dueAt)} · now {entry.state}
            {entry.source ? ` · from ${entry.source}` : ''}
          </Text>
        ),
      };
    case 'concession':
      return {
        title: `${who} proposed ${humanize(entry.concessionKind).toLowerCase()} of ${formatMoney(entry.amountCents, entry.currency)}`,
        body: (
          <Text size="xs" c="dimmed">
            Now {entry.status}
          </Text>
        ),
      };
    case 'audit':
      return {
        title: `${who} ${entry.action.replaceAll('_', ' ')} the ${entry.entity === 'commitment' ? 'promise' : entry.entity}`,
        body: <Changes before={entry.before} after={entry.after} />,
      };
  }
}

function AddNote({ caseId }: { caseId: string }) {
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/cases/{id}/notes', { params: { path: { id: caseId } }, body: { body: body.trim() } })),
    onSuccess: () => {
      setBody('');
      void client.invalidateQueries({ queryKey: ['case', caseId, 'timeline'] });
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim()) add.mutate();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Add a note"
          description="Visible to everyone who can see this case; kept in its timeline."
          autosize
          minRows={2}
          maxLength={10_000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        {add.isError ? <Alert color="red">{errorMessage(add.error)}</Alert> : null}
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={add.isPending} disabled={!body.trim()}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CaseTimeline({ caseId }: { caseId: string }) {
  const timeline = useQuery({
    queryKey: ['case', caseId, 'timeline'],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/timeline', { params: { path: { id: caseId } } })),
  });
  return (
    <Stack>
      <AddNote caseId={caseId} />
      {timeline.isPending ? (
        <Loading label="Loading the timeline…" />
      ) : timeline.isError ? (
        <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} what="the timeline" />
      ) : (
        <Timeline bulletSize={14} lineWidth={2} aria-label="Timeline, newest first">
          {[...timeline.data.items].reverse().map((entry) => {
            const { title, body } = describe(entry);
            return (
              <Timeline.Item
                key={`${entry.kind}-${entry.id}`}
                color={KIND_COLOR[entry.kind]}
                title={
                  <Group gap="xs" justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {title}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                    </Text>
                  </Group>
                }
              >
                {body}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Stack>
  );
}
