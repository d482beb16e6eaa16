/** The case's side panels: the customer's value (V1), the regulatory clock, promises (F1–F4) and concessions (R5). */
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type BodyOf, errorMessage, type ResponseOf, unwrap } from '../../api/client';
import { atLeast } from '../../auth/roles';
import { useMe } from '../../auth/useMe';
import { ErrorState, Loading } from '../../components/States';
import { formatMoney, humanize } from '../common/format';
import { kindLabel, kindPrinciples } from '../common/kinds';
import { PrincipleBadge, PrincipleList } from '../common/Principle';
import { When } from '../common/When';
import { PromiseActions } from '../promises/PromiseActions';
import { DecisionButtons } from '../queue/PendingConcessions';
import type { CaseDetail } from './CaseActions';
import { notify } from '../common/notify';
import { usePersonName } from '../common/people';

type Customer = ResponseOf<'/api/v1/customers/{id}', 'get'>;
type ConcessionKind = BodyOf<'/api/v1/cases/{id}/concessions', 'post'>['kind'];
type Recommendation = ResponseOf<'/api/v1/concessions/recommend', 'post'>;

export function Panel({ title, children, id }: { title: React.ReactNode; children: React.ReactNode; id: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="xs" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function CustomerPanel({ customer, currency }: { customer: Customer | undefined; currency: string }) {
  return (
    <Panel title="Customer" id="case-customer">
      {customer ? (
        <Stack gap={4}>
          <Text fw={700}>{customer.name}</Text>
          <Text size="sm">{[customer.phone, customer.email].filter(Boolean).join(' · ') || 'No contact on file'}</Text>
          <Group gap="xs" mt={4}>
            <PrincipleBadge id="V1" />
            <Text size="sm">
              {formatMoney(customer.monthlyRevenueCents, currency)}/month ·{' '}
              {formatMoney(customer.lifetimeRevenueCents, currency)} lifetime
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {customer.plan ?? 'No plan'} · since {customer.customerSince ?? 'unknown'}
            {customer.contractEndsOn ? ` · contract ends ${customer.contractEndsOn}` : ''} · {customer.priorComplaints}{' '}
            prior complaints · {formatMoney(customer.priorConcessionsCents, currency)} conceded before
          </Text>
        </Stack>
      ) : (
        <Loading label="Loading the customer…" />
      )}
    </Panel>
  );
}

export function RegulatoryClock({ kase }: { kase: CaseDetail }) {
  const clocks = kase.commitments.filter((c) => c.kind === 'acknowledgement' || c.kind === 'final_response');
  return (
    <Panel title="Regulatory clock" id="case-clock">
      {!kase.regulatoryPreset && clocks.length === 0 ? (
        <Text size="sm" c="dimmed">
          This case runs on no regulatory preset. Admins set one for new cases under Admin → Policy.
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">Preset: {kase.regulatoryPreset ?? 'none'}</Text>
          {clocks.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {kindLabel(c.kind)}
                </Text>
                {c.source ? (
                  <Text size="xs" c="dimmed">
                    {c.source}
                  </Text>
                ) : null}
              </Stack>
              {c.state === 'open' ? (
                <When iso={c.dueAt} overdueIfPast />
              ) : (
                <Badge c="dark.8" color={c.state === 'done' ? 'teal' : 'gray'} variant="light">
                  {c.state === 'done' ? 'Met' : humanize(c.state)}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Panel>
  );
}

function AddPromise({ kase, customer }: { kase: CaseDetail; customer: Customer | undefined }) {
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [kind, setKind] = useState<'callback' | 'corrective_step' | 'report_back'>('callback');
  const [due, setDue] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [steps, setSteps] = useState<string[]>([]);
  const [people, setPeople] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    setPhone(customer?.phone ?? '');
    setEmail(customer?.email ?? '');
    setError(null);
    open();
  };
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/cases/{id}/commitments', {
          params: { path: { id: kase.id } },
          body: {
            kind,
            dueAt: new Date(due as string).toISOString(),
            contact: {
              ...(customer?.name ? { name: customer.name } : {}),
              ...(phone.trim() ? { phone: phone.trim(), channel: 'phone' as const } : {}),
              ...(email.trim() ? { email: email.trim() } : {}),
            },
            steps,
            peopleInvolved: people,
          },
        }),
      ),
    onSuccess: () => {
      notify({
        color: 'teal',
        title: 'Promise recorded',
        message: 'It is under Promises with its due time.',
      });
      void client.invalidateQueries({ queryKey: ['case', kase.id] });
      void client.invalidateQueries({ queryKey: ['commitments'] });
      setSteps([]);
      setPeople([]);
      setDue(null);
      close();
    },
    onError: (e) => setError(errorMessage(e)),
  });
  return (
    <>
      <Button size="xs" variant="light" onClick={start}>
        Add a promise…
      </Button>
      <Modal opened={opened} onClose={close} title="Make a promise the customer can hold you to" size="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!due) {
              setError('Give the due time: a promise without one is ambiguous (F1).');
              return;
            }
            add.mutate();
          }}
        >
          <Stack>
            <Select
              label="What you promise"
              data={[
                { value: 'callback', label: 'Call-back (F2)' },
                { value: 'corrective_step', label: 'Corrective step (F1)' },
                { value: 'report_back', label: 'Report back with the solution (F4)' },
              ]}
              value={kind}
              allowDeselect={false}
              onChange={(v) => v && setKind(v as typeof kind)}
            />
            <DateTimePicker
              label="Due (F1)"
              placeholder="Pick a date and time"
              required
              value={due}
              onChange={setDue}
              minDate={new Date()}
              valueFormat="ddd D MMM YYYY, HH:mm"
            />
            <Group grow>
              <TextInput label="Phone" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
              <TextInput label="Email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            </Group>
            <TagsInput
              label="Corrective steps (F2)"
              description="Press Enter after each step."
              value={steps}
              onChange={setSteps}
            />
            <TagsInput
              label="People involved (F2)"
              description="Everyone the customer may hear from."
              value={people}
              onChange={setPeople}
            />
            {error ? <Alert color="red">{error}</Alert> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={add.isPending}>
                Record promise
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

export function PromisesPanel({ kase, customer }: { kase: CaseDetail; customer: Customer | undefined }) {
  const nameOf = usePersonName();
  const promises = kase.commitments.filter((c) => c.kind !== 'acknowledgement' && c.kind !== 'final_response');
  return (
    <Panel title="Promises" id="case-promises">
      <Stack gap="sm">
        {promises.length === 0 ? (
          <Text size="sm" c="dimmed">
            No promise on this case. If you told the customer you would do something, record it with its due time.
          </Text>
        ) : (
          promises.map((c) => (
            <Stack key={c.id} gap={2}>
              <Group justify="space-between" wrap="nowrap">
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {kindLabel(c.kind)}
                  </Text>
                  <PrincipleList ids={kindPrinciples(c.kind)} />
                </Group>
                {c.state === 'open' ? (
                  <When iso={c.dueAt} overdueIfPast />
                ) : (
                  <Badge c="dark.8" variant="light" color={c.state === 'done' ? 'teal' : 'gray'}>
                    {humanize(c.state)}
                  </Badge>
                )}
              </Group>
              {c.steps.length ? (
                <Text size="xs" c="dimmed">
                  Steps: {c.steps.join('; ')}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed">
                Owner: {nameOf(c.ownerId)}
              </Text>
              {c.outcome ? <Text size="xs">Outcome: {c.outcome}</Text> : null}
              {c.waiveReason ? <Text size="xs">Waived: {c.waiveReason}</Text> : null}
              <PromiseActions commitment={c} />
            </Stack>
          ))
        )}
        {kase.state !== 'closed' ? (
          <Group>
            <AddPromise kase={kase} customer={customer} />
          </Group>
        ) : null}
      </Stack>
    </Panel>
  );
}

const CONCESSION_KINDS: { value: ConcessionKind; label: string }[] = [
  { value: 'apology', label: 'Apology' },
  { value: 'service_credit', label: 'Service credit' },
  { value: 'refund', label: 'Refund' },
  { value: 'goodwill', label: 'Goodwill' },
];

function ProposeConcession({ kase, currency }: { kase: CaseDetail; currency: string }) {
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [askedKind, setAskedKind] = useState<ConcessionKind>('refund');
  const [askedAmount, setAskedAmount] = useState<number | string>('');
  const [wrongful, setWrongful] = useState<number | string>('');
  const [amount, setAmount] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [advice, setAdvice] = useState<Recommendation | null>(null);
  const cents = (value: number | string) => Math.round((typeof value === 'number' ? value : Number(value) || 0) * 100);
  const requested = { kind: askedKind, ...(askedAmount !== '' ? { amountCents: cents(askedAmount) } : {}) };
  const wrongfulChargeCents = wrongful !== '' && cents(wrongful) > 0 ? { wrongfulChargeCents: cents(wrongful) } : {};
  const recommend = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/concessions/recommend', {
          body: { caseId: kase.id, requested, ...wrongfulChargeCents },
        }),
      ),
    onSuccess: (result) => {
      setAdvice(result);
      setAmount(result.maxCents / 100);
    },
  });
  const propose = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/cases/{id}/concessions', {
          params: { path: { id: kase.id } },
          body: {
            kind: advice?.kind ?? askedKind,
            amountCents: cents(amount),
            reason: reason.trim(),
            requested,
            ...wrongfulChargeCents,
          },
        }),
      ),
    onSuccess: (c) => {
      notify({
        color: c.status === 'proposed' && c.requiresApproval ? 'yellow' : 'teal',
        title: c.requiresApproval ? 'Waiting for a supervisor' : 'Concession approved',
        message: c.requiresApproval
          ? 'It is above the approval threshold: a supervisor decides it from the queue (R5).'
          : 'Within the threshold: you can tell the customer now.',
      });
      void client.invalidateQueries({ queryKey: ['case', kase.id] });
      setAdvice(null);
      close();
    },
  });
  return (
    <>
      <Button size="xs" variant="light" onClick={open}>
        Propose a concession…
      </Button>
      <Modal opened={opened} onClose={close} title="Propose a concession (R5, V1)" size="lg">
        <Stack>
          <Text size="sm">
            Say what the customer asked for (R1); the advisor weighs fault, severity, history and the customer’s value.
          </Text>
          <Group grow align="flex-end">
            <Select
              label="The customer asked for"
              data={CONCESSION_KINDS}
              value={askedKind}
              allowDeselect={false}
              onChange={(v) => v && setAskedKind(v as ConcessionKind)}
            />
            <NumberInput
              label={`Amount asked (${currency})`}
              min={0}
              decimalScale={2}
              value={askedAmount}
              onChange={setAskedAmount}
            />
          </Group>
          <NumberInput
            label={`Money we took in error, if any (${currency})`}
            description="A wrongful or duplicate charge is given back in full (R5); goodwill is weighed on top."
            min={0}
            decimalScale={2}
            value={wrongful}
            onChange={setWrongful}
          />
          <Group>
            <Button variant="default" onClick={() => recommend.mutate()} loading={recommend.isPending}>
              Ask the advisor
            </Button>
          </Group>
          {recommend.isError ? <Alert color="red">{errorMessage(recommend.error)}</Alert> : null}
          {advice ? (
            <Paper withBorder p="sm" bg="gray.0">
              <Text size="sm" fw={700}>
                Recommended: {humanize(advice.kind)} of {formatMoney(advice.minCents, advice.currency)}–
                {formatMoney(advice.maxCents, advice.currency)}
                {advice.requiresApproval ? ' · needs a supervisor' : ''}
              </Text>
              {advice.restitutionCents > 0 ? (
                <Text size="xs">
                  Includes {formatMoney(advice.restitutionCents, advice.currency)} given back in full (R5).
                </Text>
              ) : null}
              {advice.expectationInflationRisk ? (
                <Text size="xs" c="orange.9">
                  Above and beyond raises what this customer will expect next time (R5).
                </Text>
              ) : null}
              <Stack gap={2} mt={6}>
                {advice.factors.map((f) => (
                  <Group key={f.factor} gap={6} wrap="nowrap" align="flex-start">
                    <PrincipleBadge id={f.principle} />
                    <Text size="xs">{f.reason}</Text>
                  </Group>
                ))}
              </Stack>
            </Paper>
          ) : null}
          {advice ? (
            <>
              <NumberInput
                label={`Amount to propose (${advice.currency})`}
                min={0}
                decimalScale={2}
                value={amount}
                onChange={setAmount}
              />
              <Textarea
                label="Why it is offered (R5)"
                placeholder="e.g. refund of the duplicate charge of 12 Nov"
                required
                autosize
                minRows={2}
                maxLength={2000}
                value={reason}
                error={reasonError}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            </>
          ) : null}
          {propose.isError ? <Alert color="red">{errorMessage(propose.error)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              disabled={!advice}
              loading={propose.isPending}
              onClick={() => {
                if (!reason.trim()) {
                  setReasonError('Say why it is offered: the approver and the timeline read it.');
                  return;
                }
                setReasonError(null);
                propose.mutate();
              }}
            >
              Propose concession
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function ConcessionsPanel({ kase, currency }: { kase: CaseDetail; currency: string }) {
  const me = useMe().data;
  const concessions = useQuery({
    queryKey: ['case', kase.id, 'concessions'],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/concessions', { params: { path: { id: kase.id } } })),
  });
  const supervisor = me ? atLeast(me.role, 'supervisor') : false;
  return (
    <Panel title="Concessions" id="case-concessions">
      {concessions.isPending ? (
        <Loading label="Loading concessions…" />
      ) : concessions.isError ? (
        <ErrorState error={concessions.error} onRetry={() => void concessions.refetch()} what="concessions" />
      ) : (
        <Stack gap="sm">
          {concessions.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              None proposed.
            </Text>
          ) : (
            concessions.data.items.map((c) => (
              <Stack key={c.id} gap={2}>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {humanize(c.kind)} · {formatMoney(c.amountCents, c.currency)}
                  </Text>
                  <Badge
                    c="dark.8"
                    variant="light"
                    color={
                      c.status === 'approved' || c.status === 'granted'
                        ? 'teal'
                        : c.status === 'rejected'
                          ? 'red'
                          : 'yellow'
                    }
                  >
                    {c.status === 'proposed' && c.requiresApproval ? 'Awaiting approval' : humanize(c.status)}
                  </Badge>
                </Group>
                {c.reason ? <Text size="xs">Reason: {c.reason}</Text> : null}
                {c.status === 'proposed' && c.approvalReason ? (
                  <Text size="xs" c="dimmed">
                    {c.approvalReason}
                  </Text>
                ) : null}
                {c.recommendedMinCents !== null && c.recommendedMaxCents !== null ? (
                  <Text size="xs" c="dimmed">
                    Advisor: {formatMoney(c.recommendedMinCents, c.currency)}–
                    {formatMoney(c.recommendedMaxCents, c.currency)}
                  </Text>
                ) : null}
                {supervisor && c.status === 'proposed' && c.requiresApproval ? (
                  <DecisionButtons concession={c} />
                ) : null}
              </Stack>
            ))
          )}
          {kase.state !== 'closed' ? (
            <Group>
              <ProposeConcession kase={kase} currency={currency} />
            </Group>
          ) : null}
        </Stack>
      )}
    </Panel>
  );
}
