import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../modules/governance/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { useRemoval } from '../../components/useRemoval.tsx';
import { choicesQuery, decisionsQuery, governanceCalls, refreshGovernance } from '../api.ts';
import { DecisionDialog } from '../components/DecisionDialog.tsx';

/** The decision register; whoever may record a body's decisions adds and changes them. */
export function DecisionsPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('governance.decisions.title')} needs={['governance.read']}>
      {({ orgId }) => <Decisions orgId={orgId} />}
    </PageFrame>
  );
}

function Decisions({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const decisions = useQuery(decisionsQuery(orgId));
  const choices = useQuery(choicesQuery(orgId));
  const [editing, setEditing] = useState<Decision | null | undefined>(undefined);
  const removal = useRemoval<Decision>({
    name: (d) => d.title,
    question: (name) => t('governance.decisions.removeConfirm', { name }),
    remove: async (d) => {
      await governanceCalls.deleteDecision(orgId, d.id);
      await refreshGovernance(orgId);
    },
  });
  if (!decisions.data || !choices.data) return <QueryState error={decisions.error ?? choices.error} />;
  const bodies = choices.data.bodies;
  const linked = (d: Decision) =>
    [
      d.objective && `${t('governance.decisions.objective')}: ${d.objective.name}`,
      d.assessment && `${t('governance.decisions.assessment')}: ${d.assessment.name}`,
      d.project && `${t('governance.decisions.project')}: ${d.project.name}`,
    ]
      .filter(Boolean)
      .join(' · ') || null;
  const columns: Column<Decision>[] = [
    { key: 'decidedOn', header: t('governance.decisions.decidedOn'), value: (d) => d.decidedOn, format: 'date' },
    { key: 'title', header: t('governance.decisions.decision'), value: (d) => d.title, rowHeader: true },
    { key: 'body', header: t('governance.decisions.body'), value: (d) => t(`governance.body.${d.body}`) },
    { key: 'linked', header: t('governance.decisions.linked'), value: linked },
    { key: 'owner', header: t('governance.decisions.followUpOwner'), value: (d) => d.followUpOwner || null },
    { key: 'followUpOn', header: t('governance.decisions.followUpOn'), value: (d) => d.followUpOn, format: 'date' },
    {
      key: 'state',
      header: t('governance.decisions.followUp'),
      value: (d) => (d.followUpDone ? 2 : d.followUpDue ? 0 : d.followUpOn ? 1 : 3),
      render: (d) =>
        d.followUpDone ? (
          <Badge color="teal" variant="light">
            {t('governance.decisions.done')}
          </Badge>
        ) : d.followUpDue ? (
          <Badge color="orange" variant="light">
            {t('governance.decisions.due')}
          </Badge>
        ) : d.followUpOn ? (
          <Badge color="gray" variant="light">
            {t('governance.decisions.open')}
          </Badge>
        ) : (
          '—'
        ),
    },
    {
      key: 'edit',
      header: t('governance.decisions.edit'),
      render: (d) =>
        bodies.includes(d.body) ? (
          <Group gap={4} wrap="nowrap">
            <RowButton label={t('governance.decisions.editName', { name: d.title })} onClick={() => setEditing(d)}>
              {t('governance.decisions.edit')}
            </RowButton>
            {removal.button(d)}
          </Group>
        ) : null,
    },
  ];
  return (
    <Stack gap="md">
      <Text c="dimmed">{t('governance.decisions.intro')}</Text>
      {bodies.length > 0 && (
        <div>
          <Button onClick={() => setEditing(null)}>{t('governance.decisions.add')}</Button>
        </div>
      )}
      {removal.dialog}
      <DataTable
        caption={t('governance.decisions.caption')}
        rows={decisions.data.items}
        rowKey={(d) => d.id}
        columns={columns}
        empty={t('governance.decisions.empty')}
        minWidth={980}
      />
      {editing !== undefined && (
        <DecisionDialog orgId={orgId} decision={editing} choices={choices.data} onClose={() => setEditing(undefined)} />
      )}
    </Stack>
  );
}
