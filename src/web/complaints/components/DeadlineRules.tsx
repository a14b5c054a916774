import { Button, NumberInput, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/calendar.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { complaintCalls, refreshComplaints, rulesQuery } from '../api.ts';

type Rule = { id: string; validFrom: string; validTo: string | null; ackDays: number; answerDays: number };

/** The handling deadlines with their validity dates, and a new set from a day (the rule table). */
export function DeadlineRules({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const rules = useQuery(rulesQuery(orgId));
  const [adding, setAdding] = useState(false);
  if (!rules.data) return <QueryState error={rules.error} />;
  const columns: Column<Rule>[] = [
    { key: 'from', header: t('complaints.validFrom'), value: (r) => r.validFrom, format: 'date', rowHeader: true },
    { key: 'to', header: t('complaints.validTo'), value: (r) => r.validTo, format: 'date' },
    { key: 'ack', header: t('complaints.ackDays'), value: (r) => r.ackDays, format: 'integer' },
    { key: 'answer', header: t('complaints.answerDays'), value: (r) => r.answerDays, format: 'integer' },
  ];
  const { ackDays, answerDays } = rules.data.current;
  return (
    <Section
      title={t('complaints.deadlines')}
      actions={<Button onClick={() => setAdding(true)}>{t('complaints.addRule')}</Button>}
    >
      <Stack gap="sm">
        <Text>{t('complaints.deadlinesNow', { ack: ackDays, answer: answerDays })}</Text>
        <DataTable
          caption={t('complaints.deadlinesCaption')}
          rows={rules.data.items}
          rowKey={(r) => r.id}
          columns={columns}
          empty={t('complaints.deadlinesEmpty')}
        />
      </Stack>
      {adding && <RuleDialog orgId={orgId} current={rules.data.current} onClose={() => setAdding(false)} />}
    </Section>
  );
}

function RuleDialog({
  orgId,
  current,
  onClose,
}: {
  orgId: string;
  current: { ackDays: number; answerDays: number };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { validFrom: today(), ackDays: current.ackDays, answerDays: current.answerDays },
    validate: { validFrom: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => complaintCalls.addRule(orgId, v),
    refreshAndClose(() => refreshComplaints(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('complaints.addRule')} form={form} save={save}>
      <DateField label={t('complaints.validFrom')} required data-autofocus {...form.getInputProps('validFrom')} />
      <NumberInput
        label={t('complaints.ackDays')}
        min={0}
        max={365}
        allowDecimal={false}
        {...form.getInputProps('ackDays')}
      />
      <NumberInput
        label={t('complaints.answerDays')}
        min={1}
        max={365}
        allowDecimal={false}
        {...form.getInputProps('answerDays')}
      />
    </FormDialog>
  );
}
