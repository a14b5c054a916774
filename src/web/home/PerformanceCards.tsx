/** The boordtabel cards of whoever follows the cockpit (directie, staf, bestuur): KPI lights, the latest survey and CAF round. */
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber, formatPercent, formatPeriod } from '../format.ts';
import { kpiName } from '../performance/components/ActionBits.tsx';
import type { HomeAnswer } from './api.ts';
import { CardList, HomeCard } from './HomeCard.tsx';

type Section<K extends keyof HomeAnswer> = NonNullable<HomeAnswer[K]>;

export function KpisCard({ orgId, kpis, board }: { orgId: string; kpis: Section<'kpis'>; board: boolean }) {
  const { t } = useTranslation();
  const { summary } = kpis;
  return (
    <HomeCard
      title={t('boordtabel.kpis.title')}
      period={t('boordtabel.kpis.period')}
      to={`/o/${orgId}/${board ? 'board' : 'cockpit'}`}
      tone={summary.redWithoutAction > 0 ? 'attention' : undefined}
    >
      {summary.total === 0 ? (
        <Text size="sm">{t('boordtabel.kpis.none')}</Text>
      ) : (
        <>
          <Text size="sm" fw={600}>
            {t('boordtabel.kpis.lights', { green: summary.green, amber: summary.amber, red: summary.red })}
          </Text>
          {board && (
            <CardList>
              {kpis.perspectives.map((p) => (
                <Group key={p.perspective} component="li" justify="space-between">
                  <Text size="sm">{t(`performance.perspectives.${p.perspective}`)}</Text>
                  <Text size="sm">{t('boordtabel.kpis.lights', { green: p.green, amber: p.amber, red: p.red })}</Text>
                </Group>
              ))}
            </CardList>
          )}
          {kpis.red.length === 0 ? (
            <Text size="sm">{t('boordtabel.kpis.noneRed')}</Text>
          ) : (
            <CardList>
              {kpis.red.map((k) => (
                <Group key={k.id} component="li" justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Anchor component={Link} to={`/o/${orgId}/kpis/${k.id}`} size="sm" fw={600}>
                      {kpiName(k)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatPeriod(k.period)}
                    </Text>
                  </div>
                  <Badge
                    color="red"
                    variant={k.redWithoutAction ? 'filled' : 'light'}
                    size="sm"
                    style={{ flexShrink: 0 }}
                  >
                    {k.redWithoutAction ? t('boordtabel.kpis.redWithoutAction') : t('boordtabel.kpis.red')}
                  </Badge>
                </Group>
              ))}
              {summary.red > kpis.red.length && (
                <Text component="li" size="xs" c="dimmed">
                  {t('boordtabel.more', { count: summary.red - kpis.red.length })}
                </Text>
              )}
            </CardList>
          )}
        </>
      )}
    </HomeCard>
  );
}

export function SurveyCard({ orgId, survey }: { orgId: string; survey: HomeAnswer['survey'] }) {
  const { t } = useTranslation();
  if (!survey)
    return (
      <HomeCard title={t('boordtabel.survey.title')} period={t('boordtabel.survey.none')} to={`/o/${orgId}/surveys`} />
    );
  const figures = [
    t('boordtabel.survey.responses', { count: survey.responses }),
    survey.responseRate !== null &&
      t('boordtabel.survey.responseRate', { percent: formatPercent(survey.responseRate) }),
    survey.satisfaction !== null &&
      t('boordtabel.survey.satisfaction', { value: formatNumber(survey.satisfaction, 0) }),
    survey.nps !== null && t('boordtabel.survey.nps', { value: formatNumber(survey.nps, 0) }),
  ].filter(Boolean);
  return (
    <HomeCard
      title={t('boordtabel.survey.title')}
      period={t('boordtabel.survey.period', { title: survey.title, period: formatPeriod(survey.period) })}
      to={`/o/${orgId}/surveys/${survey.surveyId}/results`}
    >
      <Text size="sm">{figures.join(' · ')}</Text>
    </HomeCard>
  );
}

export function CafCard({ orgId, caf }: { orgId: string; caf: HomeAnswer['caf'] }) {
  const { t } = useTranslation();
  if (!caf)
    return <HomeCard title={t('boordtabel.caf.title')} period={t('boordtabel.caf.none')} to={`/o/${orgId}/caf`} />;
  return (
    <HomeCard
      title={t('boordtabel.caf.title')}
      period={t('boordtabel.caf.period', { name: caf.name, date: formatDate(caf.day) })}
      to={`/o/${orgId}/caf/${caf.id}/results`}
    >
      <Text size="sm">{t('boordtabel.caf.mean', { value: formatNumber(caf.mean, 0), count: caf.subcriteria })}</Text>
    </HomeCard>
  );
}
