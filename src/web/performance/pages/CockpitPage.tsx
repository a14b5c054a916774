import { Title } from '@mantine/core';

/** Being built (issue 5). */
export function CockpitPage() {
  return <Title order={1}>Cockpit</Title>;
}
