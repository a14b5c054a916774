import { Title } from '@mantine/core';

/** Being built (issue 5). */
export function StrategyPage() {
  return <Title order={1}>Strategy</Title>;
}
