/** One case: what the customer presented and what lies under it, its timeline, the QA of its conversation, its
 * promises, concessions and regulatory clock, and the moves it can make. */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import '@mantine/dates/styles.css';
import { DateTimePicker } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api, type BodyOf, errorMessage, unwrap } from '../../api/client';
import { atLeast } from '../../auth/roles';
import { useMe } from '../../auth/useMe';
import { SeveritySelect } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { count, formatDateTime, humanize } from '../common/format';
import { CASE_STATE_COLOR, SEVERITY_COLOR } from '../common/kinds';
import { PrincipleBadge } from '../common/Principle';
import { type Analysis, Scorecard } from '../conversations/AnalysisView';
import { useConversation, useCustomer } from '../conversations/conversation';
import { CaseActions, type CaseDetail } from './CaseActions';
import { ConcessionsPanel, CustomerPanel, Panel, PromisesPanel, RegulatoryClock } from './CaseSide';
import { CaseTimeline } from './CaseTimeline';
import { Owner } from './Reassign';
import { presetName } from './index';
import { type RootCause, useRootCauses } from './root-causes';
import { notify } from '../common/notify';

type CasePatch = BodyOf<'/api/v1/cases/{id}', 'patch'>;

function Field({ principle, label, value }: { principle?: string; label: string; value: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Group gap={6}>
        {principle ? <PrincipleBadge id={principle} size="sm" /> : null}
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {label}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value ?? '—'}
      </Text>
    </Stack>
  );
}

const fault = (value: boolean | null) => (value === null ? 'Not established' : value ? 'Yes: we own it' : 'No');

