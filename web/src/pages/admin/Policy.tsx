/** Org policy: the Chaser clock (F5), supervisor follow-up (F6), concession approval threshold (R5), currency,
 * regulatory preset, recurrence window (P2) and routing rules (R3). */
import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { MoneyInput, PrincipleSetting } from '../../components/fields';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, type BodyOf, errorMessage, type ResponseOf, unwrap } from '../../api/client';
import { ErrorState, Loading } from '../../components/States';
import { cleanRule, RoutingRules, ruleProblem } from './RoutingRules';
import { count } from '../common/format';
import { notify } from '../common/notify';

type Policy = ResponseOf<'/api/v1/policy', 'get'>;

type Preset = ResponseOf<'/api/v1/policy/presets', 'get'>['items'][number];

function PolicyForm({ policy, presets }: { policy: Policy; presets: Preset[] }) {
  const client = useQueryClient();
  const [draft, setDraft] = useState(policy);
  useEffect(() => setDraft(policy), [policy]);
  const changes = Object.fromEntries(
    Object.entries(draft)
      .filter(([key, value]) => JSON.stringify(policy[key as keyof Policy]) !== JSON.stringify(value))
      .map(([key, value]) => [key, key === 'routingRules' ? draft.routingRules.map(cleanRule) : value]),
  ) as BodyOf<'/api/v1/policy', 'patch'>;
  const ruleProblems = draft.routingRules.map(ruleProblem).filter(Boolean).length;
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/v1/policy', { body: changes })),
    onSuccess: (saved) => {
      client.setQueryData(['policy'], saved);
      notify({
        color: 'teal',
        title: 'Policy saved',
        message: 'It applies from the next case and promise.',
      });
    },
  });
  const number =
    (key: 'chaserMinutes' | 'supervisorFollowUpHours' | 'recurrenceWindowDays') => (value: string | number) =>
      setDraft({ ...draft, [key]: typeof value === 'number' ? value : Number.parseInt(value, 10) || 0 });
  const preset = presets.find((p) => p.id === draft.regulatoryPreset);
  const presetOptions = [
    { value: '', label: 'None' },
    ...presets.map((p) => ({ value: p.id, label: p.builtIn ? p.name : `${p.name} (your org's)` })),
  ];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <PrincipleSetting principle="F5">
            <NumberInput
              label="Chaser call-back due within (minutes)"
              description="After a customer hangs up, a call-back is due this soon."
              min={1}
              max={7 * 24 * 60}
              value={draft.chaserMinutes}
              onChange={number('chaserMinutes')}
              required
            />
          </PrincipleSetting>
          <PrincipleSetting principle="F6">
            <NumberInput
              label="Supervisor follow-up within (hours)"
              description="After a case closes unresolved, a supervisor contacts the customer this soon."
              min={1}
              max={24 * 30}
              value={draft.supervisorFollowUpHours}
              onChange={number('supervisorFollowUpHours')}
              required
            />
          </PrincipleSetting>
          <PrincipleSetting principle="R5">
            <Group align="flex-end" wrap="nowrap">
              <MoneyInput
                label="Concessions above this need a supervisor"
                description="Counted on a case’s total: approved and pending together."
                currency={draft.currency}
                fixedDecimalScale
                cents={draft.concessionApprovalThresholdCents}
                onChange={(cents) => setDraft({ ...draft, concessionApprovalThresholdCents: cents ?? 0 })}
                required
                style={{ flex: 1 }}
              />
              <TextInput
                label="Currency"
                value={draft.currency}
                maxLength={3}
                onChange={(e) => setDraft({ ...draft, currency: e.currentTarget.value.toUpperCase() })}
                w={90}
                required
              />
            </Group>
          </PrincipleSetting>
          <PrincipleSetting principle="P2">
            <NumberInput
              label="A new complaint repeats an earlier one within (days)"
              description="Recurrence in insights, and the case page’s warning."
              min={1}
              max={3650}
              value={draft.recurrenceWindowDays}
              onChange={number('recurrenceWindowDays')}
              required
            />
          </PrincipleSetting>
        </SimpleGrid>
        <Paper withBorder p="md">
          <Select
            label="Regulatory preset for new cases"
            description="Its clocks become promises on every new case (acknowledgement, final response)."
            data={presetOptions}
            value={draft.regulatoryPreset ?? ''}
            allowDeselect={false}
            onChange={(value) => setDraft({ ...draft, regulatoryPreset: value ? value : null })}
            w={360}
          />
          {preset ? (
            <Stack gap={2} mt="xs">
              {preset.clocks.map((clock) => (
                <Text size="xs" key={clock.kind}>
                  {clock.kind === 'acknowledgement' ? 'Acknowledge' : 'Final response'} within{' '}
                  {clock.businessDays !== undefined
                    ? count(clock.businessDays, 'business day')
                    : count(clock.calendarDays ?? 0, 'day')}{' '}
                  — {clock.basis}
                </Text>
              ))}
            </Stack>
          ) : null}
        </Paper>
        <RoutingRules
          rules={draft.routingRules}
          currency={draft.currency}
          onChange={(routingRules) => setDraft({ ...draft, routingRules })}
        />
        {save.isError ? (
          <Alert color="red" title="Not saved">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
        <Group>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={Object.keys(changes).length === 0 || ruleProblems > 0}
          >
            Save policy
          </Button>
          <Button variant="default" disabled={Object.keys(changes).length === 0} onClick={() => setDraft(policy)}>
            Discard changes
          </Button>
          <Text size="sm" c="dimmed">
            {ruleProblems > 0
              ? `Finish ${ruleProblems === 1 ? 'the routing rule' : `${ruleProblems} routing rules`} marked in red to save.`
              : Object.keys(changes).length === 0
                ? 'No unsaved change.'
                : `${Object.keys(changes).length} unsaved change(s).`}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

export function PolicySettings() {
  const policy = useQuery({ queryKey: ['policy'], queryFn: () => unwrap(api.GET('/api/v1/policy')) });
  const presets = useQuery({
    queryKey: ['policy', 'presets'],
    queryFn: () => unwrap(api.GET('/api/v1/policy/presets')),
    staleTime: 300_000,
  });
  if (policy.isPending || presets.isPending) return <Loading label="Loading the policy…" />;
  if (policy.isError)
    return <ErrorState error={policy.error} onRetry={() => void policy.refetch()} what="the policy" />;
  if (presets.isError)
    return <ErrorState error={presets.error} onRetry={() => void presets.refetch()} what="the regulatory presets" />;
  return <PolicyForm policy={policy.data} presets={presets.data.items} />;
}
