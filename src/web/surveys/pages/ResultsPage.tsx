import { Alert, Button, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { StatTile } from '../../components/StatTile.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Section } from '../../components/Section.tsx';
import { useOrg } from '../../components/context.ts';
import { formatNumber } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import { resultsQuery, surveysBase } from '../api.ts';
import { HerzbergResults, LikertChart, ServqualResults } from '../components/ResultCharts.tsx';
import { SurveyFrame } from '../components/SurveyFrame.tsx';
import type { QuestionResult, Results, SurveySummary } from '../../../modules/surveys/schema.ts';
import { textIn } from '../texts.ts';

const n1 = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatNumber(x, 1));

/** The results of a survey: every figure only from 5 responses (and per group from 5 in the group). */
export function ResultsPage() {
  const { surveyId = '' } = useParams();
  const { t } = useTranslation();
  const { membership } = useOrg();
  const answer = useQuery(resultsQuery(membership.orgId, surveyId));
  const name = answer.data ? textIn(answer.data.survey.title, currentLocale()) : '';
  if (!answer.data) return <QueryState error={answer.error} />;
  return (
    <SurveyFrame
      title={t('surveys.results.title', { name })}
      crumbs={[{ to: `/o/${membership.orgId}/surveys/${surveyId}`, label: name }]}
      actions={
        <Button
          component="a"
          variant="light"
          href={`${surveysBase(membership.orgId)}/${surveyId}/results/csv?lang=${currentLocale()}`}
          download
        >
          {t('surveys.results.csv')}
        </Button>
      }
    >
      {() => <ResultsView survey={answer.data.survey} results={answer.data.results} />}
    </SurveyFrame>
  );
}

