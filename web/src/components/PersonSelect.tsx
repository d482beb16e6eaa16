/**
 * The one person picker: colleagues from the team directory, grouped by team, searchable by name; and the one team
 * picker. Used to reassign cases, hand promises over, filter the audit trail and manage users.
 */
import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ROLE_LABEL } from '../auth/roles';
import { useMe } from '../auth/useMe';
import { type Colleague, useDirectory } from '../pages/common/people';

type PickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

export function PersonSelect({
  value,
  onChange,
  only,
  exclude = [],
  ...props
}: PickerProps & {
  /** Who may be picked (e.g. an agent's teammates); everyone active when left out. */
  only?: (person: Colleague) => boolean;
  /** Ids left out (e.g. the present owner). */
  exclude?: readonly string[];
}) {
  const me = useMe().data;
  const directory = useDirectory();
  const people = directory.people.filter((p) => !exclude.includes(p.id) && (!only || only(p)));
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const p of people) {
    const group = p.teamName ?? 'No team';
    const label = `${p.name}${p.id === me?.id ? ' (you)' : ''} · ${ROLE_LABEL[p.role]}`;
    groups.set(group, [...(groups.get(group) ?? []), { value: p.id, label }]);
  }
  const data = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([group, items]) => ({ group, items }));
  return (
    <Select
      searchable
      nothingFoundMessage="Nobody by that name"
      placeholder={directory.isPending ? 'Loading colleagues…' : 'Pick a person'}
      {...props}
      data={data}
      value={value}
      onChange={onChange}
      disabled={props.disabled || directory.isPending}
      error={props.error ?? (directory.isError ? 'Could not load colleagues; reload to try again.' : undefined)}
    />
  );
}

export function useTeams() {
  return useQuery({ queryKey: ['teams'], queryFn: () => unwrap(api.GET('/api/v1/teams')), staleTime: 60_000 });
}

export function TeamSelect({ value, onChange, ...props }: PickerProps) {
  const teams = useTeams();
  return (
    <Select
      placeholder={teams.isPending ? 'Loading teams…' : 'No team'}
      {...props}
      data={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
      value={value}
      onChange={onChange}
      disabled={props.disabled || teams.isPending}
      error={props.error ?? (teams.isError ? 'Could not load teams; reload to try again.' : undefined)}
    />
  );
}
