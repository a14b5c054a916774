import { Title } from '@mantine/core';

/** Being built (issue 5). */
export function BoardPage() {
  return <Title order={1}>Board</Title>;
}
