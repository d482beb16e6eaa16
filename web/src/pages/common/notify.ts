/** Toasts with a labelled close button and readable text (Mantine's defaults fail axe: unnamed button, faint text). */
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

export function notify({ color, title, message }: { color: string; title: string; message: ReactNode }): void {
  notifications.show({
    color,
    title,
    message,
    closeButtonProps: { 'aria-label': 'Dismiss notification' },
    styles: { description: { color: 'var(--mantine-color-dark-7)' } },
  });
}
