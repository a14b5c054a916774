import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../modules/social-economy/schema.ts';
import { thisYear } from '../../../lib/calendar.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { StatTile } from '../../components/StatTile.tsx';
import { useRemoval } from '../../components/useRemoval.tsx';
import { formatDate } from '../../format.ts';
import { overviewQuery, refreshSe, reportUrl, seRemove } from '../api.ts';
import { FundingRuleDialog } from '../components/dialogs.tsx';
import { SeFrame } from '../components/SeFrame.tsx';

type Warning = Overview['warnings'][number];
type Rate = Overview['successRates'][number];
type Rule = Overview['fundingRules'][number];

/** `/o/:orgId/social-economy`: key counts, warnings, success rates, funding rules and the yearly report. */
export function OverviewPage() {
  const { t } = useTranslation();
  return (
    <SeFrame title={t('se.title')}>
      {({ orgId, can }) => <Overview_ orgId={orgId} canManage={can('socialeconomy.manage')} />}
    </SeFrame>
  );
}

function Overview_({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const overview = useQuery(overviewQuery(orgId));
  const [rule, setRule] = useState(false);
  const removeRule = useRemoval<Rule>({
    name: (r) => t('se.funding.nameOf', { date: formatDate(r.validFrom) }),
    question: (name) => t('se.funding.removeConfirm', { name }),
    remove: async (r) => {
      await seRemove.fundingRule(orgId, r.id);
      await refreshSe(orgId);
    },
  });
  if (!overview.data) return <QueryState error={overview.error} />;
  const o = overview.data;
  const year = thisYear();
  const warningColumns: Column<Warning>[] = [
    { key: 'worker', header: t('se.workers.name'), value: (w) => w.workerName, rowHeader: true },
    {
      key: 'kind',
      header: t('se.warnings.kind'),
      value: (w) =>
        w.kind === 'phase_end'
          ? t('se.warnings.phaseEnd', { phase: t(`se.phase.${w.phase}`) })
          : t('se.warnings.deadline'),
    },
    { key: 'due', header: t('se.warnings.due'), value: (w) => w.dueOn, format: 'date' },
    {
      key: 'left',
      header: t('se.warnings.daysLeft'),
      value: (w) => w.daysLeft,
      render: (w) =>
        w.daysLeft < 0 ? (
          <Text c="red.8" size="sm">
            {t('se.warnings.overdue', { count: -w.daysLeft })}
          </Text>
        ) : (
          t('se.warnings.days', { count: w.daysLeft })
        ),
    },
  ];
  const rateColumns: Column<Rate>[] = [
    { key: 'partner', header: t('se.partners.one'), value: (r) => r.partnerName ?? t('se.rates.all'), rowHeader: true },
    {
      key: 'year',
      header: t('se.rates.year'),
      value: (r) => (r.year === null ? t('se.rates.allYears') : String(r.year)),
    },
    { key: 'finished', header: t('se.rates.finished'), value: (r) => r.finished, format: 'integer' },
    { key: 'succeeded', header: t('se.rates.succeeded'), value: (r) => r.succeeded, format: 'integer' },
    { key: 'rate', header: t('se.rates.rate'), value: (r) => r.rate, format: 'percent' },
  ];
  const ruleColumns: Column<Rule>[] = [
    { key: 'from', header: t('se.funding.validFrom'), value: (r) => r.validFrom, format: 'date', rowHeader: true },
    { key: 'to', header: t('se.funding.validTo'), value: (r) => r.validTo, format: 'date' },
    { key: 'amount', header: t('se.funding.amount'), value: (r) => r.amountCents, format: 'moneyCents' },
    { key: 'note', header: t('se.funding.note'), value: (r) => r.note || null },
    removeRule.column,
  ];
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <StatTile label={t('se.tiles.partners')}>{o.partners}</StatTile>
        <StatTile label={t('se.tiles.workers')}>{o.workers}</StatTile>
        <StatTile label={t('se.tiles.agreements')}>{o.activeAgreements}</StatTile>
        <StatTile label={t('se.tiles.trajectories')}>{o.runningTrajectories}</StatTile>
      </SimpleGrid>
      <Section title={t('se.warnings.title')}>
        <DataTable
          caption={t('se.warnings.caption')}
          rows={o.warnings}
          rowKey={(w) => `${w.kind}-${w.workerId}`}
          columns={warningColumns}
          empty={t('se.warnings.empty')}
        />
      </Section>
      <Section title={t('se.rates.title')}>
        <DataTable
          caption={t('se.rates.caption')}
          rows={o.successRates}
          rowKey={(r) => `${r.partnerId ?? '*'}-${r.year ?? '*'}`}
          columns={rateColumns}
          empty={t('se.rates.empty')}
        />
      </Section>
      {canManage && (
        <>
          <Section
            title={t('se.funding.title')}
            actions={<Button onClick={() => setRule(true)}>{t('se.funding.add')}</Button>}
            intro={t('se.funding.help')}
          >
            <DataTable
              caption={t('se.funding.caption')}
              rows={o.fundingRules}
              rowKey={(r) => r.id}
              columns={ruleColumns}
              empty={t('se.funding.empty')}
            />
          </Section>
          <Section title={t('se.report.title')}>
            <Text size="sm">{t('se.report.help', { year, date: formatDate(`${year}-12-31`) })}</Text>
            <Group gap="xs">
              <Button
                component="a"
                href={reportUrl(orgId, year, 'pdf')}
                variant="default"
                target="_blank"
                rel="noopener"
              >
                {t('se.report.pdf', { year })}
              </Button>
              <Button component="a" href={reportUrl(orgId, year, 'xlsx')} variant="default" download>
                {t('se.report.xlsx', { year })}
              </Button>
            </Group>
          </Section>
        </>
      )}
      {removeRule.dialog}
      {rule && <FundingRuleDialog orgId={orgId} onClose={() => setRule(false)} />}
    </Stack>
  );
}
