import { Title } from '@mantine/core';

/** The respondent's form at /s/:token, without login (being built, issue 5). */
export function RespondentRoute() {
  return <Title order={1}>Bevraging</Title>;
}
