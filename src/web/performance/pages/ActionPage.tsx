import { Title } from '@mantine/core';

/** Being built (issue 5). */
export function ActionPage() {
  return <Title order={1}>Action</Title>;
}
