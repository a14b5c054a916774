import { Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Competence, PersonDetail } from '../../../modules/competences/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { formatDate } from '../../format.ts';

type Row = PersonDetail['competences'][number] & { competence: Competence };

/** A person's competences: needed level, current level (source, date), gap, and an assess button. */
export function CompetenceTable({
  person,
  catalogue,
  assessText,
  assessLabel,
  onAssess,
}: {
  person: PersonDetail;
  catalogue: readonly Competence[];
  /** The button's visible words ("Beoordelen", "Zelf inschatten"); its name adds the competence. */
  assessText: string;
  assessLabel: (name: string) => string;
  onAssess: (competence: Competence, current: number | null) => void;
}) {
  const { t } = useTranslation();
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const rows: Row[] = person.competences.flatMap((c) => {
    const competence = byId.get(c.competenceId);
    return competence ? [{ ...c, competence }] : [];
  });
  const level = (n: number | null | undefined) => (n ? t('competences.level', { level: n }) : null);
  const columns: Column<Row>[] = [
    { key: 'name', header: t('competences.person.competence'), value: (r) => r.competence.name, rowHeader: true },
    { key: 'required', header: t('competences.person.required'), value: (r) => level(r.required) },
    {
      key: 'current',
      header: t('competences.person.current'),
      value: (r) => r.current?.level ?? null,
      align: 'left',
      render: (r) =>
        r.current
          ? t('competences.currentOn', {
              level: level(r.current.level),
              source: t(`competences.source.${r.current.source}`),
              date: formatDate(r.current.on),
            })
          : t('competences.noLevel'),
    },
    {
      key: 'gap',
      header: t('competences.person.gap'),
      value: (r) => r.gap,
      align: 'right',
      render: (r) =>
        r.gap === null ? (
          '—'
        ) : (
          <Badge color={r.gap === 0 ? 'teal' : r.gap === 1 ? 'yellow' : 'red'} variant="light">
            {r.gap}
          </Badge>
        ),
    },
    {
      key: 'assess',
      header: t('competences.person.assess'),
      render: (r) => (
        <Button
          size="xs"
          variant="light"
          aria-label={assessLabel(r.competence.name)}
          onClick={() => onAssess(r.competence, r.current?.level ?? null)}
        >
          {assessText}
        </Button>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('competences.person.caption')}
      rows={rows}
      rowKey={(r) => r.competenceId}
      columns={columns}
      empty={t('competences.heatmap.empty')}
      minWidth={640}
    />
  );
}
