import { Button, Select, Table, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/NumberField.tsx';
import { driverOptions } from '../labels.ts';
import type { EditorProps } from './CentresEditor.tsx';
import { renameKey } from './modelDoc.ts';
import { RemoveRowCell } from '../components/RemoveRowCell.tsx';

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
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={6}>
          <Table.Caption>{t('finance.model.keysCaption', { count: doc.keys.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={120}>
                {t('finance.model.code')}
              </Table.Th>
              <Table.Th scope="col">{t('finance.model.name')}</Table.Th>
              <Table.Th scope="col" w={200}>
                {t('finance.model.driver')}
              </Table.Th>
              {editable && (
                <Table.Th scope="col" w={100}>
                  <span aria-hidden />
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.keys.map((key, i) => {
              const err = (field: string) => errors[`keys.${i}.${field}`];
              const who = key.name || key.code || String(i + 1);
              return (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('finance.model.keyCodeOf', { n: i + 1 })}
                      value={key.code}
                      readOnly={!editable}
                      error={err('code')}
                      onChange={(e) => onChange(renameKey(doc, i, e.currentTarget.value.toUpperCase()))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('finance.model.keyNameOf', { n: i + 1 })}
                      value={key.name}
                      readOnly={!editable}
                      error={err('name') ?? err('quantities')}
                      onChange={(e) => setKey(i, { name: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('finance.model.driverOf', { name: who })}
                      data={driverOptions(t)}
                      value={key.driver}
                      allowDeselect={false}
                      readOnly={!editable}
                      error={err('driver')}
                      onChange={(v) => v && setKey(i, { driver: v })}
                    />
                  </Table.Td>
                  {editable && (
                    <RemoveRowCell label={t('finance.model.removeKey', { name: who })} onRemove={() => remove(i)} />
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editable && (
        <Button variant="light" onClick={add} w="fit-content">
          {t('finance.model.addKey')}
        </Button>
      )}
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
