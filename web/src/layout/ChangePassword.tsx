/** Change my password (POST /api/v1/me/password): current and new password, confirmed. */
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, errorMessage, unwrap } from '../api/client';
import { NewPasswordFields, newPasswordState } from '../components/fields';

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
  const { mismatch, valid } = newPasswordState(next, confirm);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid && current) change.mutate();
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
          <NewPasswordFields password={next} repeat={confirm} onPassword={setNext} onRepeat={setConfirm} />
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
