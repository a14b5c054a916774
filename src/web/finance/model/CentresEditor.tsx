import { Button, Select, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { euros, toCents } from '../format.ts';
import { unitOptions } from '../labels.ts';
import type { CostModelDoc } from '../types.ts';
import { removeCentre, renameCentre, updateCentre } from './modelDoc.ts';
import { RemoveRowCell } from '../components/RemoveRowCell.tsx';

export interface EditorProps {
  doc: CostModelDoc;
  onChange: (doc: CostModelDoc) => void;
  errors: Record<string, string>;
  editable: boolean;
}

/** Cost centres: code, name, main/auxiliary, unit, volume and price per unit (€). */
export function CentresEditor({ doc, onChange, errors, editable }: EditorProps) {
  const { t } = useTranslation();
  const kinds = [
    { value: 'main', label: t('finance.model.main') },
    { value: 'auxiliary', label: t('finance.model.auxiliary') },
  ];
  const add = () =>
    onChange({
      ...doc,
      centres: [
        ...doc.centres,
        { code: '', name: '', kind: 'main', unit: 'day', volume: null, pricePerUnitCents: null },
      ],
    });
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing={6}>
          <Table.Caption>{t('finance.model.centresCaption', { count: doc.centres.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={90}>
                {t('finance.model.code')}
              </Table.Th>
              <Table.Th scope="col" miw={170}>
                {t('finance.model.name')}
              </Table.Th>
              <Table.Th scope="col" w={110}>
                {t('finance.model.kind')}
              </Table.Th>
              <Table.Th scope="col" w={120}>
                {t('finance.model.unit')}
              </Table.Th>
              <Table.Th scope="col" w={110}>
                {t('finance.model.volume')}
              </Table.Th>
              <Table.Th scope="col" w={130}>
                {t('finance.model.price')}
              </Table.Th>
              {editable && (
                <Table.Th scope="col" w={100}>
                  <span aria-hidden />
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.centres.map((centre, i) => {
              const err = (field: string) => errors[`centres.${i}.${field}`];
              const who = centre.name || centre.code || String(i + 1);
              const main = centre.kind === 'main';
              return (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('finance.model.codeOf', { n: i + 1 })}
                      value={centre.code}
                      readOnly={!editable}
                      onChange={(e) => onChange(renameCentre(doc, i, e.currentTarget.value.toUpperCase()))}
                      error={err('code')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('finance.model.nameOf', { n: i + 1 })}
                      value={centre.name}
                      readOnly={!editable}
                      onChange={(e) => onChange(updateCentre(doc, i, { name: e.currentTarget.value }))}
                      error={err('name')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('finance.model.kindOf', { name: who })}
                      data={kinds}
                      value={centre.kind}
                      allowDeselect={false}
                      readOnly={!editable}
                      error={err('kind')}
                      onChange={(v) => v && onChange(updateCentre(doc, i, { kind: v as 'main' | 'auxiliary' }))}
                    />
                  </Table.Td>
                  <Table.Td>
                    {main && (
                      <Select
                        aria-label={t('finance.model.unitOf', { name: who })}
                        data={unitOptions(t)}
                        value={centre.unit}
                        readOnly={!editable}
                        error={err('unit')}
                        onChange={(v) => onChange(updateCentre(doc, i, { unit: v }))}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    {main && (
                      <NumberField
                        aria-label={t('finance.model.volumeOf', { name: who })}
                        value={centre.volume ?? ''}
                        min={0}
                        readOnly={!editable}
                        error={err('volume')}
                        onChange={(v) => onChange(updateCentre(doc, i, { volume: v === '' ? null : Number(v) }))}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    {main && (
                      <MoneyField
                        aria-label={t('finance.model.priceOf', { name: who })}
                        value={euros(centre.pricePerUnitCents)}
                        readOnly={!editable}
                        error={err('pricePerUnitCents')}
                        onChange={(v) => onChange(updateCentre(doc, i, { pricePerUnitCents: toCents(v) }))}
                      />
                    )}
                  </Table.Td>
                  {editable && (
                    <RemoveRowCell
                      label={t('finance.model.removeCentre', { name: who })}
                      onRemove={() => onChange(removeCentre(doc, i))}
                    />
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editable && (
        <Button variant="light" onClick={add} w="fit-content">
          {t('finance.model.addCentre')}
        </Button>
      )}
    </>
  );
}
