import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeAnswer } from './api.ts';
import { CardList, HomeCard } from './HomeCard.tsx';

const PAGE: Record<HomeAnswer['steps'][number]['step'], string> = {
  ledger: 'finance/ledger',
  costModel: 'finance/model',
  clients: 'clients',
  kpis: 'kpis',
  members: 'members',
};

/** The next steps that fill a new organisation; shown while one is left. */
export function StepsCard({ orgId, steps }: { orgId: string; steps: HomeAnswer['steps'] }) {
  const { t } = useTranslation();
  if (steps.every((s) => s.done)) return null;
  return (
    <HomeCard title={t('boordtabel.steps.title')} period={t('boordtabel.steps.intro')}>
      <CardList>
        {steps.map((s, i) => (
          <Group key={s.step} component="li" gap="sm" wrap="nowrap">
            <Text size="sm" fw={700} w={20}>
              {i + 1}.
            </Text>
            {s.done ? (
              <Text size="sm" td="line-through" c="dimmed">
                {t(`boordtabel.steps.${s.step}`)}
              </Text>
            ) : (
              <Anchor component={Link} to={`/o/${orgId}/${PAGE[s.step]}`} size="sm">
                {t(`boordtabel.steps.${s.step}`)}
              </Anchor>
            )}
            <Badge size="sm" variant="light" color={s.done ? 'green' : 'gray'}>
              {s.done ? t('boordtabel.steps.done') : t('boordtabel.steps.todo')}
            </Badge>
          </Group>
        ))}
      </CardList>
    </HomeCard>
  );
}
