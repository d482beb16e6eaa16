/** Toasts with a labelled close button and readable text (Mantine's defaults fail axe: unnamed button, faint text). */
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

/** The toast on screen for each `id` given (a hidden one is simply gone: hiding it again does nothing). */
const onScreen = new Map<string, string>();
let shown = 0;

/** A toast. With an `id`, a later toast of the same id replaces the one on screen instead of stacking under it. */
export function notify({
  id,
  color,
  title,
  message,
}: {
  id?: string | null;
  color: string;
  title: string;
  message: ReactNode;
}): void {
  let toastId: string | undefined;
  if (id) {
    const previous = onScreen.get(id);
    if (previous) notifications.hide(previous);
    toastId = `${id}:${++shown}`;
    onScreen.set(id, toastId);
  }
  notifications.show({
    ...(toastId ? { id: toastId } : {}),
    color,
    title,
    message,
    closeButtonProps: { 'aria-label': 'Dismiss notification' },
    styles: { description: { color: 'var(--mantine-color-dark-7)' } },
  });
}
