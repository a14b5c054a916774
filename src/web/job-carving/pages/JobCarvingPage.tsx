import { Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Designer as DesignerData } from '../../../modules/job-carving/schema.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { designerQuery } from '../api.ts';
import { CandidatesVacancies } from '../components/CandidatesVacancies.tsx';
import { Compare } from '../components/Compare.tsx';
import { Designer } from '../components/Designer.tsx';
import { Inventory } from '../components/Inventory.tsx';
import { Matching } from '../components/Matching.tsx';

/** Job-carving: the task inventory, the designer, the proposals side by side and the matching (directie, staf). */
export function JobCarvingPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('jobCarving.title')} needs={['jobcarving.manage']}>
      {({ orgId }) => <JobCarving orgId={orgId} />}
    </PageFrame>
  );
}

/** The tabs in their order: the message `jobCarving.tabs.<value>` names each; its panel is mounted when shown. */
const TABS: { value: string; Panel: ComponentType<{ orgId: string; designer: DesignerData }> }[] = [
  { value: 'inventory', Panel: Inventory },
  { value: 'designer', Panel: Designer },
  { value: 'compare', Panel: ({ designer }) => <Compare proposals={designer.proposals} /> },
  { value: 'matching', Panel: Matching },
  { value: 'people', Panel: CandidatesVacancies },
];

function JobCarving({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const designer = useQuery(designerQuery(orgId));
  if (!designer.data) return <QueryState error={designer.error} />;
  return (
    <Stack gap="md">
      <Text>{t('jobCarving.intro')}</Text>
      <Tabs defaultValue="inventory" keepMounted={false}>
        <Tabs.List>
          {TABS.map(({ value }) => (
            <Tabs.Tab key={value} value={value}>
              {t(`jobCarving.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Panel orgId={orgId} designer={designer.data} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
