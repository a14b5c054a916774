/** The boordtabel cards of a begeleider: my clients' budgets with their warnings, and today's registrations to do. */
import { Badge, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { linkColumn } from '../components/linkColumn.tsx';
import { formatDate } from '../format.ts';
import type { HomeAnswer } from './api.ts';
import { CardList, HomeCard } from './HomeCard.tsx';

type Section<K extends keyof HomeAnswer> = NonNullable<HomeAnswer[K]>;
type Line = Section<'budgets'>['mine'][number];

export function MyClientsCard({ orgId, budgets }: { orgId: string; budgets: Section<'budgets'> }) {
  const { t } = useTranslation();
  const warning = (l: Line) =>
    l.runOutDate ? (
      <Badge color="red" variant="light">
        {t('boordtabel.mine.runsOut', { date: formatDate(l.runOutDate) })}
      </Badge>
    ) : l.underUsePercent !== null ? (
      <Badge color="yellow" variant="light">
        {t('boordtabel.budgets.underUse')}
      </Badge>
    ) : null;
  const columns: Column<Line>[] = [
    linkColumn({
      key: 'client',
      header: t('boordtabel.mine.client'),
      text: (l) => l.clientName,
      to: (l) => `/o/${orgId}/clients/${l.clientId}`,
    }),
    { key: 'function', header: t('boordtabel.mine.function'), value: (l) => l.functionName },
    { key: 'remaining', header: t('boordtabel.mine.remaining'), value: (l) => Number(l.remaining), format: 'number' },
    { key: 'warning', header: t('boordtabel.mine.warning'), value: (l) => l.runOutDate ?? '', render: warning },
  ];
  return (
    <HomeCard
      title={t('boordtabel.mine.title')}
      period={t('boordtabel.mine.period', { year: budgets.year, date: formatDate(budgets.asOf) })}
      to={`/o/${orgId}/clients/consumption`}
    >
      <DataTable
        caption={t('boordtabel.mine.caption')}
        rows={budgets.mine}
        rowKey={(l) => `${l.clientId}-${l.function}`}
        columns={columns}
        empty={t('boordtabel.mine.none')}
      />
    </HomeCard>
  );
}

export function ToRegisterCard({ orgId, agenda, today }: { orgId: string; agenda: Section<'agenda'>; today: string }) {
  const { t } = useTranslation();
  return (
    <HomeCard
      title={t('boordtabel.toRegister.title')}
      period={formatDate(today)}
      tone={agenda.toRegister.length > 0 ? 'attention' : undefined}
    >
      {agenda.toRegister.length === 0 ? (
        <Text size="sm">{t('boordtabel.toRegister.none')}</Text>
      ) : (
        <>
          <Text size="sm">{t('boordtabel.toRegister.intro')}</Text>
          <CardList>
            {agenda.toRegister.map((c) => (
              <Text key={c.clientId} component="li" size="sm" fw={600}>
                {c.clientName}
              </Text>
            ))}
          </CardList>
          <Button component={Link} to={`/o/${orgId}/registrations`} variant="light" size="sm" w="fit-content">
            {t('boordtabel.toRegister.go')}
          </Button>
        </>
      )}
    </HomeCard>
  );
}