function ResultsView({ results }: { survey: SurveySummary; results: Results }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const f = results.figures;
  const statements = useMemo(
    () =>
      new Map(
        results.questions
          .filter((q) => q.aspect === 'perception' && q.item !== null)
          .map((q) => [q.item!, textIn(q.text, lang).replace(/^\S+ \S+ /, '')]),
      ),
    [results.questions, lang],
  );
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <StatTile
          label={t('surveys.results.responses')}
          note={results.invited ? t('surveys.results.of', { count: results.invited }) : t('surveys.results.noRate')}
        >
          {String(results.responses)}
        </StatTile>
        <StatTile label={t('surveys.results.rate')}>
          {results.responseRate === null ? '—' : `${n1(results.responseRate)} %`}
        </StatTile>
        <StatTile label={t('surveys.results.satisfaction')}>{n1(f?.satisfaction)}</StatTile>
        <StatTile
          label={t('surveys.results.nps')}
          note={
            f?.nps
              ? t('surveys.results.npsDetail', {
                  promoters: f.nps.promoters,
                  passives: f.nps.passives,
                  detractors: f.nps.detractors,
                })
              : undefined
          }
        >
          {n1(f?.nps?.score)}
        </StatTile>
      </SimpleGrid>
      {!results.shown && (
        <Alert color="blue" title={t('surveys.results.rule', { count: results.responses })} role="status">
          {t('surveys.results.ruleHelp')}
        </Alert>
      )}
      {f?.servqual && (
        <Section title={t('surveys.results.servqual')}>
          <ServqualResults servqual={f.servqual} statements={statements} />
        </Section>
      )}
      {f?.herzberg && (
        <Section title={t('surveys.results.herzberg')}>
          <HerzbergResults herzberg={f.herzberg} />
        </Section>
      )}
      {results.shown &&
        results.breakdowns.map((b) => (
          <Section key={b.questionId} title={t('surveys.results.breakdown', { question: textIn(b.text, lang) })}>
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Caption>{t('surveys.results.breakdownCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('surveys.results.groupName')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('surveys.results.responses')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('surveys.results.satisfaction')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('surveys.results.nps')}
                    </Table.Th>
                    {f?.servqual && (
                      <Table.Th scope="col" ta="right">
                        {t('surveys.results.gap')}
                      </Table.Th>
                    )}
                    {f?.herzberg && (
                      <Table.Th scope="col" ta="right">
                        {t('surveys.results.motivators')}
                      </Table.Th>
                    )}
                    {f?.herzberg && (
                      <Table.Th scope="col" ta="right">
                        {t('surveys.results.hygieneFactors')}
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {b.groups.map((g) => (
                    <Table.Tr key={g.option}>
                      <Table.Th scope="row" fw={400}>
                        {textIn(g.label, lang)}
                      </Table.Th>
                      <Table.Td ta="right">{g.responses}</Table.Td>
                      {g.shown && g.figures ? (
                        <>
                          <Table.Td ta="right">{n1(g.figures.satisfaction)}</Table.Td>
                          <Table.Td ta="right">{n1(g.figures.nps?.score)}</Table.Td>
                          {f?.servqual && (
                            <Table.Td ta="right">{formatNumber(g.figures.servqual?.overall ?? 0, 2)}</Table.Td>
                          )}
                          {f?.herzberg && (
                            <Table.Td ta="right">{formatNumber(g.figures.herzberg?.motivators ?? 0, 2)}</Table.Td>
                          )}
                          {f?.herzberg && (
                            <Table.Td ta="right">{formatNumber(g.figures.herzberg?.hygiene ?? 0, 2)}</Table.Td>
                          )}
                        </>
                      ) : (
                        <Table.Td colSpan={2 + (f?.servqual ? 1 : 0) + (f?.herzberg ? 2 : 0)} c="dimmed">
                          {t('surveys.results.tooFew')}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Section>
        ))}
      {results.shown && <QuestionTable questions={results.questions} />}
      {results.shown &&
        results.questions
          .filter((q) => q.kind === 'open')
          .map((q) => (
            <Section key={q.id} title={`${t('surveys.results.openAnswers')}: ${textIn(q.text, lang)}`}>
              {q.openAnswers?.length ? (
                <List spacing={4}>
                  {q.openAnswers.map((a, i) => (
                    <List.Item key={i}>{a}</List.Item>
                  ))}
                </List>
              ) : (
                <Text>{t('surveys.results.noOpenAnswers')}</Text>
              )}
            </Section>
          ))}
    </Stack>
  );
}

/** Every closed question: answers, mean and the distribution as text (the table is the data). */
function QuestionTable({ questions }: { questions: QuestionResult[] }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const label = (q: QuestionResult, value: number) =>
    q.kind === 'single' || q.kind === 'multiple' ? textIn(q.options[value], lang) : String(value);
  // Every closed question, numbered in the survey's order.
  const rows = questions.flatMap((q, i) => (q.kind === 'open' ? [] : [{ n: i + 1, q }]));
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'n', header: '#', value: (r) => r.n, align: 'left' },
    { key: 'question', header: t('surveys.results.question'), value: (r) => textIn(r.q.text, lang), rowHeader: true },
    { key: 'answered', header: t('surveys.results.responses'), value: (r) => r.q.answered, align: 'right' },
    {
      key: 'mean',
      header: t('surveys.results.mean'),
      value: (r) => r.q.mean,
      render: (r) => (r.q.mean === undefined || r.q.mean === null ? '—' : formatNumber(r.q.mean, 2)),
      align: 'right',
    },
    {
      key: 'distribution',
      header: `${t('surveys.results.value')}: ${t('surveys.results.count')}`,
      sortable: false,
      render: (r) => (
        <Text fz="xs">{r.q.distribution?.map((d) => `${label(r.q, d.value)}: ${d.count}`).join(' · ')}</Text>
      ),
    },
  ];
  return (
    <Section title={t('surveys.results.questions')}>
      <LikertChart questions={questions} />
      <DataTable
        caption={t('surveys.results.questions')}
        rows={rows}
        rowKey={(r) => r.q.id}
        columns={columns}
        minWidth={720}
        empty={null}
      />
    </Section>
  );
}
