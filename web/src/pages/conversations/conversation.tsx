/** One conversation, turn by turn: the customer's anger, the stage, each cue with its principle, and the QA scorecard. */
import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { formatDateTime, humanize } from '../common/format';
import { kindLabel } from '../common/kinds';
import { When } from '../common/When';
import { type Analysis, AngerCurve, goToTurn, Scorecard, TurnByTurn } from './AnalysisView';

export function useConversation(id: string | null | undefined) {
  return useQuery({
    queryKey: ['conversation', id],
    queryFn: () => unwrap(api.GET('/api/v1/conversations/{id}', { params: { path: { id: id as string } } })),
    enabled: Boolean(id),
  });
}

export function useCustomer(id: string | null | undefined) {
  return useQuery({
    queryKey: ['customer', id],
    queryFn: () => unwrap(api.GET('/api/v1/customers/{id}', { params: { path: { id: id as string } } })),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}

export default function ConversationPage() {
  const { id } = useParams();
  const conversation = useConversation(id);
  const customer = useCustomer(conversation.data?.customerId);
  const { hash } = useLocation();
  const loaded = Boolean(conversation.data);
  // An evidence link from a case (#turn-3) lands on that turn once the turns are drawn.
  useEffect(() => {
    const match = /^#turn-(\d+)$/.exec(hash);
    if (loaded && match) window.setTimeout(() => goToTurn(Number(match[1])), 50);
  }, [hash, loaded]);
  if (conversation.isPending) return <Loading label="Loading the conversation…" />;
  if (conversation.isError) {
    const missing = conversation.error instanceof ApiError && conversation.error.status === 404;
    return missing ? (
      <EmptyState title="No such conversation.">
        It does not exist or belongs to another team.{' '}
        <Anchor component={Link} to="/conversations">
          Back to conversations
        </Anchor>
      </EmptyState>
    ) : (
      <ErrorState error={conversation.error} onRetry={() => void conversation.refetch()} what="the conversation" />
    );
  }
  const c = conversation.data;
  const analysis = c.analysis as unknown as Analysis | null;
  const who = customer.data?.name ?? c.customerName ?? (c.customerId ? 'the customer' : 'an unknown customer');
  return (
    <>
      <PageTitle
        title={`Conversation with ${who}`}
        description={
          <>
            {formatDateTime(c.createdAt)} · {c.channel ? humanize(c.channel) : 'channel not recorded'} ·{' '}
            {c.turns.length} turns{c.externalRef ? ` · ref ${c.externalRef}` : ''}
          </>
        }
        actions={
          <Anchor component={Link} to="/conversations" size="sm">
            All conversations
          </Anchor>
        }
      />
      <Group gap="xs" mb="md">
        {c.abusive ? (
          <Badge autoContrast color="red.9">
            Abusive customer (B1–B3)
          </Badge>
        ) : null}
        {c.hangup ? (
          <Badge autoContrast color="orange.4">
            Customer hung up (F5)
          </Badge>
        ) : null}
        {analysis ? (
          <Badge c="dark.8" variant="light">
            Peak anger: {analysis.peakAngerLevel}
          </Badge>
        ) : null}
        {customer.data ? (
          <Badge c="dark.8" variant="outline" color="gray">
            {customer.data.plan ?? 'no plan'} · customer since {customer.data.customerSince ?? 'unknown'}
          </Badge>
        ) : null}
      </Group>
      {analysis ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Title order={2} size="h4" mb="xs">
              Turn by turn
            </Title>
            <TurnByTurn analysis={analysis} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <Paper withBorder p="md">
                <AngerCurve analysis={analysis} />
              </Paper>
              <Paper withBorder p="md">
                <Scorecard analysis={analysis} />
              </Paper>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="xs">
                  Promises from this conversation
                </Title>
                {c.commitments.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    None recorded. A hang-up creates a Chaser (F5); the case records the rest.
                  </Text>
                ) : (
                  <Stack gap="xs">
                    {c.commitments.map((p) => (
                      <Group key={p.id} justify="space-between" wrap="nowrap">
                        <Text size="sm" fw={600}>
                          {kindLabel(p.kind)} · {humanize(p.state)}
                        </Text>
                        <When iso={p.dueAt} overdueIfPast={p.state === 'open'} />
                      </Group>
                    ))}
                  </Stack>
                )}
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
      ) : (
        <EmptyState title="This conversation has not been analysed yet.">
          It is still live, or was stored before analysis ran. Its {c.turns.length} turns are kept; the analysis is
          stored when the conversation ends.
        </EmptyState>
      )}
    </>
  );
}
