import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One figure of a report in a tile: a label, the figure large, and an optional note (how it is
 * computed, when it is shown). The tile is a group named by its label, so a screen reader reads
 * the label with the figure.
 */
export function StatTile({ label, note, children }: { label: string; note?: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" bg="white" role="group" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={700}>
        {children}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}
