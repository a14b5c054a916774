import { Anchor, Button, Center, Loader, SimpleGrid, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { costPriceQuery, keyFiguresQuery } from '../api.ts';
import { CoverageChart } from '../components/CoverageChart.tsx';
import { Empty } from '../components/Empty.tsx';
import { type FinanceContext, financePage } from '../components/FinanceFrame.tsx';
import { KeyFigureCards } from '../components/KeyFigureCards.tsx';
import { Section } from '../../components/Section.tsx';
import { ServicesTable } from '../components/ServicesTable.tsx';
import { isNoModel } from '../api.ts';

const PAGES = ['ledger', 'accounts', 'model', 'costprice', 'simulator'] as const;

function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="lg" role="status">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** No cost model for the year (or one without services): the way to the model page. */
function NoModel({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Text>{t('finance.overview.noModel')}</Text>
      <Button component={Link} to={to} variant="light">
        {t('finance.overview.toModel')}
      </Button>
    </Stack>
  );
}

function Overview({ orgId, year, href, ready, importYears }: FinanceContext) {
  const { t } = useTranslation();
  const hasLedger = importYears.includes(year);
  const figures = useQuery({ ...keyFiguresQuery(orgId, year), enabled: ready && hasLedger });
  const cost = useQuery({ ...costPriceQuery(orgId, year, 'stepdown'), enabled: ready && hasLedger, retry: false });
  if (!ready) return <Loading />;
  if (importYears.length === 0) {
    return (
      <Empty
        title={t('finance.overview.emptyTitle')}
        text={t('finance.overview.emptyText')}
        to={href('ledger')}
        action={t('finance.overview.toImport')}
      />
    );
  }
  const yearFigures = figures.data?.periods.find((p) => p.period === 'year')?.figures ?? [];
  return (
    <Stack gap="lg">
      {!hasLedger && (
        <Empty
          title={t('finance.overview.noYearTitle', { year })}
          text={t('finance.overview.noYearText')}
          to={href('ledger')}
          action={t('finance.overview.toImport')}
        />
      )}
      {hasLedger && (
        <Section title={t('finance.overview.keyFigures')}>
          {figures.error ? (
            <ErrorAlert error={figures.error} />
          ) : !figures.data ? (
            <Loading />
          ) : (
            <KeyFigureCards figures={yearFigures} />
          )}
        </Section>
      )}
      {hasLedger && (
        <Section
          title={t('finance.overview.costPrice')}
          actions={
            <Anchor component={Link} to={href('costprice')} size="sm">
              {t('finance.overview.toCostPrice')}
            </Anchor>
          }
        >
          {isNoModel(cost.error) ? (
            <NoModel to={href('model')} />
          ) : cost.error ? (
            <ErrorAlert error={cost.error} />
          ) : !cost.data ? (
            <Loading />
          ) : cost.data.services.length === 0 ? (
            <NoModel to={href('model')} />
          ) : (
            <>
              <ServicesTable report={cost.data} compact />
              <Title order={3} size="h4">
                {t('finance.overview.coverage')}
              </Title>
              <CoverageChart report={cost.data} />
            </>
          )}
        </Section>
      )}
      <nav aria-label={t('finance.overview.pages')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {PAGES.map((page) => (
            <Paper key={page} withBorder radius="md" p="md" bg="white">
              <Anchor component={Link} to={href(page)} fw={600}>
                {t(`finance.nav.${page}`)}
              </Anchor>
              <Text size="sm" c="dimmed" mt={4}>
                {t(`finance.overview.about.${page}`)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </nav>
    </Stack>
  );
}

/** `/o/:orgId/finance`: key figures, cost price and coverage per service, links to the sub-pages. */
export const FinanceOverviewPage = financePage({ title: 'finance.overview.title', page: '' }, Overview);
