/** Change my password (POST /api/v1/me/password): current and new password, confirmed. */
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, errorMessage, unwrap } from '../api/client';

export function ChangePassword({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const change = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/me/password', { body: { currentPassword: current, newPassword: next } })),
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'Password changed.' });
      setCurrent('');
      setNext('');
      setConfirm('');
      onClose();
    },
  });
  const mismatch = confirm !== '' && confirm !== next;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch && current && next) change.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Change password">
      <form onSubmit={submit}>
        <Stack>
          <PasswordInput
            label="Current password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            required
            autoComplete="current-password"
          />
          <PasswordInput
            label="New password"
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            required
            autoComplete="new-password"
          />
          <PasswordInput
            label="Repeat the new password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            required
            autoComplete="new-password"
            error={mismatch ? 'The two new passwords differ.' : undefined}
          />
          {change.isError ? (
            <Alert color="red" role="alert">
              {errorMessage(change.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending} disabled={mismatch}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
