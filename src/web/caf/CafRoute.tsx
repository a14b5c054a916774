import { Title } from '@mantine/core';

/** The CAF pages under /o/:orgId/caf/* (being built, issue 5). */
export function CafRoute() {
  return <Title order={1}>CAF</Title>;
}
