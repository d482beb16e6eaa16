/** Case capture at the end of a conversation, following the playbook: presenting vs underlying issue (C3), the
 * resolution asked for (R1), fault (A4), promises with due times and contact (F1–F3), consent (P1); then the
 * concession advisor's recommendation with its factors (R5, V1). Saves the conversation, the case and its promises. */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, type BodyOf, errorMessage, type ResponseOf, unwrap } from '../../api/client';
import { MoneyInput, type Severity, SeveritySelect } from '../../components/fields';
import type { ConversationView } from './useConversation';

type CommitmentKind = 'callback' | 'corrective_step' | 'report_back';
type CaseBody = BodyOf<'/api/v1/cases', 'post'>;
type OpenedCase = ResponseOf<'/api/v1/cases', 'post'>;
type Recommendation = ResponseOf<'/api/v1/concessions/recommend', 'post'>;
type Concession = ResponseOf<'/api/v1/cases/{id}/concessions', 'post'>;

interface PromiseRow {
  key: number;
  kind: CommitmentKind;
  dueAt: string | null;
  steps: string;
}

const KIND_LABEL: Record<CommitmentKind, string> = {
  callback: 'Call-back',
  corrective_step: 'Corrective step',
  report_back: 'Report back with the solution',
};
const CONSENT_QUESTION =
  "Would it be all right if I wrote up what happened, so we can fix the cause and it doesn't happen to you or anyone else again?";

export const money = (cents: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);

export interface CaptureProps {
  opened: boolean;
  onClose(): void;
  view: ConversationView;
  /** Set when the conversation was already stored (the Chaser after a hang-up). */
  conversationId: string | null;
  customerIdHint: string | null;
  endedUnderB3: boolean;
  onSaved(caseId: string, conversationId: string): void;
}

function firstCustomerText(view: ConversationView): string {
  return view.turns.find((t) => t.speaker === 'customer')?.text.slice(0, 2000) ?? '';
}

function madeTimedPromise(view: ConversationView): boolean {
  return view.turns.some((t) => t.agent?.labels.includes('concrete_next_step_with_time'));
}

export function CaseCapture(props: CaptureProps) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="Capture the case"
      size="xl"
      closeOnClickOutside={false}
      // Re-mounted per opening: the form starts from the conversation as it is now.
    >
      {props.opened ? <CaptureBody {...props} /> : null}
    </Modal>
  );
}

