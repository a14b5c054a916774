import { Title } from '@mantine/core';

/** The survey management pages under /o/:orgId/surveys/* (being built, issue 5). */
export function SurveysRoute() {
  return <Title order={1}>Bevragingen</Title>;
}
