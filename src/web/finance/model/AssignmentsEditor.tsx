import { Button, Select, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './CentresEditor.tsx';
import { RemoveRowCell } from '../components/RemoveRowCell.tsx';

/** Accounts or prefixes ("62", "6100") assigned to a centre; the longest prefix wins. */
export function AssignmentsEditor({ doc, onChange, errors, editable }: EditorProps) {
  const { t } = useTranslation();
  const centres = doc.centres
    .filter((c) => c.code)
    .map((c) => ({ value: c.code, label: c.name ? `${c.code} – ${c.name}` : c.code }));
  const set = (index: number, patch: Partial<{ account: string; centre: string }>) =>
    onChange({ ...doc, assignments: doc.assignments.map((a, i) => (i === index ? { ...a, ...patch } : a)) });
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('finance.model.assignmentsHelp')}
      </Text>
      {doc.assignments.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6}>
            <Table.Caption>{t('finance.model.assignmentsCaption', { count: doc.assignments.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={200}>
                  {t('finance.model.account')}
                </Table.Th>
                <Table.Th scope="col">{t('finance.model.centre')}</Table.Th>
                {editable && (
                  <Table.Th scope="col" w={100}>
                    <span aria-hidden />
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.assignments.map((a, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('finance.model.accountOf', { n: i + 1 })}
                      value={a.account}
                      readOnly={!editable}
                      inputMode="numeric"
                      error={errors[`assignments.${i}.account`]}
                      onChange={(e) => set(i, { account: e.currentTarget.value.trim() })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('finance.model.centreOf', { n: i + 1 })}
                      data={centres}
                      value={a.centre || null}
                      readOnly={!editable}
                      searchable
                      error={errors[`assignments.${i}.centre`]}
                      onChange={(v) => set(i, { centre: v ?? '' })}
                    />
                  </Table.Td>
                  {editable && (
                    <RemoveRowCell
                      label={t('finance.model.removeAssignment', { n: i + 1 })}
                      onRemove={() => onChange({ ...doc, assignments: doc.assignments.filter((_, j) => j !== i) })}
                    />
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && (
        <Button
          variant="light"
          w="fit-content"
          onClick={() => onChange({ ...doc, assignments: [...doc.assignments, { account: '', centre: '' }] })}
        >
          {t('finance.model.addAssignment')}
        </Button>
      )}
    </>
  );
}
