/**
 * One filter bar for the list pages (Cases, Conversations): filters live in the URL (shareable, kept on reload and
 * on Back), the search box is debounced into `q`, each select is bound to one URL key, and "Clear filters" shows
 * only when something is set.
 */
import { Button, Group, Select, type SelectProps, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

export interface UrlFilters {
  get(key: string): string | null;
  /** Sets (or, with null or '', removes) URL keys, replacing the history entry. */
  set(entries: Record<string, string | null>): void;
  search: string;
  setSearch(text: string): void;
  /** True when any of the bar's keys is set. */
  filtered: boolean;
  clear(): void;
}

/** The URL-held filters of a list page; `keys` are the ones "Clear filters" looks at (`q` is the search). */
export function useUrlFilters(keys: readonly string[], onClear?: () => void): UrlFilters {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const set = (entries: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(entries)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the URL
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) set({ q: debounced || null });
  }, [debounced]);
  return {
    get: (key) => params.get(key),
    set,
    search,
    setSearch,
    filtered: ['q', ...keys].some((key) => params.get(key)),
    clear: () => {
      setSearch('');
      onClear?.();
      setParams(new URLSearchParams(), { replace: true });
    },
  };
}

/** A select bound to one URL key ("Any …" when empty, clearable). */
export function UrlSelect({
  filters,
  name,
  ...props
}: { filters: UrlFilters; name: string } & Omit<SelectProps, 'value' | 'onChange'>) {
  return <Select clearable {...props} value={filters.get(name)} onChange={(value) => filters.set({ [name]: value })} />;
}

export function FilterBar({
  filters,
  searchPlaceholder,
  searchWidth = 240,
  children,
  footer,
}: {
  filters: UrlFilters;
  searchPlaceholder: string;
  searchWidth?: number;
  /** The selects and pickers after the search box. */
  children: ReactNode;
  /** A second row (switches); "Clear filters" goes there when it is given. */
  footer?: ReactNode;
}) {
  const clear = filters.filtered ? (
    <Button variant="subtle" size="compact-sm" onClick={filters.clear}>
      Clear filters
    </Button>
  ) : null;
  return (
    <Stack gap="sm" mb="md" role="search" aria-label="Filters">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder={searchPlaceholder}
          value={filters.search}
          onChange={(event) => filters.setSearch(event.currentTarget.value)}
          w={searchWidth}
          type="search"
        />
        {children}
        {footer ? null : clear}
      </Group>
      {footer ? (
        <Group gap="md">
          {footer}
          {clear}
        </Group>
      ) : null}
    </Stack>
  );
}
