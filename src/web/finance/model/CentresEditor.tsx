import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { euros, toCents } from '../format.ts';
import { unitOptions } from '../labels.ts';
import type { CostModelDoc } from '../../../modules/finance/schema.ts';
import { removeCentre, renameCentre, updateCentre } from './modelDoc.ts';
import { codeNameColumns } from './codeColumns.tsx';
import { EditableTable } from './EditableTable.tsx';

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
  const err = (i: number, field: string) => errors[`centres.${i}.${field}`];
  return (
    <EditableTable
      caption={t('finance.model.centresCaption', { count: doc.centres.length })}
      minWidth={900}
      rows={doc.centres}
      editable={editable}
      rowName={(centre, i) => centre.name || centre.code || String(i + 1)}
      removeLabel={(name) => t('finance.model.removeCentre', { name })}
      onRemove={(i) => onChange(removeCentre(doc, i))}
      addLabel={t('finance.model.addCentre')}
      onAdd={add}
      columns={[
        ...codeNameColumns({
          headers: { code: t('finance.model.code'), name: t('finance.model.name') },
          labels: { code: (n) => t('finance.model.codeOf', { n }), name: (n) => t('finance.model.nameOf', { n }) },
          codeWidth: 90,
          nameMinWidth: 170,
          editable,
          error: err,
          rename: (i, code) => onChange(renameCentre(doc, i, code)),
          setName: (i, name) => onChange(updateCentre(doc, i, { name })),
        }),
        {
          header: t('finance.model.kind'),
          width: 110,
          cell: (centre, i, who) => (
            <Select
              aria-label={t('finance.model.kindOf', { name: who })}
              data={kinds}
              value={centre.kind}
              allowDeselect={false}
              readOnly={!editable}
              error={err(i, 'kind')}
              onChange={(v) => v && onChange(updateCentre(doc, i, { kind: v as 'main' | 'auxiliary' }))}
            />
          ),
        },
        {
          header: t('finance.model.unit'),
          width: 120,
          cell: (centre, i, who) =>
            centre.kind === 'main' && (
              <Select
                aria-label={t('finance.model.unitOf', { name: who })}
                data={unitOptions(t)}
                value={centre.unit}
                readOnly={!editable}
                error={err(i, 'unit')}
                onChange={(v) => onChange(updateCentre(doc, i, { unit: v }))}
              />
            ),
        },
        {
          header: t('finance.model.volume'),
          width: 110,
          cell: (centre, i, who) =>
            centre.kind === 'main' && (
              <NumberField
                aria-label={t('finance.model.volumeOf', { name: who })}
                value={centre.volume ?? ''}
                min={0}
                readOnly={!editable}
                error={err(i, 'volume')}
                onChange={(v) => onChange(updateCentre(doc, i, { volume: v === '' ? null : Number(v) }))}
              />
            ),
        },
        {
          header: t('finance.model.price'),
          width: 130,
          cell: (centre, i, who) =>
            centre.kind === 'main' && (
              <MoneyField
                aria-label={t('finance.model.priceOf', { name: who })}
                value={euros(centre.pricePerUnitCents)}
                readOnly={!editable}
                error={err(i, 'pricePerUnitCents')}
                onChange={(v) => onChange(updateCentre(doc, i, { pricePerUnitCents: toCents(v) }))}
              />
            ),
        },
      ]}
    />
  );
}
