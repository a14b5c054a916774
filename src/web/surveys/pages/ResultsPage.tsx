import { Alert, Button, List, SimpleGrid, Stack, Text } from '@mantine/core';
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
import { BreakdownTable } from '../components/BreakdownTable.tsx';
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
            <BreakdownTable breakdown={b} survey={f} />
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
