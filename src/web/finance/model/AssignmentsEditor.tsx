import { Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './CentresEditor.tsx';
import { centreOptions } from '../labels.ts';
import { EditableTable } from './EditableTable.tsx';

/** Accounts or prefixes ("62", "6100") assigned to a centre; the longest prefix wins. */
export function AssignmentsEditor({ doc, onChange, errors, editable }: EditorProps) {
  const { t } = useTranslation();
  const centres = centreOptions(doc.centres.filter((c) => c.code));
  const set = (index: number, patch: Partial<{ account: string; centre: string }>) =>
    onChange({ ...doc, assignments: doc.assignments.map((a, i) => (i === index ? { ...a, ...patch } : a)) });
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('finance.model.assignmentsHelp')}
      </Text>
      <EditableTable
        caption={t('finance.model.assignmentsCaption', { count: doc.assignments.length })}
        minWidth={560}
        rows={doc.assignments}
        editable={editable}
        hideWhenEmpty
        rowName={(_, i) => String(i + 1)}
        removeLabel={(n) => t('finance.model.removeAssignment', { n })}
        onRemove={(index) => onChange({ ...doc, assignments: doc.assignments.filter((_, i) => i !== index) })}
        addLabel={t('finance.model.addAssignment')}
        onAdd={() => onChange({ ...doc, assignments: [...doc.assignments, { account: '', centre: '' }] })}
        columns={[
          {
            header: t('finance.model.account'),
            width: 200,
            cell: (a, i, n) => (
              <TextInput
                aria-label={t('finance.model.accountOf', { n })}
                value={a.account}
                readOnly={!editable}
                inputMode="numeric"
                error={errors[`assignments.${i}.account`]}
                onChange={(e) => set(i, { account: e.currentTarget.value.trim() })}
              />
            ),
          },
          {
            header: t('finance.model.centre'),
            cell: (a, i, n) => (
              <Select
                aria-label={t('finance.model.centreOf', { n })}
                data={centres}
                value={a.centre || null}
                readOnly={!editable}
                searchable
                error={errors[`assignments.${i}.centre`]}
                onChange={(v) => set(i, { centre: v ?? '' })}
              />
            ),
          },
        ]}
      />
    </>
  );
}
