import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * One card of the boordtabel: its title, the period its figures are about (always shown), a link to
 * the page behind it, and the figures. `tone` marks a card that asks for attention.
 */
export function HomeCard(props: {
  title: string;
  period: string;
  to?: string;
  tone?: 'attention';
  /** The figures; a card without them says what is missing in `period`. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Card
      withBorder
      radius="md"
      component="section"
      aria-labelledby={id}
      bg={props.tone === 'attention' ? 'red.0' : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="baseline">
          <Title order={2} size="h4" id={id}>
            {props.title}
          </Title>
          {props.to && (
            <Anchor component={Link} to={props.to} size="sm" aria-label={`${t('boordtabel.open')}: ${props.title}`}>
              {t('boordtabel.open')}
            </Anchor>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {props.period}
        </Text>
        {props.children}
      </Stack>
    </Card>
  );
}

/** A plain list of short lines inside a card. */
export function CardList({ children }: { children: ReactNode }) {
  return (
    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {children}
    </Stack>
  );
}
