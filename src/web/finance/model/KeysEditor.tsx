import { Select, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/NumberField.tsx';
import { driverOptions } from '../labels.ts';
import type { EditorProps } from './CentresEditor.tsx';
import { renameKey } from './modelDoc.ts';
import { codeNameColumns } from './codeColumns.tsx';
import { EditableTable } from './EditableTable.tsx';

/** Allocation keys (code, name, driver) and their quantities per receiving centre (keys × centres). */
export function KeysEditor({ doc, onChange, errors, editable }: EditorProps) {
  const { t } = useTranslation();
  const setKey = (index: number, patch: Partial<(typeof doc.keys)[number]>) =>
    onChange({ ...doc, keys: doc.keys.map((k, i) => (i === index ? { ...k, ...patch } : k)) });
  const add = () => onChange({ ...doc, keys: [...doc.keys, { code: '', name: '', driver: 'fte', quantities: {} }] });
  const remove = (index: number) => {
    const code = doc.keys[index]?.code;
    onChange({ ...doc, keys: doc.keys.filter((_, i) => i !== index), rules: doc.rules.filter((r) => r.key !== code) });
  };
  const centres = doc.centres.filter((c) => c.code);
  const err = (i: number, field: string) => errors[`keys.${i}.${field}`];
  return (
    <>
      <EditableTable
        caption={t('finance.model.keysCaption', { count: doc.keys.length })}
        minWidth={720}
        rows={doc.keys}
        editable={editable}
        rowName={(key, i) => key.name || key.code || String(i + 1)}
        removeLabel={(name) => t('finance.model.removeKey', { name })}
        onRemove={remove}
        addLabel={t('finance.model.addKey')}
        onAdd={add}
        columns={[
          ...codeNameColumns({
            headers: { code: t('finance.model.code'), name: t('finance.model.name') },
            labels: {
              code: (n) => t('finance.model.keyCodeOf', { n }),
              name: (n) => t('finance.model.keyNameOf', { n }),
            },
            codeWidth: 120,
            editable,
            // A key's quantities have no cell of their own here: their error shows under its name.
            error: (i, field) => err(i, field) ?? (field === 'name' ? err(i, 'quantities') : undefined),
            rename: (i, code) => onChange(renameKey(doc, i, code)),
            setName: (i, name) => setKey(i, { name }),
          }),
          {
            header: t('finance.model.driver'),
            width: 200,
            cell: (key, i, who) => (
              <Select
                aria-label={t('finance.model.driverOf', { name: who })}
                data={driverOptions(t)}
                value={key.driver}
                allowDeselect={false}
                readOnly={!editable}
                error={err(i, 'driver')}
                onChange={(v) => v && setKey(i, { driver: v })}
              />
            ),
          },
        ]}
      />
      {doc.keys.length > 0 && centres.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('finance.model.quantities')}
          </Title>
          <Table.ScrollContainer minWidth={200 + 120 * centres.length}>
            <Table verticalSpacing={4} withColumnBorders>
              <Table.Caption>{t('finance.model.quantitiesCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('finance.model.key')}</Table.Th>
                  {centres.map((c) => (
                    <Table.Th scope="col" key={c.code}>
                      {c.name || c.code}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {doc.keys.map((key, i) => (
                  // A key being typed has no identity but its position.
                  <Table.Tr key={i}>
                    <Table.Th scope="row">{key.name || key.code}</Table.Th>
                    {centres.map((c) => (
                      <Table.Td key={c.code}>
                        <NumberField
                          aria-label={t('finance.model.quantityOf', {
                            key: key.name || key.code,
                            centre: c.name || c.code,
                          })}
                          value={key.quantities[c.code] ?? ''}
                          min={0}
                          readOnly={!editable}
                          size="xs"
                          error={errors[`keys.${i}.quantities.${c.code}`]}
                          onChange={(v) => {
                            const quantities = { ...key.quantities };
                            if (v === '') delete quantities[c.code];
                            else quantities[c.code] = Number(v);
                            setKey(i, { quantities });
                          }}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </>
  );
}
