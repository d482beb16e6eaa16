/** A playbook principle ID (F5, R2, …) as a tag that names the principle, so every rule on screen traces to PLAYBOOK.md. */
import { Badge, type BadgeProps, Group } from '@mantine/core';
import { PRINCIPLES } from '@core/principles.ts';

const FAMILY_COLOR: Record<string, string> = {
  L: 'grape',
  A: 'pink',
  C: 'cyan',
  R: 'blue',
  F: 'teal',
  B: 'red',
  P: 'orange',
  V: 'indigo',
};

export const principleName = (id: string): string | undefined => (PRINCIPLES as Record<string, string | undefined>)[id];

export function PrincipleBadge({ id, withName = false, ...props }: { id: string; withName?: boolean } & BadgeProps) {
  const name = principleName(id);
  return (
    <Badge
      c="dark.8"
      variant="light"
      color={FAMILY_COLOR[id.charAt(0)] ?? 'gray'}
      radius="sm"
      tt="none"
      title={name ? `${id}: ${name}` : id}
      style={{ flexShrink: 0, minWidth: 'fit-content' }}
      {...props}
    >
      {withName && name ? (
        `${id} ${name}`
      ) : (
        <abbr title={name ?? id} style={{ textDecoration: 'none' }}>
          {id}
        </abbr>
      )}
    </Badge>
  );
}

export function PrincipleList({ ids }: { ids: readonly string[] }) {
  return (
    <Group gap={4} wrap="wrap">
      {ids.map((id) => (
        <PrincipleBadge key={id} id={id} />
      ))}
    </Group>
  );
}