function EditDetails({ kase }: { kase: CaseDetail }) {
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const initial = {
    category: kase.category ?? '',
    underlyingIssue: kase.underlyingIssue ?? '',
    desiredResolution: kase.desiredResolution ?? '',
    severity: kase.severity,
    companyAtFault: kase.companyAtFault === null ? 'unknown' : kase.companyAtFault ? 'yes' : 'no',
    consentToDocument: kase.consentToDocument,
  };
  const [form, setForm] = useState(initial);
  const save = useMutation({
    mutationFn: () => {
      const body: CasePatch = {
        ...(form.category.trim() && form.category.trim() !== kase.category ? { category: form.category.trim() } : {}),
        ...(form.underlyingIssue.trim() && form.underlyingIssue.trim() !== kase.underlyingIssue
          ? { underlyingIssue: form.underlyingIssue.trim() }
          : {}),
        ...(form.desiredResolution.trim() && form.desiredResolution.trim() !== kase.desiredResolution
          ? { desiredResolution: form.desiredResolution.trim() }
          : {}),
        ...(form.severity !== kase.severity ? { severity: form.severity } : {}),
        ...(form.companyAtFault !== initial.companyAtFault
          ? { companyAtFault: form.companyAtFault === 'unknown' ? null : form.companyAtFault === 'yes' }
          : {}),
        ...(form.consentToDocument !== kase.consentToDocument ? { consentToDocument: form.consentToDocument } : {}),
      };
      if (Object.keys(body).length === 0) return Promise.resolve(null);
      return unwrap(api.PATCH('/api/v1/cases/{id}', { params: { path: { id: kase.id } }, body }));
    },
    onSuccess: (saved) => {
      if (saved) {
        notify({ color: 'teal', title: 'Case updated', message: 'The change is in its timeline.' });
        void client.invalidateQueries({ queryKey: ['case', kase.id] });
      }
      close();
    },
  });
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          setForm(initial);
          open();
        }}
      >
        Edit details…
      </Button>
      <Modal opened={opened} onClose={close} title="Case details" size="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <Stack>
            <TextInput
              label="Category"
              value={form.category}
              maxLength={100}
              onChange={(e) => setForm({ ...form, category: e.currentTarget.value })}
            />
            <Textarea
              label="Underlying issue (C3)"
              description="What is really wrong for this customer, beyond what they first said."
              autosize
              minRows={2}
              value={form.underlyingIssue}
              onChange={(e) => setForm({ ...form, underlyingIssue: e.currentTarget.value })}
            />
            <Textarea
              label="Resolution the customer asked for (R1)"
              autosize
              minRows={2}
              value={form.desiredResolution}
              onChange={(e) => setForm({ ...form, desiredResolution: e.currentTarget.value })}
            />
            <Group grow>
              <SeveritySelect value={form.severity} onChange={(severity) => setForm({ ...form, severity })} />
              <Select
                label="Company at fault (A4)"
                data={[
                  { value: 'unknown', label: 'Not established' },
                  { value: 'yes', label: 'Yes' },
                  { value: 'no', label: 'No' },
                ]}
                value={form.companyAtFault}
                allowDeselect={false}
                onChange={(v) => v && setForm({ ...form, companyAtFault: v })}
              />
            </Group>
            <Switch
              label="The customer consents to documenting this incident (P1)"
              checked={form.consentToDocument}
              onChange={(e) => setForm({ ...form, consentToDocument: e.currentTarget.checked })}
            />
            {save.isError ? <Alert color="red">{errorMessage(save.error)}</Alert> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function NewRootCause({ kase }: { kase: CaseDetail }) {
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [form, setForm] = useState({ name: '', description: '', fix: '', due: null as string | null });
  const create = useMutation({
    mutationFn: async () => {
      const created = await unwrap(
        api.POST('/api/v1/root-causes', {
          body: {
            name: form.name.trim(),
            ...(form.description.trim() ? { description: form.description.trim() } : {}),
            ...(form.fix.trim()
              ? {
                  processFix: {
                    title: form.fix.trim(),
                    ...(form.due ? { dueAt: new Date(form.due).toISOString() } : {}),
                  },
                }
              : {}),
          },
        }),
      );
      await unwrap(
        api.PATCH('/api/v1/cases/{id}', { params: { path: { id: kase.id } }, body: { rootCauseId: created.id } }),
      );
      return created;
    },
    onSuccess: (created) => {
      notify({
        color: 'teal',
        title: 'Root cause recorded',
        message: `${created.name}, linked to this case.`,
      });
      void client.invalidateQueries({ queryKey: ['root-causes'] });
      void client.invalidateQueries({ queryKey: ['case', kase.id] });
      setForm({ name: '', description: '', fix: '', due: null });
      close();
    },
  });
  return (
    <>
      <Button size="xs" variant="light" onClick={open}>
        New root cause…
      </Button>
      <Modal opened={opened} onClose={close} title="Name the root cause (P3) and how to fix it (P2)" size="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate();
          }}
        >
          <Stack>
            <TextInput
              label="Name"
              description="Short: insights group complaints by it."
              required
              maxLength={200}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
              data-autofocus
            />
            <Textarea
              label="What goes wrong, and where"
              autosize
              minRows={2}
              value={form.description}
              onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
            />
            <TextInput
              label="Process fix (P2)"
              description="What will change so it does not happen again."
              value={form.fix}
              onChange={(e) => setForm({ ...form, fix: e.currentTarget.value })}
            />
            <DateTimePicker
              label="Fix due"
              placeholder="Pick a date"
              clearable
              value={form.due}
              onChange={(value) => setForm({ ...form, due: value })}
              disabled={!form.fix.trim()}
            />
            {create.isError ? <Alert color="red">{errorMessage(create.error)}</Alert> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Record and link
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

const FIX_STATUS = [
  { value: 'planned', label: 'Planned' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

function ProcessFixes({ rootCause, canEdit }: { rootCause: RootCause; canEdit: boolean }) {
  const client = useQueryClient();
  const change = useMutation({
    mutationFn: ({ id, status }: { id: string; status: 'planned' | 'in_progress' | 'done' }) =>
      unwrap(
        api.PATCH('/api/v1/root-causes/{id}', {
          params: { path: { id: rootCause.id } },
          body: { processFix: { id, status } },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['root-causes'] }),
    onError: (error) => notify({ color: 'red', title: 'Not changed', message: errorMessage(error) }),
  });
  if (rootCause.processFixes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No process fix recorded for this root cause yet.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {rootCause.processFixes.map((fix) => (
        <Group key={fix.id} justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {fix.title}
            </Text>
            <Text size="xs" c="dimmed">
              {fix.dueAt ? `Due ${formatDateTime(fix.dueAt)}` : 'No due date'}
              {fix.doneAt ? ` · done ${formatDateTime(fix.doneAt)}` : ''}
            </Text>
          </Stack>
          {canEdit ? (
            <Select
              aria-label={`Status of “${fix.title}”`}
              data={FIX_STATUS}
              value={fix.status}
              allowDeselect={false}
              size="xs"
              w={130}
              disabled={change.isPending}
              onChange={(v) => v && v !== fix.status && change.mutate({ id: fix.id, status: v as 'planned' })}
            />
          ) : (
            <Badge c="dark.8" variant="light" color={fix.status === 'done' ? 'teal' : 'gray'}>
              {humanize(fix.status)}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function RootCausePanel({ kase }: { kase: CaseDetail }) {
  const client = useQueryClient();
  const me = useMe().data;
  const canEdit = me ? atLeast(me.role, 'supervisor') : false;
  const rootCauses = useRootCauses();
  const set = useMutation({
    mutationFn: (rootCauseId: string) =>
      unwrap(api.PATCH('/api/v1/cases/{id}', { params: { path: { id: kase.id } }, body: { rootCauseId } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['case', kase.id] });
      void client.invalidateQueries({ queryKey: ['root-causes'] });
    },
    onError: (error) => notify({ color: 'red', title: 'Not changed', message: errorMessage(error) }),
  });
  const current = rootCauses.items.find((r) => r.id === kase.rootCauseId);
  return (
    <Panel
      id="case-root-cause"
      title={
        <Group gap={6}>
          Root cause and process fix <PrincipleBadge id="P3" /> <PrincipleBadge id="P2" />
        </Group>
      }
    >
      <Stack gap="sm">
        {rootCauses.isError ? (
          <ErrorState error={rootCauses.error} onRetry={() => void rootCauses.refetch()} what="root causes" />
        ) : (
          <Select
            label="Root cause"
            placeholder={rootCauses.items.length ? 'Not traced yet: pick one' : 'None recorded yet'}
            data={rootCauses.items.map((r) => ({ value: r.id, label: `${r.name} (${count(r.caseCount, 'case')})` }))}
            value={kase.rootCauseId}
            searchable
            allowDeselect={false}
            onChange={(v) => v && v !== kase.rootCauseId && set.mutate(v)}
            disabled={set.isPending || rootCauses.items.length === 0}
          />
        )}
        {current?.description ? <Text size="sm">{current.description}</Text> : null}
        {current ? <ProcessFixes rootCause={current} canEdit={canEdit} /> : null}
        {canEdit ? (
          <Group>
            <NewRootCause kase={kase} />
          </Group>
        ) : null}
        <Text size="xs" c="dimmed">
          Tracing complaints to a cause is how the process gets fixed so it does not happen again (P2).
        </Text>
      </Stack>
    </Panel>
  );
}

function ConversationQa({ conversationId }: { conversationId: string }) {
  const conversation = useConversation(conversationId);
  if (conversation.isPending) return <Loading label="Loading the conversation's QA…" />;
  if (conversation.isError)
    return (
      <ErrorState error={conversation.error} onRetry={() => void conversation.refetch()} what="the conversation" />
    );
  const analysis = conversation.data.analysis as unknown as Analysis | null;
  return (
    <Stack gap="xs">
      {analysis ? (
        <Scorecard analysis={analysis} conversationId={conversationId} />
      ) : (
        <Text size="sm" c="dimmed">
          The conversation has not been analysed yet.
        </Text>
      )}
      <Anchor component={Link} to={`/conversations/${conversationId}`} size="sm">
        Read the conversation turn by turn
      </Anchor>
    </Stack>
  );
}

export default function CasePage() {
  const { id } = useParams();
  const kase = useQuery({
    queryKey: ['case', id],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id: id as string } } })),
    enabled: Boolean(id),
  });
  const customer = useCustomer(kase.data?.customerId);
  const policy = useQuery({ queryKey: ['policy'], queryFn: () => unwrap(api.GET('/api/v1/policy')) });
  if (kase.isPending) return <Loading label="Loading the case…" />;
  if (kase.isError) {
    return kase.error instanceof ApiError && kase.error.status === 404 ? (
      <EmptyState title="No such case.">
        It does not exist, or belongs to a team you cannot see.{' '}
        <Anchor component={Link} to="/cases">
          Back to cases
        </Anchor>
      </EmptyState>
    ) : (
      <ErrorState error={kase.error} onRetry={() => void kase.refetch()} what="the case" />
    );
  }
  const c = kase.data;
  const currency = policy.data?.currency ?? 'USD';
  return (
    <>
      <PageTitle
        title={c.presentingIssue}
        description={
          <>
            {customer.data?.name ?? 'Customer'} · received {formatDateTime(c.receivedAt)}
            {c.category ? ` · ${c.category}` : ''}
          </>
        }
        actions={
          <Anchor component={Link} to="/cases" size="sm">
            All cases
          </Anchor>
        }
      />
      <Group gap="xs" mb="sm">
        <Badge autoContrast color={CASE_STATE_COLOR[c.state] ?? 'gray'}>
          {humanize(c.state)}
        </Badge>
        <Badge c="dark.8" color={SEVERITY_COLOR[c.severity] ?? 'gray'} variant="outline">
          {c.severity} severity
        </Badge>
        {c.outcome ? (
          <Badge c="dark.8" color={c.outcome === 'resolved' ? 'teal' : 'orange'} variant="light">
            {humanize(c.outcome)}
          </Badge>
        ) : null}
        {c.regulatoryPreset ? (
          <Badge c="dark.8" variant="light" color="indigo">
            {presetName(c.regulatoryPreset)}
          </Badge>
        ) : null}
      </Group>
      <Paper withBorder p="sm" mb="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <CaseActions kase={c} />
          <Group gap="sm" wrap="wrap">
            <Owner kase={c} />
            <EditDetails kase={c} />
          </Group>
        </Group>
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Panel title="The complaint" id="case-complaint">
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Field principle="C3" label="Presenting issue" value={c.presentingIssue} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Field principle="C3" label="Underlying issue" value={c.underlyingIssue} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Field principle="R1" label="Resolution asked for" value={c.desiredResolution} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Field principle="F4" label="Resolution given" value={c.resolution} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Field principle="A4" label="Company at fault" value={fault(c.companyAtFault)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Field
                    principle="P1"
                    label="Consent to document"
                    value={c.consentToDocument ? 'Given' : 'Not given'}
                  />
                </Grid.Col>
              </Grid>
            </Panel>
            {c.conversationId ? (
              <Panel title="QA of its conversation" id="case-qa">
                <ConversationQa conversationId={c.conversationId} />
              </Panel>
            ) : null}
            <Panel title="Timeline" id="case-timeline">
              <CaseTimeline caseId={c.id} />
            </Panel>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <CustomerPanel customer={customer.data} currency={currency} />
            <RegulatoryClock kase={c} />
            <PromisesPanel kase={c} customer={customer.data} />
            <ConcessionsPanel kase={c} currency={currency} />
            <RootCausePanel kase={c} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
