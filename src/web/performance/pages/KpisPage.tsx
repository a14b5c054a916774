import { Title } from '@mantine/core';

/** Being built (issue 5). */
export function KpisPage() {
  return <Title order={1}>Kpis</Title>;
}
