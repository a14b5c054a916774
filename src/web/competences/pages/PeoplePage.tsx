import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../modules/competences/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { personColumn } from '../components/personColumn.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { peopleQuery } from '../api.ts';
import { CompetenceFrame } from '../components/CompetenceFrame.tsx';

/** Every employee with role profile, requirements met, missing levels and certificate warnings. */
export function PeoplePage() {
  const { t } = useTranslation();
  return (
    <CompetenceFrame title={t('competences.people.title')}>{({ orgId }) => <People orgId={orgId} />}</CompetenceFrame>
  );
}

function People({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const people = useQuery(peopleQuery(orgId));
  if (!people.data) return <QueryState error={people.error} />;
  const columns: Column<PersonSummary>[] = [
    personColumn({ header: t('competences.people.name'), orgId, person: (p) => p }),
    { key: 'profile', header: t('competences.people.profile'), value: (p) => p.profile?.name ?? null },
    {
      key: 'met',
      header: t('competences.people.met'),
      value: (p) => (p.required ? p.met / p.required : null),
      align: 'right',
      render: (p) => (p.required ? t('competences.people.metOf', { met: p.met, required: p.required }) : '—'),
    },
    { key: 'missing', header: t('competences.people.missing'), value: (p) => p.missingLevels, format: 'integer' },
    {
      key: 'warnings',
      header: t('competences.people.warnings'),
      value: (p) => p.warnings,
      align: 'right',
      render: (p) =>
        p.warnings ? (
          <Badge color="orange" variant="light">
            {p.warnings}
          </Badge>
        ) : (
          '0'
        ),
    },
  ];
  return (
    <DataTable
      caption={t('competences.people.caption')}
      rows={people.data.items}
      rowKey={(p) => p.id}
      columns={columns}
      empty={t('competences.people.empty')}
      minWidth={640}
      initialSort={{ key: 'name', direction: 'ascending' }}
    />
  );
}
