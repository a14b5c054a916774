import { Anchor, Breadcrumbs, Group, Select, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrg } from '../../components/context.ts';
import { MessagePage } from '../../components/MessagePage.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
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
 * The frame of every finance page: permission check, document title, breadcrumbs, the one h1 and
 * the fiscal-year selector ("Boekjaar"). The page body gets the year and the manage right.
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
  usePageTitle(`${title} – ${membership.orgName}`);
  const readable = canReadFinance(membership);
  const orgId = membership.orgId;
  const { year, setYear, years, ready, importYears } = useFinanceYear(orgId, readable);
  if (!readable) return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;
  const href = (target: string) => `/o/${orgId}/finance${target ? `/${target}` : ''}?year=${year}`;
  const context: FinanceContext = { orgId, year, setYear, href, canManage: canManageFinance(membership), ready, importYears };
  return (
    <Stack gap="lg">
      {page && (
        <Breadcrumbs aria-label={t('finance.breadcrumbs')}>
          <Anchor component={Link} to={href('')} size="sm">
            {t('finance.nav.group')}
          </Anchor>
          <span aria-current="page">{title}</span>
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="end" wrap="wrap">
        <Title order={1}>{title}</Title>
        <Group align="end" gap="sm">
          {actions}
          {showYear && (
            <Select
              label={t('finance.year')}
              data={years.map(String)}
              value={String(year)}
              onChange={(value) => value && setYear(Number(value))}
              allowDeselect={false}
              w={130}
            />
          )}
        </Group>
      </Group>
      {children(context)}
    </Stack>
  );
}
