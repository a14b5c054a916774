import { Title } from '@mantine/core';

/** Being built (issue 5). */
export function ActionsPage() {
  return <Title order={1}>Actions</Title>;
}
