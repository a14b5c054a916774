import { Title } from '@mantine/core';

/** Being built (issue 5). */
export function ValuesPage() {
  return <Title order={1}>Values</Title>;
}
