import { Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintSummary } from '../../../modules/complaints/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { complaintsQuery } from '../api.ts';
import { ComplaintFrame } from '../components/ComplaintFrame.tsx';
import { DeadlineRules } from '../components/DeadlineRules.tsx';
import { Figures } from '../components/Figures.tsx';
import { PublicLink } from '../components/PublicLink.tsx';
import { RegisterDialog } from '../components/RegisterDialog.tsx';
import { StageBadge } from '../components/StageBadge.tsx';

/** The complaints register: figures, the complaints the caller sees, and (for those who handle) deadlines and the public link. */
export function ComplaintListPage() {
  const { t } = useTranslation();
  const [registering, setRegistering] = useState(false);
  return (
    <ComplaintFrame
      title={t('complaints.title')}
      needs={['complaints.register', 'complaints.figures']}
      actions={({ can }) =>
        can('complaints.register') && <Button onClick={() => setRegistering(true)}>{t('complaints.register')}</Button>
      }
    >
      {({ orgId, can }) => (
        <Stack gap="lg">
          {can('complaints.figures') && <Figures orgId={orgId} />}
          {can('complaints.register') && <Register orgId={orgId} />}
          {can('complaints.manage') && <DeadlineRules orgId={orgId} />}
          {can('complaints.manage') && <PublicLink orgId={orgId} />}
          {registering && <RegisterDialog orgId={orgId} onClose={() => setRegistering(false)} />}
        </Stack>
      )}
    </ComplaintFrame>
  );
}

function Register({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const list = useQuery(complaintsQuery(orgId));
  if (!list.data) return <QueryState error={list.error} />;
  const columns: Column<ComplaintSummary>[] = [
    // The subject names the row, so it comes first and stays in view when the register scrolls sideways.
    linkColumn({
      key: 'subject',
      header: t('complaints.subject'),
      text: (c) => c.subject,
      to: (c) => `/o/${orgId}/complaints/${c.id}`,
    }),
    { key: 'received', header: t('complaints.received'), value: (c) => c.receivedOn, format: 'date' },
    { key: 'kind', header: t('complaints.kindLabel'), value: (c) => t(`complaints.kind.${c.kind}`) },
    {
      key: 'about',
      header: t('complaints.aboutKindLabel'),
      value: (c) => c.client?.name || c.about || t(`complaints.aboutKind.${c.aboutKind}`),
    },
    { key: 'answerDue', header: t('complaints.answerDue'), value: (c) => c.answerDue, format: 'date' },
    {
      key: 'stage',
      header: t('complaints.stageLabel'),
      value: (c) => c.stage,
      render: (c) => <StageBadge complaint={c} />,
    },
    {
      key: 'outcome',
      header: t('complaints.outcomeLabel'),
      value: (c) => (c.outcome ? t(`complaints.outcome.${c.outcome}`) : null),
    },
  ];
  return (
    <DataTable
      caption={t('complaints.caption')}
      rows={list.data.items}
      rowKey={(c) => c.id}
      columns={columns}
      empty={t('complaints.empty')}
      stickyFirstColumn
      minWidth={900}
      maxHeight="70vh"
    />
  );
}
