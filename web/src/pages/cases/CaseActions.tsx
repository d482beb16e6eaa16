/** The lifecycle moves a case can make from where it is, with what each one requires (F4 on close, F6 when unresolved). */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CASE_TRANSITIONS, type CaseAction } from '@core/cases/case-lifecycle.ts';
import { api, errorMessage, type ResponseOf, unwrap } from '../../api/client';
import { formatDateTime } from '../common/format';
import { kindLabel } from '../common/kinds';
import { notify } from '../common/notify';

export type CaseDetail = ResponseOf<'/api/v1/cases/{id}', 'get'>;

const LABEL: Record<CaseAction, string> = {
  acknowledge: 'Acknowledge',
  investigate: 'Start investigating',
  propose_resolution: 'Propose a resolution',
  reject_proposal: 'Customer rejected the proposal',
  resolve: 'Mark resolved…',
  close: 'Close…',
  reopen: 'Reopen',
};

const REGULATORY = new Set(['acknowledgement', 'final_response']);

export function CaseActions({ kase }: { kase: CaseDetail }) {
  const client = useQueryClient();
  const [dialog, setDialog] = useState<'resolve' | 'close' | null>(null);
  const [resolution, setResolution] = useState(kase.resolution ?? '');
  const [waivers, setWaivers] = useState<Record<string, string>>({});
  const actions = (Object.keys(CASE_TRANSITIONS) as CaseAction[]).filter((action) =>
    (CASE_TRANSITIONS[action].from as readonly string[]).includes(kase.state),
  );
  const open = kase.commitments.filter((c) => c.state === 'open');
  const needWaiver = open.filter((c) => !REGULATORY.has(c.kind));
  const move = useMutation({
    mutationFn: async (action: CaseAction) => {
      if (action === 'resolve' && resolution.trim() && resolution.trim() !== kase.resolution) {
        await unwrap(
          api.PATCH('/api/v1/cases/{id}', {
            params: { path: { id: kase.id } },
            body: { resolution: resolution.trim() },
          }),
        );
      }
      const current = action === 'resolve' ? undefined : kase.version;
      return unwrap(
        api.POST('/api/v1/cases/{id}/transitions', {
          params: { path: { id: kase.id } },
          body: {
            action,
            ...(action === 'close' && needWaiver.length ? { waivers } : {}),
            ...(current ? { expectedVersion: current } : {}),
          },
        }),
      );
    },
    onSuccess: (result, action) => {
      setDialog(null);
      notify({
        color: 'teal',
        title: `Case ${result.case.state.replaceAll('_', ' ')}`,
        message:
          action === 'close' && result.case.outcome === 'unresolved'
            ? 'Closed unresolved: a supervisor follow-up is now owed (F6).'
            : 'The timeline records who moved it and when.',
      });
      void client.invalidateQueries({ queryKey: ['case', kase.id] });
      void client.invalidateQueries({ queryKey: ['cases'] });
      void client.invalidateQueries({ queryKey: ['commitments'] });
    },
  });
  const run = (action: CaseAction) => {
    if (action === 'resolve' || action === 'close') setDialog(action);
    else move.mutate(action);
  };
  const closeReady = needWaiver.every((c) => waivers[c.id]?.trim());
  return (
    <>
      <Group gap="xs" wrap="wrap" role="group" aria-label="Move the case">
        {actions.map((action) => (
          <Button
            key={action}
            size="xs"
            variant={action === 'close' || action === 'reject_proposal' ? 'default' : 'light'}
            loading={move.isPending && move.variables === action}
            disabled={move.isPending}
            onClick={() => run(action)}
          >
            {LABEL[action]}
          </Button>
        ))}
      </Group>
      {move.isError && dialog === null ? (
        <Alert color="red" mt="xs" title="The case did not move">
          {errorMessage(move.error)}
        </Alert>
      ) : null}
      <Modal opened={dialog === 'resolve'} onClose={() => setDialog(null)} title="Mark the case resolved (F4)">
        <Stack>
          <Textarea
            label="Resolution: what was done for the customer"
            description="Kept on the case and used when you report back."
            autosize
            minRows={3}
            value={resolution}
            onChange={(e) => setResolution(e.currentTarget.value)}
            data-autofocus
          />
          {move.isError ? <Alert color="red">{errorMessage(move.error)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button loading={move.isPending} onClick={() => move.mutate('resolve')}>
              Mark resolved
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={dialog === 'close'} onClose={() => setDialog(null)} title="Close the case" size="lg">
        <Stack>
          {kase.state !== 'resolved' ? (
            <Alert color="orange" title="Closing without a resolution">
              The case closes as unresolved and a supervisor follow-up becomes due (F6).
            </Alert>
          ) : null}
          {needWaiver.length > 0 ? (
            <>
              <Text size="sm">
                These promises are still open. Keep them first from Promises, or say why each no longer applies (F4):
              </Text>
              {needWaiver.map((c) => (
                <Textarea
                  key={c.id}
                  label={`Why “${kindLabel(c.kind)}” due ${formatDateTime(c.dueAt)} is waived`}
                  autosize
                  minRows={1}
                  required
                  value={waivers[c.id] ?? ''}
                  onChange={(e) => setWaivers({ ...waivers, [c.id]: e.currentTarget.value })}
                />
              ))}
            </>
          ) : (
            <Text size="sm">No open promise is left. Regulatory clocks still open are met by the close.</Text>
          )}
          {move.isError ? <Alert color="red">{errorMessage(move.error)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button loading={move.isPending} disabled={!closeReady} onClick={() => move.mutate('close')}>
              Close case
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
