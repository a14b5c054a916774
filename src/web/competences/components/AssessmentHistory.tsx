import { useTranslation } from 'react-i18next';
import type { Assessment, Competence } from '../../../modules/competences/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Section } from '../../components/Section.tsx';

/** Every assessment of a person, newest first: competence, level, self or manager, date, by whom, note. */
export function AssessmentHistory({
  assessments,
  catalogue,
}: {
  assessments: readonly Assessment[];
  catalogue: readonly Competence[];
}) {
  const { t } = useTranslation();
  const names = new Map(catalogue.map((c) => [c.id, c.name]));
  const columns: Column<Assessment>[] = [
    {
      key: 'competence',
      header: t('competences.person.competence'),
      value: (a) => names.get(a.competenceId) ?? '',
      rowHeader: true,
    },
    {
      key: 'level',
      header: t('competences.person.levelCol'),
      value: (a) => t('competences.level', { level: a.level }),
    },
    { key: 'kind', header: t('competences.person.kindCol'), value: (a) => t(`competences.kind.${a.kind}`) },
    { key: 'on', header: t('competences.person.assessedOn'), value: (a) => a.assessedOn, format: 'date' },
    { key: 'by', header: t('competences.person.by'), value: (a) => a.assessedBy },
    { key: 'note', header: t('competences.person.note'), value: (a) => a.note || null },
  ];
  return (
    <Section title={t('competences.person.history')}>
      <DataTable
        caption={t('competences.person.historyCaption')}
        rows={assessments}
        rowKey={(a) => a.id}
        columns={columns}
        empty={t('competences.person.noAssessments')}
        minWidth={640}
      />
    </Section>
  );
}
