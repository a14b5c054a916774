import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** An empty state with a way forward (e.g. "no ledger yet → import one"). */
export function Empty({ title, text, to, action }: { title: string; text: string; to?: string; action?: string }) {
  return (
    <Paper withBorder radius="md" p="xl" bg="white">
      <Stack align="flex-start" gap="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text>{text}</Text>
        {to && action && (
          <Button component={Link} to={to}>
            {action}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
