import { Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
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

function JobCarving({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const designer = useQuery(designerQuery(orgId));
  if (!designer.data) return <QueryState error={designer.error} />;
  return (
    <Stack gap="md">
      <Text>{t('jobCarving.intro')}</Text>
      <Tabs defaultValue="inventory" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="inventory">{t('jobCarving.tabs.inventory')}</Tabs.Tab>
          <Tabs.Tab value="designer">{t('jobCarving.tabs.designer')}</Tabs.Tab>
          <Tabs.Tab value="compare">{t('jobCarving.tabs.compare')}</Tabs.Tab>
          <Tabs.Tab value="matching">{t('jobCarving.tabs.matching')}</Tabs.Tab>
          <Tabs.Tab value="people">{t('jobCarving.tabs.people')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inventory" pt="md">
          <Inventory orgId={orgId} designer={designer.data} />
        </Tabs.Panel>
        <Tabs.Panel value="designer" pt="md">
          <Designer orgId={orgId} designer={designer.data} />
        </Tabs.Panel>
        <Tabs.Panel value="compare" pt="md">
          <Compare proposals={designer.data.proposals} />
        </Tabs.Panel>
        <Tabs.Panel value="matching" pt="md">
          <Matching orgId={orgId} designer={designer.data} />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="md">
          <CandidatesVacancies orgId={orgId} designer={designer.data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
