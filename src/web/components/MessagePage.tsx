import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle.ts';

/** A page that only says something: not found, no access. Its title is the page's h1. */
export function MessagePage({
  title,
  text,
  link,
}: {
  title: string;
  text: string;
  link?: { to: string; label: ReactNode };
}) {
  usePageTitle(title);
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>{title}</Title>
      <Text>{text}</Text>
      {link && (
        <Anchor component={Link} to={link.to}>
          {link.label}
        </Anchor>
      )}
    </Stack>
  );
}
