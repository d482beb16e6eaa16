/**
 * Who owns the case, and moving it: supervisors and admins to anyone active, agents to a teammate or back to the
 * queue. The old owner's open promises on the case go to the new owner with it (the server does it in the same
 * change and audits each).
 */
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage, unwrap } from '../../api/client';
import { atLeast } from '../../auth/roles';
import { useMe } from '../../auth/useMe';
import { PersonSelect } from '../../components/PersonSelect';
import { formatDateTime } from '../common/format';
import { kindLabel } from '../common/kinds';
import { notify } from '../common/notify';
import { useDirectory, usePersonName } from '../common/people';
import type { CaseDetail } from './CaseActions';

export function Owner({ kase }: { kase: CaseDetail }) {
  const nameOf = usePersonName();
  const team = useDirectory().people.find((p) => p.id === kase.ownerId)?.teamName;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">
        Owner: <strong data-testid="case-owner">{nameOf(kase.ownerId, 'Nobody: in the team queue')}</strong>
        {team ? ` · ${team}` : ''}
      </Text>
      {kase.state !== 'closed' ? <Reassign kase={kase} /> : null}
    </Group>
  );
}

function Reassign({ kase }: { kase: CaseDetail }) {
  const me = useMe().data;
  const client = useQueryClient();
  const nameOf = usePersonName();
  const [opened, { open, close }] = useDisclosure(false);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const supervises = me ? atLeast(me.role, 'supervisor') : false;
  const carried = kase.ownerId ? kase.commitments.filter((c) => c.state === 'open' && c.ownerId === kase.ownerId) : [];
  const move = useMutation({
    mutationFn: (to: string | null) =>
      unwrap(api.PATCH('/api/v1/cases/{id}', { params: { path: { id: kase.id } }, body: { ownerId: to } })),
    onSuccess: (saved) => {
      notify({
        color: 'teal',
        title: saved.ownerId ? `Case reassigned to ${nameOf(saved.ownerId)}` : 'Case back in the team queue',
        message:
          saved.ownerId && carried.length
            ? `${carried.length} open promise${carried.length === 1 ? '' : 's'} went with it.`
            : 'The timeline records who moved it and when.',
      });
      void client.invalidateQueries({ queryKey: ['case', kase.id] });
      void client.invalidateQueries({ queryKey: ['cases'] });
      void client.invalidateQueries({ queryKey: ['commitments'] });
      setOwnerId(null);
      close();
    },
  });
  return (
    <>
      <Button size="xs" variant="default" onClick={open}>
        Reassign…
      </Button>
      <Modal opened={opened} onClose={close} title="Reassign the case" size="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ownerId) move.mutate(ownerId);
          }}
        >
          <Stack>
            <Text size="sm">
              Now owned by <strong>{nameOf(kase.ownerId, 'nobody (the team queue)')}</strong>.
            </Text>
            <PersonSelect
              label="New owner"
              description={
                supervises
                  ? 'Anyone active in the organization.'
                  : 'A teammate. To move it to another team, ask a supervisor.'
              }
              value={ownerId}
              onChange={setOwnerId}
              exclude={kase.ownerId ? [kase.ownerId] : []}
              {...(supervises ? {} : { only: (p) => p.teamId !== null && p.teamId === me?.teamId })}
              data-autofocus
              required
            />
            {carried.length > 0 ? (
              <Alert color="blue" variant="light" title="These promises go with it">
                <List size="sm" spacing={2}>
                  {carried.map((c) => (
                    <List.Item key={c.id}>
                      {kindLabel(c.kind)} due {formatDateTime(c.dueAt)}
                    </List.Item>
                  ))}
                </List>
                <Text size="xs" mt={4}>
                  Promises other people own on this case stay theirs.
                </Text>
              </Alert>
            ) : null}
            {move.isError ? <Alert color="red">{errorMessage(move.error)}</Alert> : null}
            <Group justify="space-between">
              {kase.ownerId ? (
                <Button
                  variant="subtle"
                  onClick={() => move.mutate(null)}
                  loading={move.isPending && move.variables === null}
                >
                  Back to the team queue
                </Button>
              ) : (
                <span />
              )}
              <Group>
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button type="submit" disabled={!ownerId} loading={move.isPending && move.variables !== null}>
                  Reassign
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
