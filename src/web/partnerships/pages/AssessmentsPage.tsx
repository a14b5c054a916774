import { Badge, Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { HYBRIDISATIONS, SPHERES, STAGES } from '../../../modules/partnerships/logic/model.ts';
import type { AssessmentSummary } from '../../../modules/partnerships/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useRemoval } from '../../components/useRemoval.tsx';
import { useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { assessmentsQuery, partnershipCalls, refreshPartnerships } from '../api.ts';
import { LEVEL_COLOR } from '../components/labels.ts';

/** The register of partnership assessments, and a new assessment. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <PageFrame
      title={t('partnerships.list.title')}
      needs={['partnerships.read']}
      actions={({ can }) =>
        can('partnerships.manage') && <Button onClick={() => setAdding(true)}>{t('partnerships.list.add')}</Button>
      }
    >
      {({ orgId, href, can }) => (
        <Stack gap="md">
          <Text c="dimmed">{t('partnerships.list.intro')}</Text>
          <Assessments orgId={orgId} href={href} canManage={can('partnerships.manage')} />
          {adding && <NewAssessmentDialog orgId={orgId} href={href} onClose={() => setAdding(false)} />}
        </Stack>
      )}
    </PageFrame>
  );
}

function Assessments({
  orgId,
  href,
  canManage,
}: {
  orgId: string;
  href: (path: string) => string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const list = useQuery(assessmentsQuery(orgId));
  const removal = useRemoval<AssessmentSummary>({
    name: (a) => a.partner,
    question: (name) => t('partnerships.list.removeConfirm', { name }),
    remove: async (a) => {
      await partnershipCalls.deleteAssessment(orgId, a.id);
      await refreshPartnerships(orgId);
    },
  });
  if (!list.data) return <QueryState error={list.error} />;
  const columns: Column<AssessmentSummary>[] = [
    linkColumn({
      key: 'partner',
      header: t('partnerships.list.partner'),
      text: (a) => a.partner,
      to: (a) => href(`partnerships/${a.id}`),
    }),
    { key: 'sphere', header: t('partnerships.list.sphere'), value: (a) => t(`partnerships.sphere.${a.sphere}`) },
    { key: 'stage', header: t('partnerships.list.stage'), value: (a) => t(`partnerships.stage.${a.stage}`) },
    {
      key: 'risk',
      header: t('partnerships.list.highestRisk'),
      value: (a) => a.highestRisk?.score ?? null,
      render: (a) =>
        a.highestRisk ? (
          <Badge color={LEVEL_COLOR[a.highestRisk.level]} variant="light">
            {t(`partnerships.risk.${a.highestRisk.risk}`)} ({a.highestRisk.score})
          </Badge>
        ) : (
          '—'
        ),
    },
    {
      key: 'decision',
      header: t('partnerships.list.decision'),
      value: (a) => (a.decision ? t(`partnerships.decision.${a.decision}`) : t('partnerships.list.undecided')),
    },
    {
      key: 'review',
      header: t('partnerships.list.reviewOn'),
      value: (a) => a.reviewOn,
      format: 'date',
      render: (a) =>
        a.reviewDue ? (
          <Badge color="orange" variant="light">
            {t('partnerships.list.reviewDue')}
          </Badge>
        ) : undefined,
    },
    ...(canManage ? [removal.column] : []),
  ];
  return (
    <>
      {removal.dialog}
      <DataTable
        caption={t('partnerships.list.caption')}
        rows={list.data.items}
        rowKey={(a) => a.id}
        columns={columns}
        empty={t('partnerships.list.empty')}
        minWidth={760}
        initialSort={{ key: 'partner', direction: 'ascending' }}
      />
    </>
  );
}

function NewAssessmentDialog({
  orgId,
  href,
  onClose,
}: {
  orgId: string;
  href: (path: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useAppForm({
    initialValues: { partner: '', sphere: 'community', hybridisation: 'external', stage: 'proposed', purpose: '' },
    validate: { partner: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      partnershipCalls.createAssessment(orgId, {
        partner: v.partner,
        sphere: v.sphere as (typeof SPHERES)[number],
        hybridisation: v.hybridisation as (typeof HYBRIDISATIONS)[number],
        stage: v.stage as (typeof STAGES)[number],
        purpose: v.purpose,
      }),
    async ({ id }) => {
      await refreshPartnerships(orgId);
      onClose();
      navigate(href(`partnerships/${id}`));
    },
  );
  const options = <K extends string>(keys: readonly K[], group: string) =>
    keys.map((k) => ({ value: k, label: t(`partnerships.${group}.${k}`) }));
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('partnerships.list.add')}
      form={form}
      save={save}
      submit={t('partnerships.form.create')}
    >
      <TextInput label={t('partnerships.form.partner')} required data-autofocus {...form.getInputProps('partner')} />
      <Select
        label={t('partnerships.form.sphere')}
        data={options(SPHERES, 'sphere')}
        allowDeselect={false}
        {...form.getInputProps('sphere')}
      />
      <Select
        label={t('partnerships.form.hybridisation')}
        data={options(HYBRIDISATIONS, 'hybridisation')}
        allowDeselect={false}
        {...form.getInputProps('hybridisation')}
      />
      <Select
        label={t('partnerships.form.stage')}
        data={options(STAGES, 'stage')}
        allowDeselect={false}
        {...form.getInputProps('stage')}
      />
      <GrowingTextarea label={t('partnerships.form.purpose')} {...form.getInputProps('purpose')} />
    </FormDialog>
  );
}
