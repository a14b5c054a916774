import { Button, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A small, quiet button in a table row (edit, remove, show …). Its visible text is the verb; its
 * accessible name (`label`) also names the row, since a screen reader hears many "Bewerken" at once.
 */
export function RowButton({
  label,
  onClick,
  color,
  size = 'compact-sm',
  children,
}: {
  label: string;
  onClick: () => void;
  color?: string;
  size?: `compact-${MantineSize}`;
  children: ReactNode;
}) {
  return (
    <Button size={size} variant="subtle" color={color} onClick={onClick} aria-label={label}>
      {children}
    </Button>
  );
}
