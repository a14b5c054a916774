import { Anchor, Button, List, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { formatKpiValue, nameOf } from '../components/kpi-format.ts';
import { LightBadge } from '../components/LightBadge.tsx';
import { boardQuery } from '../kpi-api.ts';
import '../components/performance-kpi.css';

function Board({ orgId, href }: PageContext) {
  const { t, i18n } = useTranslation();
  const board = useQuery(boardQuery(orgId));
  if (!board.data) return <QueryState error={board.error} />;
  const b = board.data;
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
        {b.reds.length === 0 ? (
          <Text>{t('performance.board.noReds')}</Text>
        ) : (
          <Table withTableBorder>
            <Table.Caption>{t('performance.board.redsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('performance.kpi.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('performance.kpi.chartValue')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('performance.targets.target')}
                </Table.Th>
                <Table.Th scope="col">{t('performance.kpi.note')}</Table.Th>
                <Table.Th scope="col">{t('performance.kpi.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.reds.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={href(`kpis/${r.id}`)}>
                      {nameOf(r, i18n.language)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {r.latest?.period}
                    </Text>
                  </Table.Th>
                  <Table.Td ta="right">
                    {formatKpiValue(r.latest?.value, r.unit, r.decimals)} <LightBadge light="red" size="sm" short />
                  </Table.Td>
                  <Table.Td ta="right">{formatKpiValue(r.latest?.target, r.unit, r.decimals)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                    {r.note || (
                      <Text span c="orange.9" fw={600}>
                        {t('performance.flags.noteMissing')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.actions.length === 0 ? (
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
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <Stack gap="lg">
        {b.perspectives
          .filter((p) => p.kpis.length > 0)
          .map((p) => (
            <Section key={p.perspective} title={t(`performance.perspectives.${p.perspective}`)}>
              <Text size="sm">{t('performance.board.counts', p.counts)}</Text>
              <Table striped>
                <Table.Caption>
                  {t('performance.board.caption', { perspective: t(`performance.perspectives.${p.perspective}`) })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('performance.kpi.name')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('performance.kpi.chartValue')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('performance.targets.target')}
                    </Table.Th>
                    <Table.Th scope="col">{t('performance.kpi.light')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.kpis.map((k) => (
                    <Table.Tr key={k.id}>
                      <Table.Th scope="row" fw={500}>
                        {nameOf(k, i18n.language)}{' '}
                        <Text span size="xs" c="dimmed">
                          {k.latest?.period}
                        </Text>
                      </Table.Th>
                      <Table.Td ta="right">{formatKpiValue(k.latest?.value, k.unit, k.decimals)}</Table.Td>
                      <Table.Td ta="right">{formatKpiValue(k.latest?.target, k.unit, k.decimals)}</Table.Td>
                      <Table.Td>
                        <LightBadge light={k.latest?.light ?? null} size="sm" short />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
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