function CaptureBody({ view, conversationId, customerIdHint, endedUnderB3, onSaved, onClose }: CaptureProps) {
  const [customerMode, setCustomerMode] = useState<'existing' | 'new'>(customerIdHint ? 'existing' : 'new');
  const [customerId, setCustomerId] = useState<string | null>(customerIdHint);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 200);
  const [name, setName] = useState(view.session.state.customerName ?? '');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [presenting, setPresenting] = useState(firstCustomerText(view));
  const [underlying, setUnderlying] = useState('');
  const [desired, setDesired] = useState('');
  const [fault, setFault] = useState<'yes' | 'no' | 'unknown'>('unknown');
  const [severity, setSeverity] = useState<Severity>(view.abusive || endedUnderB3 ? 'high' : 'medium');
  const [consent, setConsent] = useState(false);
  const [endingReason, setEndingReason] = useState('The customer kept abusing me after I set a boundary (B2).');
  const [promises, setPromises] = useState<PromiseRow[]>(() =>
    madeTimedPromise(view)
      ? [
          {
            key: 1,
            kind: 'callback',
            dueAt: dayjs().add(2, 'hour').startOf('minute').format('YYYY-MM-DD HH:mm:ss'),
            steps: '',
          },
        ]
      : [],
  );
  const [opened, setOpened] = useState<OpenedCase | null>(null);

  const customers = useQuery({
    queryKey: ['customers', debouncedSearch],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/customers', {
          params: { query: { limit: 20, ...(debouncedSearch ? { q: debouncedSearch } : {}) } },
        }),
      ),
    enabled: customerMode === 'existing',
  });

  const save = useMutation({
    mutationFn: async () => {
      let cid = customerMode === 'existing' ? customerId : null;
      if (!cid) {
        const created = await unwrap(
          api.POST('/api/v1/customers', {
            body: {
              name: name.trim(),
              ...(phone.trim() ? { phone: phone.trim() } : {}),
              ...(email.trim() ? { email: email.trim() } : {}),
            },
          }),
        );
        cid = created.id;
      }
      let convId = conversationId;
      if (!convId) {
        const stored = await unwrap(
          api.POST('/api/v1/conversations', {
            body: {
              conversation: {
                turns: view.turns.map((t) => ({ speaker: t.speaker, text: t.text })),
                events: [...view.events],
              },
              customerId: cid,
              channel: 'phone',
              // B3: the ending is documented on the conversation (why, and the boundary said first).
              ...(endedUnderB3
                ? {
                    abusiveEnding: {
                      reason: endingReason.trim(),
                      boundary:
                        view.turns.filter((t) => t.speaker === 'agent').at(-2)?.text ??
                        view.turns.filter((t) => t.speaker === 'agent').at(-1)?.text ??
                        '',
                    },
                  }
                : {}),
            },
          }),
        );
        convId = stored.id;
      }
      const contact = {
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(phone.trim() ? { phone: phone.trim(), channel: 'phone' as const } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
      };
      const body: CaseBody = {
        customerId: cid,
        conversationId: convId,
        presentingIssue: presenting.trim(),
        severity,
        companyAtFault: fault === 'unknown' ? null : fault === 'yes',
        consentToDocument: consent,
        ...(underlying.trim() ? { underlyingIssue: underlying.trim() } : {}),
        ...(desired.trim() ? { desiredResolution: desired.trim() } : {}),
        ...(endedUnderB3 ? { category: 'abusive contact (ended under B3)' } : {}),
        commitments: promises.map((p) => ({
          kind: p.kind,
          dueAt: dayjs(p.dueAt).toISOString(),
          contact,
          ...(p.steps.trim() ? { steps: [p.steps.trim()] } : {}),
        })),
      };
      const created = await unwrap(api.POST('/api/v1/cases', { body }));
      return { created, convId };
    },
    onSuccess: ({ created, convId }) => {
      setOpened(created);
      onSaved(created.id, convId);
    },
  });

  const missingDue = promises.some((p) => !p.dueAt);
  const customerMissing = customerMode === 'existing' ? !customerId : name.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!missingDue && !customerMissing && presenting.trim()) save.mutate();
  };

  if (opened) return <ConcessionStep opened={opened} onClose={onClose} />;

  return (
    <form onSubmit={submit} aria-label="Case capture">
      <Stack gap="md">
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Radio.Group
              label="Customer"
              value={customerMode}
              onChange={(v) => setCustomerMode(v as 'existing' | 'new')}
            >
              <Group mt={4}>
                <Radio value="new" label="New customer" />
                <Radio value="existing" label="Existing customer" />
              </Group>
            </Radio.Group>
            {customerMode === 'existing' ? (
              <Select
                label="Find the customer"
                placeholder="Search by name, e-mail or phone"
                searchable
                searchValue={search}
                onSearchChange={setSearch}
                value={customerId}
                onChange={setCustomerId}
                data={(customers.data?.items ?? []).map((c) => ({
                  value: c.id,
                  label: [c.name, c.phone, c.email].filter(Boolean).join(' · '),
                }))}
                nothingFoundMessage={customers.isFetching ? 'Searching…' : 'No customer matches: add a new one instead'}
                required
                error={customers.isError ? errorMessage(customers.error) : undefined}
              />
            ) : (
              <SimpleGrid cols={3}>
                <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
                <TextInput label="Phone" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} type="tel" />
                <TextInput
                  label="E-mail"
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  type="email"
                />
              </SimpleGrid>
            )}
          </Stack>
        </Paper>

        <SimpleGrid cols={2}>
          <Textarea
            label="Presenting issue (C3)"
            description="What the customer said the problem was"
            value={presenting}
            onChange={(e) => setPresenting(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={5}
            required
          />
          <Textarea
            label="Underlying issue (C3)"
            description="What is really wrong underneath, if different"
            value={underlying}
            onChange={(e) => setUnderlying(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={5}
          />
          <Textarea
            label="Resolution the customer asked for (R1)"
            description="In their words: what would make it right"
            value={desired}
            onChange={(e) => setDesired(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={4}
          />
          <Stack gap="xs">
            <Radio.Group
              label="Were we at fault? (A4)"
              value={fault}
              onChange={(v) => setFault(v as 'yes' | 'no' | 'unknown')}
            >
              <Group mt={4}>
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
                <Radio value="unknown" label="Not sure yet" />
              </Group>
            </Radio.Group>
            <SeveritySelect value={severity} onChange={setSeverity} />
          </Stack>
        </SimpleGrid>

        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} size="h5">
              Promises (F1–F3)
            </Title>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                setPromises((rows) => [
                  ...rows,
                  {
                    key: Date.now(),
                    kind: 'callback',
                    dueAt: dayjs().add(2, 'hour').startOf('minute').format('YYYY-MM-DD HH:mm:ss'),
                    steps: '',
                  },
                ])
              }
            >
              Add promise
            </Button>
          </Group>
          {promises.length === 0 ? (
            <Text size="sm" c="dimmed">
              No promise recorded. Every promise made on the call needs a due time and a way to reach the customer: add
              each one so it cannot be dropped.
            </Text>
          ) : null}
          {promises.map((p, i) => (
            <Paper key={p.key} withBorder p="xs" data-testid="promise-row">
              <Group align="flex-end" gap="xs" wrap="nowrap">
                <Select
                  label={`Promise ${i + 1}`}
                  w={200}
                  value={p.kind}
                  allowDeselect={false}
                  data={Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))}
                  onChange={(v) =>
                    v &&
                    setPromises((rows) => rows.map((r) => (r.key === p.key ? { ...r, kind: v as CommitmentKind } : r)))
                  }
                />
                <DateTimePicker
                  label="Due (F1)"
                  w={210}
                  value={p.dueAt}
                  onChange={(v) => setPromises((rows) => rows.map((r) => (r.key === p.key ? { ...r, dueAt: v } : r)))}
                  valueFormat="DD MMM YYYY HH:mm"
                  minDate={dayjs().format('YYYY-MM-DD')}
                  required
                  error={p.dueAt ? undefined : 'A promise needs a due time'}
                />
                <TextInput
                  label="What you will do"
                  style={{ flex: 1 }}
                  value={p.steps}
                  placeholder="e.g. Call back with the refund reference"
                  onChange={(e) => {
                    const steps = e.currentTarget.value;
                    setPromises((rows) => rows.map((r) => (r.key === p.key ? { ...r, steps } : r)));
                  }}
                />
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => setPromises((rows) => rows.filter((r) => r.key !== p.key))}
                  aria-label={`Remove promise ${i + 1}`}
                >
                  Remove
                </Button>
              </Group>
            </Paper>
          ))}
          {promises.length > 0 ? (
            <Text size="xs" c="dimmed">
              The customer is reached at the phone and e-mail above (F2); you own these promises and the Promises page
              reminds you before each is due.
            </Text>
          ) : null}
        </Stack>

        {endedUnderB3 ? (
          <Textarea
            label="Why you ended the conversation (B3)"
            description="Stored with the conversation and in the audit trail; your supervisors are alerted."
            value={endingReason}
            onChange={(e) => setEndingReason(e.currentTarget.value)}
            autosize
            minRows={1}
            required
          />
        ) : null}
        <Checkbox
          label="The customer agreed that we document the incident (P1)"
          description={`Ask: “${CONSENT_QUESTION}”`}
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
        />

        {save.isError ? (
          <Alert color="red" title="The case was not saved" role="alert">
            {errorMessage(save.error)} Fix it and save again; nothing was lost.
          </Alert>
        ) : null}
        <Divider />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Saves the conversation (with its analysis), the case and its promises.
          </Text>
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={missingDue || customerMissing || !presenting.trim() || (endedUnderB3 && !endingReason.trim())}
            >
              Save case
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function ConcessionStep({ opened, onClose }: { opened: OpenedCase; onClose(): void }) {
  const recommendation = useQuery({
    queryKey: ['recommend', opened.id],
    queryFn: () => unwrap(api.POST('/api/v1/concessions/recommend', { body: { caseId: opened.id } })),
  });
  const [amountCents, setAmountCents] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const propose = useMutation({
    mutationFn: (r: Recommendation) =>
      unwrap(
        api.POST('/api/v1/cases/{id}/concessions', {
          params: { path: { id: opened.id } },
          body: { kind: r.kind, amountCents: amountCents ?? 0, reason: reason.trim() },
        }),
      ),
  });
  const r = recommendation.data;
  const proposed: Concession | undefined = propose.data;
  return (
    <Stack gap="md" data-testid="case-saved">
      <Alert color="green" title="Case saved" role="status">
        <Text size="sm">
          The conversation, the case and {opened.commitments.length} promise{opened.commitments.length === 1 ? '' : 's'}{' '}
          are saved.{' '}
          <Anchor component={Link} to={`/cases/${opened.id}`} onClick={onClose}>
            Open the case
          </Anchor>{' '}
          ·{' '}
          <Anchor component={Link} to="/promises" onClick={onClose}>
            See your promises
          </Anchor>
        </Text>
      </Alert>
      <Title order={3} size="h5">
        Concession advisor (R5, V1)
      </Title>
      {recommendation.isPending ? <Text size="sm">Working out a proportionate concession…</Text> : null}
      {recommendation.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(recommendation.error)}
        </Alert>
      ) : null}
      {r ? (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge size="lg">{r.kind.replace('_', ' ')}</Badge>
            <Text fw={600} data-testid="recommended-range">
              {r.minCents === r.maxCents
                ? money(r.minCents, r.currency)
                : `${money(r.minCents, r.currency)} – ${money(r.maxCents, r.currency)}`}
            </Text>
            {r.requiresApproval ? <Badge color="orange">needs a supervisor's approval</Badge> : null}
            {r.expectationInflationRisk ? <Badge color="yellow">risk of inflating expectations</Badge> : null}
          </Group>
          <Table striped withTableBorder aria-label="Why this recommendation">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Factor</Table.Th>
                <Table.Th>Principle</Table.Th>
                <Table.Th>Effect</Table.Th>
                <Table.Th>Reason</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.factors.map((f) => (
                <Table.Tr key={f.factor}>
                  <Table.Td>{f.factor}</Table.Td>
                  <Table.Td>{f.principle}</Table.Td>
                  <Table.Td>{f.levels > 0 ? `+${f.levels}` : f.levels}</Table.Td>
                  <Table.Td>{f.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {r.kind === 'none' || r.kind === 'apology' ? (
            <Text size="sm">
              No money concession is recommended:{' '}
              {r.kind === 'apology' ? 'a sincere apology' : 'nothing beyond fixing it'}.
            </Text>
          ) : proposed ? (
            <Alert color={proposed.status === 'proposed' ? 'orange' : 'green'} role="status">
              {proposed.requiresApproval
                ? `Proposed ${money(proposed.amountCents, proposed.currency)}: it waits for a supervisor's approval.`
                : `Recorded ${money(proposed.amountCents, proposed.currency)} (${proposed.status}).`}
            </Alert>
          ) : (
            <Group align="flex-end">
              <MoneyInput
                label="Amount"
                currency={r.currency}
                cents={amountCents}
                onChange={setAmountCents}
                w={180}
                placeholder={(r.maxCents / 100).toFixed(2)}
              />
              <TextInput
                label="Reason"
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                placeholder="e.g. Charged twice; refund the second charge"
                style={{ flex: 1 }}
                required
              />
              <Button
                variant="light"
                onClick={() => propose.mutate(r)}
                loading={propose.isPending}
                disabled={amountCents === null || !reason.trim()}
              >
                Propose {r.kind.replace('_', ' ')}
              </Button>
            </Group>
          )}
          {propose.isError ? (
            <Alert color="red" role="alert">
              {errorMessage(propose.error)}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
      <Group justify="flex-end">
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}
