/** A time shown both ways: relative ("in 2 hours") for scanning, absolute for certainty; overdue in red. */
import { Text } from '@mantine/core';
import { formatDateTime, formatRelative } from './format';
import { useNow } from './useNow';

export function When({
  iso,
  overdueIfPast = false,
  size = 'sm',
}: {
  iso: string;
  overdueIfPast?: boolean;
  size?: string;
}) {
  const now = useNow();
  const past = new Date(iso).getTime() < now;
  const overdue = overdueIfPast && past;
  return (
    <Text component="span" size={size} c={overdue ? 'red.9' : 'inherit'} fw={overdue ? 600 : 400}>
      <time dateTime={iso}>
        {overdue ? 'overdue, due ' : ''}
        {formatRelative(iso, now)}
      </time>
      <Text component="span" size="xs" c="dimmed" display="block">
        {formatDateTime(iso)}
      </Text>
    </Text>
  );
}
