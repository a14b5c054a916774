import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/calendar.ts';
import type { BoardPack } from '../../../modules/governance/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { StatTile } from '../../components/StatTile.tsx';
import { formatNumber } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import { boardPackPdfUrl, boardPackQuery } from '../api.ts';

/** The board pack for a meeting date: the KPI lights, decisions due, partnerships to review, projects without a plan; as PDF. */
export function BoardPackPage() {
  const { t } = useTranslation();
  const [meeting, setMeeting] = useState(today());
  return (
    <PageFrame title={t('governance.pack.title')} needs={['governance.read']}>
      {({ orgId, href }) => (
        <Stack gap="lg">
          <Text c="dimmed">{t('governance.pack.intro')}</Text>
          <Group align="flex-end" gap="md">
            <DateField
              label={t('governance.pack.meeting')}
              value={meeting}
              onChange={(v) => v && setMeeting(v)}
              required
              w={200}
            />
            <Button component="a" href={boardPackPdfUrl(orgId, meeting)} download variant="default">
              {t('governance.pack.pdf')}
            </Button>
          </Group>
          <Pack orgId={orgId} meeting={meeting} href={href} />
        </Stack>
      )}
    </PageFrame>
  );
}

function Pack({ orgId, meeting, href }: { orgId: string; meeting: string; href: (path: string) => string }) {
  const { t } = useTranslation();
  const pack = useQuery(boardPackQuery(orgId, meeting));
  if (!pack.data) return <QueryState error={pack.error} inline />;
  const p = pack.data;
  const en = currentLocale() === 'en';
  type Red = BoardPack['board']['reds'][number];
  const redColumns: Column<Red>[] = [
    {
      key: 'kpi',
      header: t('governance.pack.kpi'),
      value: (k) => `${k.code} ${en ? k.nameEn : k.nameNl}`,
      rowHeader: true,
    },
    { key: 'period', header: t('governance.pack.period'), value: (k) => k.latest?.period ?? null },
    {
      key: 'value',
      header: t('governance.pack.value'),
      value: (k) => k.latest?.value ?? null,
      render: (k) => (k.latest ? formatNumber(k.latest.value, k.decimals) : '—'),
      align: 'right',
    },
    { key: 'note', header: t('governance.pack.note'), value: (k) => k.note || null },
    {
      key: 'actions',
      header: t('governance.pack.actions'),
      value: (k) => k.actions.map((a) => a.title).join('; ') || t('governance.pack.noAction'),
    },
  ];
  type Due = BoardPack['decisionsDue'][number];
  const decisionColumns: Column<Due>[] = [
    { key: 'title', header: t('governance.decisions.decision'), value: (d) => d.title, rowHeader: true },
    { key: 'body', header: t('governance.decisions.body'), value: (d) => t(`governance.body.${d.body}`) },
    { key: 'decidedOn', header: t('governance.decisions.decidedOn'), value: (d) => d.decidedOn, format: 'date' },
    { key: 'owner', header: t('governance.decisions.followUpOwner'), value: (d) => d.followUpOwner || null },
    { key: 'followUpOn', header: t('governance.decisions.followUpOn'), value: (d) => d.followUpOn, format: 'date' },
  ];
  type Review = BoardPack['reviews'][number];
  const reviewColumns: Column<Review>[] = [
    linkColumn({
      key: 'partner',
      header: t('partnerships.list.partner'),
      text: (r) => r.partner,
      to: (r) => href(`partnerships/${r.id}`),
    }),
    {
      key: 'decision',
      header: t('partnerships.list.decision'),
      value: (r) => (r.decision ? t(`partnerships.decision.${r.decision}`) : null),
    },
    { key: 'reviewOn', header: t('partnerships.list.reviewOn'), value: (r) => r.reviewOn, format: 'date' },
  ];
  type Project = BoardPack['projects'][number];
  const projectColumns: Column<Project>[] = [
    { key: 'name', header: t('partnerships.projects.name'), value: (x) => x.name, rowHeader: true },
    { key: 'funder', header: t('partnerships.projects.funder'), value: (x) => x.funder || null },
    { key: 'end', header: t('partnerships.projects.fundingEnd'), value: (x) => x.fundingEnd, format: 'date' },
  ];
  const s = p.board.summary;
  return (
    <Stack gap="lg">
      <Section title={t('governance.pack.kpis')}>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <StatTile label={t('governance.pack.total')}>{s.total}</StatTile>
          <StatTile label={t('governance.pack.green')}>{s.green}</StatTile>
          <StatTile label={t('governance.pack.amber')}>{s.amber}</StatTile>
          <StatTile label={t('governance.pack.red')}>{s.red}</StatTile>
        </SimpleGrid>
        <DataTable
          caption={t('governance.pack.redsCaption')}
          rows={p.board.reds}
          rowKey={(k) => k.id}
          columns={redColumns}
          empty={t('governance.pack.noReds')}
        />
      </Section>
      <Section title={t('governance.pack.decisions')}>
        <DataTable
          caption={t('governance.pack.decisionsCaption')}
          rows={p.decisionsDue}
          rowKey={(d) => d.id}
          columns={decisionColumns}
          empty={t('governance.pack.noDecisions')}
        />
      </Section>
      <Section title={t('governance.pack.reviews')}>
        <DataTable
          caption={t('governance.pack.reviewsCaption')}
          rows={p.reviews}
          rowKey={(r) => r.id}
          columns={reviewColumns}
          empty={t('governance.pack.noReviews')}
        />
      </Section>
      <Section title={t('governance.pack.projects')}>
        <DataTable
          caption={t('governance.pack.projectsCaption')}
          rows={p.projects}
          rowKey={(x) => x.id}
          columns={projectColumns}
          empty={t('governance.pack.noProjects')}
        />
      </Section>
    </Stack>
  );
}
