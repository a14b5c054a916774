import { Badge, Button, Checkbox, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SurveySummary } from '../../../modules/surveys/schema.ts';
import { useTranslation } from 'react-i18next';
import type { OrgDialogProps } from '../../components/dialogProps.ts';
import { useNavigate } from 'react-router';
import { call, client, fieldErrors } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { currentLocale } from '../../i18n.ts';
import { formatNumber } from '../../format.ts';
import { refreshSurveys, surveysQuery } from '../api.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { SurveyFrame } from '../components/SurveyFrame.tsx';
import { textIn } from '../texts.ts';

type Template = 'none' | 'servqual' | 'herzberg' | 'easy';

function CreateDialog({ orgId, opened, onClose }: OrgDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useAppForm({
    initialValues: { title: '', audience: 'staff' as 'staff' | 'clients', template: 'none' as Template, test: false },
    validate: { title: (v) => required(t, v) },
  });
  const { title, audience, template, test } = form.values;
  const create = useMutation({
    mutationFn: () =>
      call(
        client.POST('/orgs/{orgId}/surveys', {
          params: { path: { orgId } },
          body: { title: { nl: title.trim() }, audience, test, ...(template === 'none' ? {} : { template }) },
        }),
      ),
    onSuccess: async ({ id }) => {
      await refreshSurveys(orgId);
      form.reset();
      onClose();
      navigate(`/o/${orgId}/surveys/${id}`);
    },
    onError: (error) => form.showServerErrors(fieldErrors(error), { 'title.nl': 'title' }),
  });
  const pickTemplate = (value: string) => {
    const v = value as Template;
    form.setFieldValue('template', v);
    if (v === 'servqual' || v === 'easy') form.setFieldValue('audience', 'clients');
    if (v === 'herzberg') form.setFieldValue('audience', 'staff');
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('surveys.create.title')}>
      <Form onSubmit={form.onSubmit(() => create.mutate())} gap="md">
        <TextInput label={t('surveys.create.name')} required data-autofocus {...form.getInputProps('title')} />
        <Radio.Group label={t('surveys.template.label')} value={template} onChange={pickTemplate}>
          <Stack gap="xs" mt="xs">
            {(['none', 'servqual', 'easy', 'herzberg'] as const).map((v) => (
              <Radio key={v} value={v} label={t(`surveys.template.${v}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Select
          label={t('surveys.create.audience')}
          {...form.getInputProps('audience')}
          allowDeselect={false}
          data={(['staff', 'clients'] as const).map((v) => ({ value: v, label: t(`surveys.audience.${v}`) }))}
        />
        <Checkbox label={t('surveys.create.test')} {...form.getInputProps('test', { type: 'checkbox' })} />
        <Text size="sm" c="dimmed">
          {t('surveys.create.help')}
        </Text>
        {create.error && <ErrorAlert error={create.error} />}
        <Button type="submit" loading={create.isPending} disabled={!title.trim()}>
          {t('surveys.create.submit')}
        </Button>
      </Form>
    </Modal>
  );
}

/** The surveys of the organisation: status, closing date, response rate. */
export function SurveyListPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const lang = currentLocale();
  return (
    <SurveyFrame
      title={t('surveys.title')}
      crumbs={null}
      actions={({ can }) =>
        can('surveys.manage') && <Button onClick={() => setCreating(true)}>{t('surveys.list.create')}</Button>
      }
    >
      {({ orgId }) => <SurveyList orgId={orgId} lang={lang} creating={creating} onClose={() => setCreating(false)} />}
    </SurveyFrame>
  );
}

function SurveyList({
  orgId,
  lang,
  creating,
  onClose,
}: {
  orgId: string;
  lang: string;
  creating: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const list = useQuery(surveysQuery(orgId));
  const columns: Column<SurveySummary>[] = [
    linkColumn({
      key: 'name',
      header: t('surveys.list.name'),
      text: (s) => textIn(s.title, lang),
      // A draft opens its editor, a sent survey its results.
      to: (s) => `/o/${orgId}/surveys/${s.id}${s.status === 'draft' ? '' : '/results'}`,
    }),
    { key: 'audience', header: t('surveys.list.audience'), value: (s) => t(`surveys.audience.${s.audience}`) },
    {
      key: 'status',
      header: t('surveys.list.status'),
      value: (s) => s.status,
      render: (s) => (
        <Group gap={4}>
          <StatusBadge survey={s} />
          {s.test && (
            <Badge color="gray" variant="outline">
              {t('surveys.create.testBadge')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'closesOn',
      header: t('surveys.list.closesOn'),
      value: (s) => s.closesOn,
      format: 'date',
      empty: t('common.none'),
    },
    {
      key: 'responses',
      header: t('surveys.list.responses'),
      align: 'right',
      value: (s) => (s.status === 'draft' ? null : s.responses),
      render: (s) =>
        s.status === 'draft' ? t('common.none') : s.invited ? `${s.responses} / ${s.invited}` : s.responses,
    },
    {
      key: 'rate',
      header: t('surveys.list.rate'),
      value: (s) => s.responseRate,
      render: (s) => (s.responseRate === null ? t('common.none') : `${formatNumber(s.responseRate, 1)} %`),
      align: 'right',
    },
  ];
  return (
    <>
      <CreateDialog orgId={orgId} opened={creating} onClose={onClose} />
      <Section title={t('surveys.list.caption')}>
        {!list.data ? (
          <QueryState error={list.error} inline />
        ) : (
          <DataTable
            caption={t('surveys.list.caption')}
            rows={list.data.items}
            rowKey={(s) => s.id}
            columns={columns}
            empty={t('surveys.list.empty')}
            minWidth={720}
          />
        )}
      </Section>
    </>
  );
}
