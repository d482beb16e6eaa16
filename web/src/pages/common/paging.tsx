/** Keyset paging ("load more") over the API's `{items, nextCursor}` pages, with its button and its states. */
import { Button, Center, Text } from '@mantine/core';
import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function useCursorList<T>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}

export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  shown,
  noun,
}: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  shown: number;
  noun: string;
}) {
  return (
    <Center py="sm">
      {hasNextPage ? (
        <Button variant="default" onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
          Load more {noun}
        </Button>
      ) : (
        <Text size="sm" c="dimmed" role="status">
          {shown === 1 ? `1 ${noun.replace(/s$/, '')}` : `${shown} ${noun}`} — that is all.
        </Text>
      )}
    </Center>
  );
}
