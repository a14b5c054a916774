import { Button, type MantineSize, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/** Whether a name holds the visible words, as WCAG 2.5.3 "label in name" asks (case aside). */
export function holdsVisibleText(name: string, visible: ReactNode): boolean {
  return typeof visible === 'string' && name.toLowerCase().includes(visible.toLowerCase());
}

/**
 * A small, quiet button in a table row (edit, remove, show …). Its visible text is the verb; its
 * accessible name (`label`) also names the row, since a screen reader hears many "Bewerken" at once.
 * A label that leaves out the visible words ("Uren en onkosten van Vera invullen" on "Maand invullen")
 * follows them as hidden text instead, so speech users can say what they see (label in name).
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
  const holds = holdsVisibleText(label, children);
  return (
    <Button size={size} variant="subtle" color={color} onClick={onClick} aria-label={holds ? label : undefined}>
      {children}
      {!holds && <VisuallyHidden>: {label}</VisuallyHidden>}
    </Button>
  );
}
