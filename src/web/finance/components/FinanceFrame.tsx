import { Select } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../components/context.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { canManageFinance, canReadFinance } from '../access.ts';
import { useFinanceYear } from './useFinanceYear.ts';

export interface FinanceContext {
  orgId: string;
  year: number;
  setYear: (year: number) => void;
  /** Link to another finance page, keeping the year. */
  href: (page: string) => string;
  canManage: boolean;
  ready: boolean;
  importYears: number[];
}

/**
 * The frame of every finance page (see PageFrame) with the fiscal-year selector ("Boekjaar") beside
 * the title. The page body gets the year and the manage right.
 */
export function FinanceFrame({
  title,
  page,
  children,
  actions,
  showYear = true,
}: {
  title: string;
  page: string;
  children: (context: FinanceContext) => ReactNode;
  actions?: ReactNode;
  showYear?: boolean;
}) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  const readable = canReadFinance(membership);
  const orgId = membership.orgId;
  const { year, setYear, years, ready, importYears } = useFinanceYear(orgId, readable);
  const href = (target: string) => `/o/${orgId}/finance${target ? `/${target}` : ''}?year=${year}`;
  const context: FinanceContext = {
    orgId,
    year,
    setYear,
    href,
    canManage: canManageFinance(membership),
    ready,
    importYears,
  };
  const yearSelect = showYear && (
    <Select
      label={t('finance.year')}
      data={years.map(String)}
      value={String(year)}
      onChange={(value) => value && setYear(Number(value))}
      allowDeselect={false}
      w={130}
    />
  );
  return (
    <PageFrame
      title={title}
      needs={['finance.read']}
      crumbs={page ? [{ to: href(''), label: t('finance.nav.group') }] : null}
      actions={
        <>
          {actions}
          {yearSelect}
        </>
      }
    >
      {() => children(context)}
    </PageFrame>
  );
}

/**
 * A finance page: `Body` in the FinanceFrame under the translated `title`. A body whose state belongs to
 * one year (`perYear`: an edited model, a scenario) is mounted afresh when the year changes.
 */
export function financePage(
  options: { title: string; page: string; perYear?: boolean; showYear?: boolean },
  Body: ComponentType<FinanceContext>,
) {
  return function FinancePage() {
    const { t } = useTranslation();
    return (
      <FinanceFrame title={t(options.title)} page={options.page} showYear={options.showYear}>
        {(context) => <Body key={options.perYear ? context.year : undefined} {...context} />}
      </FinanceFrame>
    );
  };
}
