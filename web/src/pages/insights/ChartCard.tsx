/** A chart with its numbers a click away: Chart | Table toggle and a CSV download of exactly what is shown. */
import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { type Cell, downloadText, toCsv } from '../common/csv';
import { PrincipleList } from '../common/Principle';

export interface TableData {
  header: string[];
  rows: Cell[][];
}

export function ChartCard({
  id,
  title,
  description,
  principles,
  table,
  filename,
  children,
  empty,
}: {
  id: string;
  title: string;
  description: ReactNode;
  principles: string[];
  table: TableData | null;
  filename: string;
  children: ReactNode;
  empty?: string | null;
}) {
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  return (
    <Paper withBorder p="md" h="100%" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" mb={4} wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={2} size="h4" id={id}>
              {title}
            </Title>
            <PrincipleList ids={principles} />
          </Group>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <SegmentedControl
            size="xs"
            aria-label={`${title}: show as`}
            value={mode}
            onChange={(value) => setMode(value as 'chart' | 'table')}
            data={[
              { value: 'chart', label: 'Chart' },
              { value: 'table', label: 'Table' },
            ]}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!table || table.rows.length === 0}
            onClick={() => table && downloadText(filename, toCsv(table.header, table.rows))}
            aria-label={`Download ${title} as CSV`}
          >
            CSV
          </Button>
        </Group>
      </Group>
      {empty ? (
        <Text size="sm" c="dimmed" py="md">
          {empty}
        </Text>
      ) : mode === 'chart' ? (
        <figure style={{ margin: 0 }} aria-label={`${title} chart; switch to Table for the numbers`}>
          {children}
        </figure>
      ) : table ? (
        <Table.ScrollContainer minWidth={360}>
          <Table striped verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                {table.header.map((h) => (
                  <Table.Th key={h} scope="col">
                    {h}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row) => (
                <Table.Tr key={String(row[0])}>
                  {row.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional
                    <Table.Td key={i}>{cell === null || cell === undefined ? '—' : String(cell)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Paper>
  );
}
