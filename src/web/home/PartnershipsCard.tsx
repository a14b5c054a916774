import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../format.ts';
import type { HomeAnswer } from './api.ts';
import { HomeCard } from './HomeCard.tsx';

/** Partnerships to review within the horizon (overdue ones too) and innovation projects without a continuation plan. */
export function PartnershipsCard({
  orgId,
  partnerships,
  today,
}: {
  orgId: string;
  partnerships: NonNullable<HomeAnswer['partnerships']>;
  today: string;
}) {
  const { t } = useTranslation();
  const { reviews, projects, horizonDays } = partnerships;
  const attention = projects.length > 0 || reviews.some((r) => r.reviewOn <= today);
  return (
    <HomeCard
      title={t('boordtabel.partnerships.title')}
      period={t('boordtabel.partnerships.period', { days: horizonDays })}
      to={`/o/${orgId}/partnerships`}
      tone={attention ? 'attention' : undefined}
    >
      {reviews.length === 0 && projects.length === 0 ? (
        <Text size="sm">{t('boordtabel.partnerships.none')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {reviews.map((r) => (
            <List.Item key={r.id}>
              <Anchor component={Link} to={`/o/${orgId}/partnerships/${r.id}`} size="sm">
                {r.partner}
              </Anchor>
              : {t('boordtabel.partnerships.review', { date: formatDate(r.reviewOn) })}
            </List.Item>
          ))}
          {projects.map((p) => (
            <List.Item key={p.id}>
              {t('boordtabel.partnerships.project', {
                name: p.name,
                date: p.fundingEnd ? formatDate(p.fundingEnd) : '—',
              })}
            </List.Item>
          ))}
        </List>
      )}
    </HomeCard>
  );
}
