/** Concessions waiting for a supervisor (R5): what was asked, the advisor's range, approve or reject in place. */
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, errorMessage, type ResponseOf, unwrap } from '../../api/client';
import { ErrorState, Loading } from '../../components/States';
import { formatMoney, humanize } from '../common/format';
import { useOwnerName } from '../common/people';
import { When } from '../common/When';
import { Section } from './Section';
import { notify } from '../common/notify';

export type Concession = ResponseOf<'/api/v1/concessions', 'get'>['items'][number];

/** Concessions awaiting approval in the caller's scope, oldest first. */
export function usePendingConcessions() {
  return useQuery({
    queryKey: ['queue', 'concessions'],
    queryFn: () => unwrap(api.GET('/api/v1/concessions', { params: { query: { status: 'pending', limit: 50 } } })),
    refetchInterval: 30_000,
  });
}

export function DecisionButtons({ concession }: { concession: Concession }) {
  const client = useQueryClient();
  const amount = formatMoney(concession.amountCents, concession.currency);
  const decide = useMutation({
    mutationFn: (decision: 'approve' | 'reject') =>
      unwrap(
        api.POST('/api/v1/concessions/{id}/decision', {
          params: { path: { id: concession.id } },
          body: { decision },
        }),
      ),
    onSuccess: (result) => {
      notify({
        color: result.status === 'approved' ? 'teal' : 'orange',
        title: result.status === 'approved' ? 'Concession approved' : 'Concession rejected',
        message: `${humanize(result.kind)} of ${amount}: the agent can tell the customer.`,
      });
      void client.invalidateQueries({ queryKey: ['queue', 'concessions'] });
      void client.invalidateQueries({ queryKey: ['case'] });
    },
    onError: (error) => notify({ color: 'red', title: 'The decision was not recorded', message: errorMessage(error) }),
  });
  const label = `${humanize(concession.kind)} of ${amount}`;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        color="teal.9"
        loading={decide.isPending && decide.variables === 'approve'}
        disabled={decide.isPending}
        onClick={() => decide.mutate('approve')}
        aria-label={`Approve ${label}`}
      >
        Approve
      </Button>
      <Button
        size="xs"
        variant="outline"
        color="red.9"
        loading={decide.isPending && decide.variables === 'reject'}
        disabled={decide.isPending}
        onClick={() => decide.mutate('reject')}
        aria-label={`Reject ${label}`}
      >
        Reject
      </Button>
    </Group>
  );
}

function ConcessionRow({ concession, issue }: { concession: Concession; issue: string | undefined }) {
  const requester = useOwnerName(concession.createdBy);
  const range =
    concession.recommendedMinCents !== null && concession.recommendedMaxCents !== null
      ? `${formatMoney(concession.recommendedMinCents, concession.currency)}–${formatMoney(concession.recommendedMaxCents, concession.currency)}`
      : null;
  const above = concession.recommendedMaxCents !== null && concession.amountCents > concession.recommendedMaxCents;
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start" data-testid="pending-concession">
      <Stack gap={2}>
        <Group gap="xs">
          <Text size="sm" fw={700}>
            {humanize(concession.kind)} · {formatMoney(concession.amountCents, concession.currency)}
          </Text>
          {range ? (
            <Badge c="dark.8" size="sm" variant="light" color={above ? 'orange' : 'teal'}>
              Advisor: {range}
            </Badge>
          ) : null}
        </Group>
        <Anchor component={Link} to={`/cases/${concession.caseId}`} size="sm">
          {issue ?? 'Open the case'}
        </Anchor>
        {concession.reason ? <Text size="xs">Reason: {concession.reason}</Text> : null}
        {concession.approvalReason ? (
          <Text size="xs" c="dimmed">
            Why it needs you: {concession.approvalReason}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          Asked by {requester} · <When iso={concession.createdAt} size="xs" />
        </Text>
      </Stack>
      <DecisionButtons concession={concession} />
    </Group>
  );
}

export function PendingConcessions() {
  const query = usePendingConcessions();
  const items = query.data?.items ?? [];
  const caseIds = [...new Set(items.map((c) => c.caseId))];
  const cases = useQueries({
    queries: caseIds.map((id) => ({
      queryKey: ['case', id],
      queryFn: () => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })),
      staleTime: 30_000,
    })),
  });
  const issueOf = (caseId: string) => cases[caseIds.indexOf(caseId)]?.data?.presentingIssue;
  return (
    <Section
      id="queue-concessions"
      title="Concessions awaiting approval"
      description="Above the org's threshold a concession waits for you (R5). Weigh it against the advisor's range and the customer's value (V1)."
      count={query.data ? items.length : undefined}
    >
      {query.isPending ? (
        <Loading label="Loading approvals…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} what="concessions awaiting approval" />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing to approve. Concessions above the threshold appear here the moment an agent proposes one.
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((concession) => (
            <ConcessionRow key={concession.id} concession={concession} issue={issueOf(concession.caseId)} />
          ))}
        </Stack>
      )}
    </Section>
  );
}
