import { Anchor, Button, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatDateTime, formatPeriod } from '../../format.ts';
import { formatKpiValue, nameOf } from '../components/kpi-format.ts';
import { LightBadge } from '../components/LightBadge.tsx';
import { type Board as BoardData, type BoardKpi, boardQuery } from '../kpi-api.ts';
import '../components/performance-kpi.css';

type Red = BoardData['reds'][number];

/** The board is printed: its tables show every row instead of scrolling them. */
const PRINTED = 'none';

/** The latest value and its target, in the KPI's unit: the figures both board tables show. */
function figureColumns<Row extends BoardKpi>(t: TFunction, valueBadge?: ReactNode): Column<Row>[] {
  const fmt = (row: Row, n: number | null | undefined) => formatKpiValue(n, row.unit, row.decimals);
  return [
    {
      key: 'value',
      header: t('performance.kpi.chartValue'),
      value: (k) => k.latest?.value,
      align: 'right',
      render: (k) => (
        <>
          {fmt(k, k.latest?.value)} {valueBadge}
        </>
      ),
    },
    {
      key: 'target',
      header: t('performance.targets.target'),
      value: (k) => k.latest?.target,
      align: 'right',
      render: (k) => fmt(k, k.latest?.target),
    },
  ];
}

function Board({ orgId, href }: PageContext) {
  const { t, i18n } = useTranslation();
  const board = useQuery(boardQuery(orgId));
  if (!board.data) return <QueryState error={board.error} />;
  const b = board.data;
  const name = (k: BoardKpi) => nameOf(k, i18n.language);
  const redColumns: Column<Red>[] = [
    {
      key: 'name',
      header: t('performance.kpi.name'),
      value: name,
      rowHeader: true,
      render: (r) => (
        <>
          <Anchor component={Link} to={href(`kpis/${r.id}`)}>
            {name(r)}
          </Anchor>
          <Text size="xs" c="dimmed">
            {r.latest && formatPeriod(r.latest.period)}
          </Text>
        </>
      ),
    },
    ...figureColumns<Red>(t, <LightBadge light="red" size="sm" short />),
    {
      key: 'note',
      header: t('performance.kpi.note'),
      render: (r) => (
        <Text span style={{ whiteSpace: 'pre-wrap' }}>
          {r.note || (
            <Text span c="orange.9" fw={600}>
              {t('performance.flags.noteMissing')}
            </Text>
          )}
        </Text>
      ),
    },
    {
      key: 'actions',
      header: t('performance.kpi.actions'),
      render: (r) =>
        r.actions.length === 0 ? (
          <Text span c="red.8" fw={600}>
            {t('performance.flags.noAction')}
          </Text>
        ) : (
          <List size="sm">
            {r.actions.map((a) => (
              <List.Item key={a.id}>
                {a.title} ({t(`performance.actionStatus.${a.status}`, { defaultValue: a.status })}
                {a.dueDate ? `, ${formatDate(a.dueDate)}` : ''})
              </List.Item>
            ))}
          </List>
        ),
    },
  ];
  const kpiColumns: Column<BoardKpi>[] = [
    {
      key: 'name',
      header: t('performance.kpi.name'),
      value: name,
      rowHeader: true,
      render: (k) => (
        <>
          {name(k)}{' '}
          <Text span size="xs" c="dimmed">
            {k.latest && formatPeriod(k.latest.period)}
          </Text>
        </>
      ),
    },
    ...figureColumns<BoardKpi>(t),
    {
      key: 'light',
      header: t('performance.kpi.light'),
      render: (k) => <LightBadge light={k.latest?.light ?? null} size="sm" short />,
    },
  ];
  return (
    <Stack gap="lg" className="sb-board">
      <Text className="sb-print-only">
        {b.organisation} · {formatDate(new Date())}
      </Text>
      <Text>
        {t('performance.cockpit.summary', { ...b.summary })}
        {b.computedAt && ` · ${t('performance.cockpit.computedAt', { at: formatDateTime(b.computedAt) })}`}
      </Text>
      <Section title={t('performance.board.reds', { count: b.reds.length })}>
        <DataTable
          caption={t('performance.board.redsCaption')}
          rows={b.reds}
          rowKey={(r) => r.id}
          columns={redColumns}
          empty={t('performance.board.noReds')}
          maxHeight={PRINTED}
        />
      </Section>
      <Stack gap="lg">
        {b.perspectives
          .filter((p) => p.kpis.length > 0)
          .map((p) => (
            <Section key={p.perspective} title={t(`performance.perspectives.${p.perspective}`)}>
              <Text size="sm">{t('performance.board.counts', p.counts)}</Text>
              <DataTable
                caption={t('performance.board.caption', {
                  perspective: t(`performance.perspectives.${p.perspective}`),
                })}
                rows={p.kpis}
                rowKey={(k) => k.id}
                columns={kpiColumns}
                maxHeight={PRINTED}
              />
            </Section>
          ))}
      </Stack>
    </Stack>
  );
}

/** `/o/:orgId/board`: read-only summary for the board, printable. */
export function BoardPage() {
  const { t } = useTranslation();
  return (
    <PageFrame
      title={t('performance.board.title')}
      needs={['performance.read']}
      actions={
        <Button className="sb-no-print" onClick={() => window.print()}>
          {t('performance.board.print')}
        </Button>
      }
    >
      {(c) => <Board {...c} />}
    </PageFrame>
  );
}
