import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A repeated group of fields in a form (a function's price periods, a request's needs): a heading,
 * one row of fields per item with its remove button "×", the list's own error and an add button.
 *
 *   <FormList title={t('x.prices')} count={form.values.prices.length} error={form.errors.prices}
 *     addLabel={t('x.addPrice')} onAdd={() => form.insertListItem('prices', blankPrice())}
 *     removeLabel={(n) => t('x.removePrice', { n })} onRemove={(i) => form.removeListItem('prices', i)}>
 *     {(i) => <TextInput label={t('x.points', { n: i + 1 })} {...form.getInputProps(`prices.${i}.points`)} />}
 *   </FormList>
 */
export function FormList({
  title,
  count,
  error,
  addLabel,
  onAdd,
  removeLabel,
  onRemove,
  keepOne = false,
  wrap = 'wrap',
  children,
}: {
  title: string;
  count: number;
  error?: ReactNode;
  addLabel: string;
  onAdd: () => void;
  /** The remove button's accessible name for the nth row (from 1). */
  removeLabel: (n: number) => string;
  onRemove: (index: number) => void;
  /** The last row cannot be removed. */
  keepOne?: boolean;
  wrap?: 'wrap' | 'nowrap';
  /** The fields of the row at this index. */
  children: (index: number) => ReactNode;
}) {
  return (
    <>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {Array.from({ length: count }, (_, i) => (
        <Group key={i} align="end" wrap={wrap}>
          {children(i)}
          <Button
            variant="subtle"
            color="red"
            disabled={keepOne && count === 1}
            onClick={() => onRemove(i)}
            aria-label={removeLabel(i + 1)}
          >
            ×
          </Button>
        </Group>
      ))}
      {error && (
        <Text c="red.8" size="sm">
          {error}
        </Text>
      )}
      <Group>
        <Button variant="light" size="compact-sm" onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
    </>
  );
}
