import { Alert, Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { subcriterion } from '../../../modules/caf/model.ts';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useOrg } from '../../components/context.ts';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import { refreshCaf, reportUrl, resultsQuery, subParams } from '../api.ts';
import { RoundFrame, type RoundBodyProps } from '../components/RoundFrame.tsx';
import type { CafContext } from '../components/CafFrame.tsx';
import { RadarChart } from '../components/RadarChart.tsx';
import { CriteriaTable, num, signed, SubcriteriaTable } from '../components/ResultsTables.tsx';
import type { Results } from '../../../modules/caf/schema.ts';

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

function ResultsView({ ctx, data: r }: RoundBodyProps<Results>) {
  const { t } = useTranslation();
  const cmp = r.comparison;
  const series = [
    { name: r.assessment.name, values: r.radar.current },
    ...(cmp && r.radar.previous ? [{ name: cmp.previous.name, values: r.radar.previous, dashed: true }] : []),
  ];
  const points = r.subcriteria.filter((s) => s.improvements.trim());
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
            <CriteriaTable r={r} />
          </Grid.Col>
        </Grid>
      </Section>
      <Section title={t('caf.results.improvementPoints')} intro={t('caf.results.improvementHelp')}>
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
        <SubcriteriaTable r={r} />
      </Section>
    </Stack>
  );
}

/** /o/:orgId/caf/:assessmentId/results — radar per criterion, comparison, improvement points that become actions, the PDF report. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { membership } = useOrg();
  const canPdf = membership.permissions.includes('performance.read');
  return (
    <RoundFrame
      query={resultsQuery}
      heading="caf.results.heading"
      title="caf.results.title"
      needs={['performance.read', 'caf.score']}
      actions={(_, at) =>
        canPdf && (
          <Button component="a" href={reportUrl(at.orgId, at.assessmentId)} download variant="default">
            {t('caf.results.pdf')}
          </Button>
        )
      }
      body={ResultsView}
    />
  );
}
