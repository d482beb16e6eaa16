/** Closing out a promise: complete it with what was done (F4), or waive it with a reason. */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage, unwrap } from '../../api/client';
import { kindLabel } from '../common/kinds';
import { formatDateTime } from '../common/format';
import { notify } from '../common/notify';

interface PromiseLike {
  id: string;
  kind: string;
  dueAt: string;
  state: string;
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

export function PromiseActions({ commitment }: { commitment: PromiseLike }) {
  const [completeOpen, complete] = useDisclosure(false);
  const [waiveOpen, waive] = useDisclosure(false);
  if (commitment.state !== 'open') return null;
  const what = `${kindLabel(commitment.kind)}${commitment.contact.name ? ` for ${commitment.contact.name}` : ''}`;
  return (
    <Group gap="xs" wrap="wrap">
      <Button size="xs" onClick={complete.open} aria-label={`Complete ${what}`}>
        Complete…
      </Button>
      <Button size="xs" variant="default" onClick={waive.open} aria-label={`Waive ${what}`}>
        Waive…
      </Button>
      <OutcomeModal commitment={commitment} mode="complete" opened={completeOpen} onClose={complete.close} />
      <OutcomeModal commitment={commitment} mode="waive" opened={waiveOpen} onClose={waive.close} />
    </Group>
  );
}
