import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { allows, type Membership } from '../../session.ts';
import { actionsQuery, myActionsQuery, type Action } from '../plan-api.ts';
import { DueDate, StatusBadge } from './ActionBits.tsx';

/**
 * On the home page: overdue improvement actions for whoever follows the cockpit; for everyone else
 * their own open actions (a begeleider can own one), shown only when there are any.
 */
export function HomeActions({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const all = allows(membership, 'performance.read');
  const orgId = membership.orgId;
  const overdue = useQuery({ ...actionsQuery(orgId, { status: 'open', owner: null, overdue: true }), enabled: all });
  const mine = useQuery({ ...myActionsQuery(orgId), enabled: !all });
  const actions = all ? overdue : mine;
  if (!actions.data) return <QueryState inline error={actions.error} />;
  const items: Action[] = actions.data.items;
  if (!all && items.length === 0) return null;
  return (
    <Card
      withBorder
      radius="md"
      component="section"
      aria-labelledby="home-actions"
      bg={all && items.length ? 'red.0' : undefined}
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="home-actions">
          {all ? t('plan.actions.home') : t('plan.actions.homeMine')}
        </Title>
        {all && (
          <Anchor component={Link} to={`/o/${orgId}/actions`} size="sm">
            {t('plan.actions.homeAll')}
          </Anchor>
        )}
      </Group>
      {items.length === 0 ? (
        <Text size="sm">{all ? t('plan.actions.homeNone') : t('plan.actions.homeNoneMine')}</Text>
      ) : (
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((a) => (
            <Group key={a.id} component="li" gap="sm" wrap="wrap">
              {all ? (
                <Anchor component={Link} to={`/o/${orgId}/actions/${a.id}`} fw={600}>
                  {a.title}
                </Anchor>
              ) : (
                <Text fw={600}>{a.title}</Text>
              )}
              <StatusBadge status={a.status} />
              <DueDate action={a} />
              {a.owner && (
                <Text size="sm" c="dimmed">
                  {a.owner.name}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
