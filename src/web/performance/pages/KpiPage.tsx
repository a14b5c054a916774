import { Title } from '@mantine/core';

/** Being built (issue 5). */
export function KpiPage() {
  return <Title order={1}>Kpi</Title>;
}
