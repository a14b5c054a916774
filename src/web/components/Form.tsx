import { Stack, type MantineSpacing } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/**
 * A form whose fields are stacked. Browser validation bubbles are off: the fields show our own,
 * translated messages (and the server's) next to them instead.
 */
export function Form({
  onSubmit,
  children,
  gap = 'md',
}: {
  onSubmit: () => void;
  children: ReactNode;
  gap?: MantineSpacing;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap={gap}>{children}</Stack>
    </form>
  );
}
