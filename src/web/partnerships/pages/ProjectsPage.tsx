import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needsAttention } from '../../../modules/partnerships/logic/funding.ts';
import type { Project } from '../../../modules/partnerships/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { useRemoval } from '../../components/useRemoval.tsx';
import { partnershipCalls, projectsQuery, refreshPartnerships } from '../api.ts';
import { STATE_COLOR } from '../components/labels.ts';
import { ProjectDialog } from '../components/ProjectDialog.tsx';

/** The innovation projects: funding, objectives, the continuation warning; add and change them. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Project | null | undefined>(undefined);
  return (
    <PageFrame
      title={t('partnerships.projects.title')}
      needs={['partnerships.read']}
      actions={({ can }) =>
        can('partnerships.manage') && <Button onClick={() => setEditing(null)}>{t('partnerships.projects.add')}</Button>
      }
    >
      {({ orgId, can }) => (
        <Stack gap="md">
          <Text c="dimmed">{t('partnerships.projects.intro')}</Text>
          <Projects orgId={orgId} onEdit={can('partnerships.manage') ? setEditing : null} />
          {editing !== undefined && (
            <ProjectDialog orgId={orgId} project={editing} onClose={() => setEditing(undefined)} />
          )}
        </Stack>
      )}
    </PageFrame>
  );
}

function Projects({ orgId, onEdit }: { orgId: string; onEdit: ((p: Project) => void) | null }) {
  const { t } = useTranslation();
  const projects = useQuery(projectsQuery(orgId));
  const removal = useRemoval<Project>({
    name: (p) => p.name,
    question: (name) => t('partnerships.projects.removeConfirm', { name }),
    remove: async (p) => {
      await partnershipCalls.deleteProject(orgId, p.id);
      await refreshPartnerships(orgId);
    },
  });
  if (!projects.data) return <QueryState error={projects.error} />;
  const warnings = projects.data.items.filter((p) => needsAttention(p.state)).length;
  const columns: Column<Project>[] = [
    { key: 'name', header: t('partnerships.projects.name'), value: (p) => p.name, rowHeader: true },
    { key: 'funder', header: t('partnerships.projects.funder'), value: (p) => p.funder || null },
    { key: 'amount', header: t('partnerships.projects.amount'), value: (p) => p.amountCents, format: 'moneyCents' },
    { key: 'start', header: t('partnerships.projects.fundingStart'), value: (p) => p.fundingStart, format: 'date' },
    { key: 'end', header: t('partnerships.projects.fundingEnd'), value: (p) => p.fundingEnd, format: 'date' },
    {
      key: 'objectives',
      header: t('partnerships.projects.objectives'),
      value: (p) => p.objectives.map((o) => o.title).join(', ') || null,
    },
    {
      key: 'state',
      header: t('partnerships.projects.state'),
      value: (p) => t(`partnerships.fundingState.${p.state}`),
      render: (p) => (
        <Badge color={STATE_COLOR[p.state]} variant="light">
          {t(`partnerships.fundingState.${p.state}`)}
        </Badge>
      ),
    },
    ...(onEdit
      ? [
          {
            key: 'edit',
            header: t('partnerships.projects.edit'),
            render: (p: Project) => (
              <Group gap={4} wrap="nowrap">
                <RowButton label={t('partnerships.projects.editName', { name: p.name })} onClick={() => onEdit(p)}>
                  {t('partnerships.projects.edit')}
                </RowButton>
                {removal.button(p)}
              </Group>
            ),
          },
        ]
      : []),
  ];
  return (
    <Stack gap="md">
      {removal.dialog}
      {warnings > 0 && (
        <Alert color="orange" role="status">
          {t('partnerships.projects.warnings', { count: warnings })}
        </Alert>
      )}
      <DataTable
        caption={t('partnerships.projects.caption')}
        rows={projects.data.items}
        rowKey={(p) => p.id}
        columns={columns}
        empty={t('partnerships.projects.empty')}
        minWidth={900}
      />
    </Stack>
  );
}
