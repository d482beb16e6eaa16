/** A queue panel: a titled region with its count and what to do with it. */
import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section({
  title,
  description,
  count,
  children,
  id,
}: {
  title: string;
  description: string;
  count?: number | undefined;
  children: ReactNode;
  id: string;
}) {
  return (
    <Paper withBorder p="md" h="100%" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {count !== undefined ? (
          <Badge
            c={count > 0 ? 'white' : 'dark.8'}
            variant={count > 0 ? 'filled' : 'light'}
            color={count > 0 ? 'red.9' : 'gray'}
            aria-label={`${count} items`}
          >
            {count}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {description}
      </Text>
      {children}
    </Paper>
  );
}
