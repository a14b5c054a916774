import { Alert, Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BANDS, CRITERIA, subcriterion } from '../../../modules/caf/model.ts';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useOrg } from '../../components/context.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import { refreshCaf, reportUrl, resultsQuery, subParams } from '../api.ts';
import { RoundState } from '../components/RoundState.tsx';
import { CafFrame, type CafContext } from '../components/CafFrame.tsx';
import { RadarChart } from '../components/RadarChart.tsx';
import type { Results } from '../../../modules/caf/schema.ts';

const num = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? '—' : formatNumber(v, digits);
const signed = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 1)}`;
const deltaColor = (v: number | null | undefined) => (!v ? undefined : v > 0 ? 'teal.8' : 'red.8');

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} c="blue.8">
        {value}
      </Text>
      {note && <Text size="sm">{note}</Text>}
    </Paper>
  );
}

function ImprovementPoint({ ctx, r, item }: { ctx: CafContext; r: Results; item: Results['subcriteria'][number] }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const make = useMutation({
    mutationFn: () =>
      call(
        client.POST('/orgs/{orgId}/caf/assessments/{assessmentId}/consensus/{subcriterion}/action', {
          params: subParams(ctx.orgId, r.assessment.id, item.code),
          body: {},
        }),
      ),
    onSuccess: () => refreshCaf(ctx.orgId),
  });
  const actions = item.actions.length
    ? item.actions
    : make.data
      ? [{ id: make.data.id, title: make.data.title, status: 'plan', dueDate: null }]
      : [];
  return (
    <Paper withBorder p="sm" radius="md" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={4}>
        <Text fw={600}>
          {item.code} {subcriterion(item.code)!.title[lang]}{' '}
          <Text span c="dimmed" size="sm">
            · {t('caf.score.score')} {item.score ?? '—'}
          </Text>
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {item.improvements}
        </Text>
        <Group gap="sm">
          {actions.map((x) => (
            <Group key={x.id} gap={6}>
              <Badge variant="light" color="teal">
                {t('caf.results.actionExists')}
              </Badge>
              <Anchor component={Link} to={`/o/${ctx.orgId}/actions/${x.id}`} size="sm">
                {x.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                ({t(`caf.results.actionStatus.${x.status}`, { defaultValue: x.status })})
              </Text>
            </Group>
          ))}
          {!actions.length && ctx.can('performance.manage') && (
            <Button
              size="xs"
              onClick={() => make.mutate()}
              loading={make.isPending}
              aria-label={t('caf.results.makeActionFor', { code: item.code })}
            >
              {t('caf.results.makeAction')}
            </Button>
          )}
          {!actions.length && !ctx.can('performance.manage') && (
            <Text size="sm" c="dimmed">
              {t('caf.results.noAction')}
            </Text>
          )}
        </Group>
        <ErrorAlert error={make.error} />
      </Stack>
    </Paper>
  );
}

function ResultsView({ ctx, r }: { ctx: CafContext; r: Results }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const cmp = r.comparison;
  const series = [
    { name: r.assessment.name, values: r.radar.current },
    ...(cmp && r.radar.previous ? [{ name: cmp.previous.name, values: r.radar.previous, dashed: true }] : []),
  ];
  const points = r.subcriteria.filter((s) => s.improvements.trim());
  const band = (kind: 'enabler' | 'result', index: number | null) =>
    index === null ? '—' : BANDS[kind][index]!.short[lang];
  return (
    <Stack gap="lg">
      {r.provisional && (
        <Alert color="orange" variant="light">
          {t('caf.results.provisional')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label={t('caf.results.overall')} value={num(r.overall)} note={t('caf.results.overallNote')} />
        <Figure
          label={t('caf.results.previous')}
          value={cmp ? num(cmp.overall.previous) : '—'}
          note={
            cmp
              ? `${cmp.previous.name}${cmp.previous.finishedOn ? ` (${formatDate(cmp.previous.finishedOn)})` : ''}`
              : t('caf.results.noPrevious')
          }
        />
        <Figure label={t('caf.results.change')} value={cmp ? signed(cmp.overall.delta) : '—'} />
      </SimpleGrid>
      <Section title={t('caf.results.perCriterion')}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <RadarChart label={t('caf.results.radarLabel')} series={series} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Caption>{t('caf.results.criteriaCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('caf.results.criterion')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('caf.score.score')}
                    </Table.Th>
                    <Table.Th scope="col">{t('caf.consensus.band')}</Table.Th>
                    {cmp && (
                      <>
                        <Table.Th scope="col" ta="right">
                          {t('caf.results.prev')}
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('caf.results.change')}
                        </Table.Th>
                      </>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.criteria.map((c, i) => (
                    <Table.Tr key={c.criterion}>
                      <Table.Th scope="row" fw={400}>
                        {c.criterion}. {CRITERIA[i]!.short[lang]}
                      </Table.Th>
                      <Table.Td ta="right" fw={600}>
                        {num(c.score)}
                      </Table.Td>
                      <Table.Td>{band(c.kind, c.band)}</Table.Td>
                      {cmp && (
                        <>
                          <Table.Td ta="right">{num(cmp.criteria[i]!.previous)}</Table.Td>
                          <Table.Td ta="right" c={deltaColor(cmp.criteria[i]!.delta)}>
                            {signed(cmp.criteria[i]!.delta)}
                          </Table.Td>
                        </>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Grid.Col>
        </Grid>
      </Section>
      <Section title={t('caf.results.improvementPoints')}>
        <Text size="sm" c="dimmed">
          {t('caf.results.improvementHelp')}
        </Text>
        {points.length ? (
          <Stack gap="xs" component="ul" p={0} m={0}>
            {points.map((p) => (
              <ImprovementPoint key={p.code} ctx={ctx} r={r} item={p} />
            ))}
          </Stack>
        ) : (
          <Text>{t('caf.results.noPoints')}</Text>
        )}
      </Section>
      <Section title={t('caf.results.allSubcriteria')}>
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t('caf.results.subCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('caf.results.code')}</Table.Th>
                <Table.Th scope="col">{t('caf.results.subcriterion')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('caf.score.score')}
                </Table.Th>
                <Table.Th scope="col">{t('caf.consensus.band')}</Table.Th>
                {cmp && (
                  <>
                    <Table.Th scope="col" ta="right">
                      {t('caf.results.prev')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('caf.results.change')}
                    </Table.Th>
                  </>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.subcriteria.map((s) => {
                const d = cmp?.subcriteria.find((x) => x.code === s.code);
                return (
                  <Table.Tr key={s.code}>
                    <Table.Th scope="row">{s.code}</Table.Th>
                    <Table.Td>
                      {s.kind === 'result' ? `${CRITERIA[s.criterion - 1]!.short[lang]}: ` : ''}
                      {subcriterion(s.code)!.title[lang]}
                    </Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {num(s.score, 0)}
                    </Table.Td>
                    <Table.Td>{band(s.kind, s.band)}</Table.Td>
                    {cmp && (
                      <>
                        <Table.Td ta="right">{num(d?.previous, 0)}</Table.Td>
                        <Table.Td ta="right" c={deltaColor(d?.delta)}>
                          {signed(d?.delta)}
                        </Table.Td>
                      </>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>
    </Stack>
  );
}

/** /o/:orgId/caf/:assessmentId/results — radar per criterion, comparison, improvement points that become actions, the PDF report. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { membership } = useOrg();
  const { assessmentId = '' } = useParams();
  const results = useQuery(resultsQuery(membership.orgId, assessmentId));
  if (!results.data) return <RoundState error={results.error} title={t('caf.results.heading')} />;
  const r = results.data;
  const canPdf = membership.permissions.includes('performance.read');
  return (
    <CafFrame
      title={t('caf.results.title', { name: r.assessment.name })}
      needs={['performance.read', 'caf.score']}
      crumbs={[{ to: `/o/${membership.orgId}/caf/${assessmentId}`, label: r.assessment.name }]}
      actions={
        canPdf && (
          <Button component="a" href={reportUrl(membership.orgId, assessmentId)} download variant="default">
            {t('caf.results.pdf')}
          </Button>
        )
      }
    >
      {(ctx) => <ResultsView ctx={ctx} r={r} />}
    </CafFrame>
  );
}
