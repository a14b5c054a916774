import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRow, HandbookAnswer } from '../../../modules/handbook/schema.ts';
import { ROLES, type Role } from '../../../modules/orgs/policy.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { approvalsQuery, choicesQuery, type HandbookFilter, handbookPdfUrl, handbookQuery } from '../api.ts';
import { DocumentDialog, ProcessDialog } from '../components/HandbookDialogs.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';

/** The handbook: search, by process, by role; per process its documents; for writers the reviews due and approvals. */
export function HandbookPage() {
  const { t } = useTranslation();
  return (
    <PageFrame
      title={t('handbook.title')}
      needs={['handbook.read']}
      actions={({ orgId }) => (
        <Button component="a" href={handbookPdfUrl(orgId)} download variant="default">
          {t('handbook.overview.pdf')}
        </Button>
      )}
    >
      {({ orgId }) => <Handbook orgId={orgId} />}
    </PageFrame>
  );
}

function Handbook({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<HandbookFilter>({});
  const [dialog, setDialog] = useState<'process' | 'document' | null>(null);
  const overview = useQuery({ ...handbookQuery(orgId, filter), placeholderData: (previous) => previous });
  const data = overview.data;
  const choices = useQuery({ ...choicesQuery(orgId), enabled: Boolean(data?.mayWrite) });
  if (!data) return <QueryState error={overview.error} />;
  const processes = data.processes.filter((p) => !filter.processId || p.id === filter.processId);
  return (
    <Stack gap="lg">
      <Group align="end" wrap="wrap">
        <TextInput
          label={t('handbook.overview.search')}
          type="search"
          defaultValue={filter.q ?? ''}
          onChange={(e) => {
            const q = e.currentTarget.value.trim();
            setFilter((f) => ({ ...f, q: q.length >= 2 ? q : undefined }));
          }}
          w={280}
        />
        <Select
          label={t('handbook.overview.process')}
          placeholder={t('handbook.overview.allProcesses')}
          data={data.processes.map((p) => ({ value: p.id, label: p.name }))}
          value={filter.processId ?? null}
          onChange={(v) => setFilter((f) => ({ ...f, processId: v ?? undefined }))}
          clearable
        />
        <Select
          label={t('handbook.overview.role')}
          placeholder={t('handbook.overview.allRoles')}
          data={ROLES.map((r) => ({ value: r, label: t(`handbook.role.${r}`) }))}
          value={filter.role ?? null}
          onChange={(v) => setFilter((f) => ({ ...f, role: (v as Role | null) ?? undefined }))}
          clearable
        />
        {data.mayWrite && (
          <Group gap="sm" ml="auto">
            <Button variant="default" onClick={() => setDialog('process')}>
              {t('handbook.overview.addProcess')}
            </Button>
            <Button onClick={() => setDialog('document')} disabled={data.processes.length === 0}>
              {t('handbook.overview.addDocument')}
            </Button>
          </Group>
        )}
      </Group>
      {data.mayApprove && <Approvals orgId={orgId} />}
      {data.reviewDue.length > 0 && <ReviewDue orgId={orgId} rows={data.reviewDue} />}
      {data.processes.length === 0 && <Text c="dimmed">{t('handbook.overview.noProcesses')}</Text>}
      {(filter.q || filter.role) && data.documents.length === 0 && (
        <Text c="dimmed">{t('handbook.overview.nothing')}</Text>
      )}
      {processes.map((p) => {
        const rows = data.documents.filter((d) => d.processId === p.id);
        if ((filter.q || filter.role) && rows.length === 0) return null;
        return <ProcessSection key={p.id} orgId={orgId} name={p.name} rows={rows} data={data} />;
      })}
      {dialog === 'process' && <ProcessDialog orgId={orgId} onClose={() => setDialog(null)} />}
      {dialog === 'document' && (
        <DocumentDialog
          orgId={orgId}
          processes={data.processes}
          members={choices.data?.members ?? []}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}

function ProcessSection({
  orgId,
  name,
  rows,
  data,
}: {
  orgId: string;
  name: string;
  rows: DocumentRow[];
  data: HandbookAnswer;
}) {
  const { t } = useTranslation();
  const columns: Column<DocumentRow>[] = [
    linkColumn({
      key: 'title',
      header: t('handbook.overview.document'),
      text: (d) => d.title,
      to: (d) => `/o/${orgId}/handbook/${d.id}`,
    }),
    { key: 'kind', header: t('handbook.overview.kindColumn'), value: (d) => t(`handbook.kind.${d.kind}`) },
    ...(data.mayWrite
      ? [
          {
            key: 'status',
            header: t('handbook.overview.statusColumn'),
            value: (d: DocumentRow) => t(`handbook.status.${d.status}`),
            render: (d: DocumentRow) => <StatusBadge status={d.status} />,
          },
        ]
      : []),
    {
      key: 'version',
      header: t('handbook.overview.version'),
      value: (d) => d.approvedVersion,
      format: 'integer',
      empty: '—',
    },
    { key: 'approvedOn', header: t('handbook.overview.approvedOn'), value: (d) => d.approvedOn, format: 'date' },
    { key: 'owner', header: t('handbook.overview.owner'), value: (d) => d.ownerName },
    ...(data.mayWrite
      ? [
          {
            key: 'reviewOn',
            header: t('handbook.overview.reviewOn'),
            value: (d: DocumentRow) => d.reviewOn,
            format: 'date' as const,
          },
        ]
      : []),
    {
      key: 'read',
      header: t('handbook.overview.read'),
      value: (d) =>
        d.approvedVersion === null ? null : d.readByMe ? t('handbook.overview.readYes') : t('handbook.overview.readNo'),
    },
  ];
  return (
    <Section title={name}>
      <DataTable
        caption={t('handbook.overview.caption', { process: name })}
        rows={rows}
        rowKey={(d) => d.id}
        columns={columns}
        empty={t('handbook.overview.empty')}
      />
    </Section>
  );
}

function ReviewDue({ orgId, rows }: { orgId: string; rows: HandbookAnswer['reviewDue'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('handbook.overview.reviewDue')}>
      <DataTable
        caption={t('handbook.overview.reviewCaption')}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          linkColumn<HandbookAnswer['reviewDue'][number]>({
            key: 'title',
            header: t('handbook.overview.document'),
            text: (r) => r.title,
            to: (r) => `/o/${orgId}/handbook/${r.id}`,
          }),
          { key: 'reviewOn', header: t('handbook.overview.reviewOn'), value: (r) => r.reviewOn, format: 'date' },
        ]}
      />
    </Section>
  );
}

function Approvals({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const approvals = useQuery(approvalsQuery(orgId));
  const items = approvals.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Section title={t('handbook.overview.approvals')}>
      <DataTable
        caption={t('handbook.overview.approvalsCaption')}
        rows={items}
        rowKey={(r) => r.documentId}
        columns={[
          linkColumn<(typeof items)[number]>({
            key: 'title',
            header: t('handbook.overview.document'),
            text: (r) => r.title,
            to: (r) => `/o/${orgId}/handbook/${r.documentId}`,
          }),
          { key: 'version', header: t('handbook.overview.version'), value: (r) => r.version, format: 'integer' },
          { key: 'by', header: t('handbook.overview.createdBy'), value: (r) => r.createdBy },
        ]}
      />
    </Section>
  );
}
