import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One fact of a record on its page: the label small and dimmed, the value below it (text, a badge, a
 * link). Set several side by side in a SimpleGrid.
 */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}
