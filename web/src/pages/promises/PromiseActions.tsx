/** Closing out a promise: complete it with what was done (F4), waive it with a reason, or hand it to a colleague. */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage, unwrap } from '../../api/client';
import { atLeast } from '../../auth/roles';
import { useMe } from '../../auth/useMe';
import { PersonSelect } from '../../components/PersonSelect';
import { kindLabel } from '../common/kinds';
import { formatDateTime } from '../common/format';
import { notify } from '../common/notify';
import { usePersonName } from '../common/people';

interface PromiseLike {
  id: string;
  kind: string;
  dueAt: string;
  state: string;
  ownerId: string | null;
  contact: { name?: string; phone?: string; email?: string };
}

function OutcomeModal({
  commitment,
  mode,
  opened,
  onClose,
}: {
  commitment: PromiseLike;
  mode: 'complete' | 'waive';
  opened: boolean;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      mode === 'complete'
        ? unwrap(
            api.POST('/api/v1/commitments/{id}/complete', {
              params: { path: { id: commitment.id } },
              body: { outcome: text.trim() },
            }),
          )
        : unwrap(
            api.POST('/api/v1/commitments/{id}/waive', {
              params: { path: { id: commitment.id } },
              body: { reason: text.trim() },
            }),
          ),
    onSuccess: () => {
      notify({
        color: 'teal',
        title: mode === 'complete' ? 'Promise kept' : 'Promise waived',
        message: `${kindLabel(commitment.kind)} for ${commitment.contact.name ?? 'the customer'} is closed.`,
      });
      void client.invalidateQueries({ queryKey: ['commitments'] });
      void client.invalidateQueries({ queryKey: ['case'] });
      void client.invalidateQueries({ queryKey: ['queue'] });
      setText('');
      onClose();
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const label =
    mode === 'complete' ? 'Outcome: what you did and told the customer' : 'Why this promise no longer applies';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={mode === 'complete' ? `Complete: ${kindLabel(commitment.kind)}` : `Waive: ${kindLabel(commitment.kind)}`}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) {
            setError(mode === 'complete' ? 'Say what was done: it is the report back (F4).' : 'Give the reason.');
            return;
          }
          setError(null);
          mutation.mutate();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            Due {formatDateTime(commitment.dueAt)}
            {commitment.contact.name ? ` · ${commitment.contact.name}` : ''}
            {commitment.contact.phone ? ` · ${commitment.contact.phone}` : ''}
          </Text>
          <Textarea
            label={label}
            description={
              mode === 'complete'
                ? 'F4: the follow-through is most of the resolution. This is kept on the case.'
                : 'Waived promises count apart from kept ones in insights.'
            }
            autosize
            minRows={3}
            maxLength={5000}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={error}
            data-autofocus
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} color={mode === 'waive' ? 'orange' : 'blue'}>
              {mode === 'complete' ? 'Mark as kept' : 'Waive promise'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Hands the promise to a colleague with a note (F1: it always has an owner); the server audits it. */
function HandOverModal({
  commitment,
  opened,
  onClose,
}: {
  commitment: PromiseLike;
  opened: boolean;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const nameOf = usePersonName();
  const [toUserId, setToUserId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (to: string) =>
      unwrap(
        api.POST('/api/v1/commitments/{id}/handover', {
          params: { path: { id: commitment.id } },
          body: { toUserId: to, note: note.trim() },
        }),
      ),
    onSuccess: (saved) => {
      notify({
        color: 'teal',
        title: 'Promise handed over',
        message: `${kindLabel(commitment.kind)} is now ${nameOf(saved.ownerId) === 'You' ? 'yours' : `with ${nameOf(saved.ownerId)}`}.`,
      });
      void client.invalidateQueries({ queryKey: ['commitments'] });
      void client.invalidateQueries({ queryKey: ['case'] });
      void client.invalidateQueries({ queryKey: ['queue'] });
      setToUserId(null);
      setNote('');
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={`Hand over: ${kindLabel(commitment.kind)}`} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!toUserId) return setError('Pick who takes it.');
          if (!note.trim()) return setError('Say what they need to know to keep it.');
          setError(null);
          mutation.mutate(toUserId);
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            Due {formatDateTime(commitment.dueAt)}
            {commitment.contact.name ? ` · ${commitment.contact.name}` : ''} · now with{' '}
            {nameOf(commitment.ownerId) === 'You' ? 'you' : nameOf(commitment.ownerId)}
          </Text>
          <PersonSelect
            label="Hand it to"
            value={toUserId}
            onChange={setToUserId}
            exclude={commitment.ownerId ? [commitment.ownerId] : []}
            required
            data-autofocus
          />
          <Textarea
            label="Note for them"
            description="What the customer expects, what you have tried, when they prefer to be called. Kept in the audit trail."
            autosize
            minRows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            required
          />
          {error ? (
            <Text size="sm" c="red.9" role="alert">
              {error}
            </Text>
          ) : null}
          {mutation.isError ? <Alert color="red">{errorMessage(mutation.error)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              Hand over
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function PromiseActions({ commitment }: { commitment: PromiseLike }) {
  const me = useMe().data;
  const [completeOpen, complete] = useDisclosure(false);
  const [waiveOpen, waive] = useDisclosure(false);
  const [handOpen, hand] = useDisclosure(false);
  if (commitment.state !== 'open') return null;
  const what = `${kindLabel(commitment.kind)}${commitment.contact.name ? ` for ${commitment.contact.name}` : ''}`;
  // The owner, supervisors (of its team: the server checks) and admins may hand it over.
  const mayHand = me ? commitment.ownerId === me.id || atLeast(me.role, 'supervisor') : false;
  return (
    <Group gap="xs" wrap="wrap">
      <Button size="xs" onClick={complete.open} aria-label={`Complete ${what}`}>
        Complete…
      </Button>
      <Button size="xs" variant="default" onClick={waive.open} aria-label={`Waive ${what}`}>
        Waive…
      </Button>
      {mayHand ? (
        <Button size="xs" variant="default" onClick={hand.open} aria-label={`Hand over ${what}`}>
          Hand over…
        </Button>
      ) : null}
      <OutcomeModal commitment={commitment} mode="complete" opened={completeOpen} onClose={complete.close} />
      <OutcomeModal commitment={commitment} mode="waive" opened={waiveOpen} onClose={waive.close} />
      {mayHand ? <HandOverModal commitment={commitment} opened={handOpen} onClose={hand.close} /> : null}
    </Group>
  );
}
