import { Badge, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatRow } from '../../../modules/competences/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { personColumn } from '../components/personColumn.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatNumber } from '../../format.ts';
import { expiringQuery, heatmapQuery } from '../api.ts';
import { ExpiryBadge } from '../components/ExpiryBadge.tsx';
import { CompetenceFrame } from '../components/CompetenceFrame.tsx';
import '../components/heatmap.css';

/** A light background for a share 0-1 (dark text stays readable on every one of them). */
const shade = (share: number | null) =>
  share === null
    ? undefined
    : share >= 1
      ? 'var(--mantine-color-teal-1)'
      : share >= 0.5
        ? 'var(--mantine-color-yellow-1)'
        : 'var(--mantine-color-red-1)';

/** A heat cell: the count as text on a background that deepens with the share of the team (a plain element: 300 of them). */
function HeatCell({ count, of, colour }: { count: number; of: number; colour: string }) {
  const alpha = of ? Math.round((count / of) * 60) : 0;
  return (
    <div
      className="sb-heat-cell"
      style={
        count ? { background: `color-mix(in srgb, var(--mantine-color-${colour}-4) ${alpha}%, white)` } : undefined
      }
    >
      {count}
    </div>
  );
}

/** The team heat map: per competence people per level, holders of the needed level, coverage, one-person risk. */
export function HeatmapPage() {
  const { t } = useTranslation();
  return (
    <CompetenceFrame title={t('competences.heatmap.title')}>{({ orgId }) => <Heatmap orgId={orgId} />}</CompetenceFrame>
  );
}

function Heatmap({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [profileId, setProfileId] = useState<string | null>(null);
  const map = useQuery(heatmapQuery(orgId, profileId));
  const expiring = useQuery(expiringQuery(orgId));
  type Expiring = NonNullable<typeof expiring.data>['items'][number];
  if (!map.data) return <QueryState error={map.error} />;
  const d = map.data;
  const levelColumns: Column<HeatRow>[] = [0, 1, 2, 3, 4].map((level) => ({
    key: `l${level}`,
    header: level ? t('competences.level', { level }) : t('competences.heatmap.unknown'),
    value: (r: HeatRow) => r.byLevel[level] ?? 0,
    align: 'right' as const,
    render: (r: HeatRow) => <HeatCell count={r.byLevel[level] ?? 0} of={d.people} colour={level ? 'teal' : 'gray'} />,
  }));
  const columns: Column<HeatRow>[] = [
    { key: 'name', header: t('competences.heatmap.competence'), value: (r) => r.name, rowHeader: true },
    {
      key: 'needed',
      header: t('competences.heatmap.needed'),
      value: (r) => r.neededLevel,
      align: 'right',
      render: (r) => (r.neededLevel ? r.neededLevel : '—'),
    },
    ...levelColumns,
    {
      key: 'holders',
      header: t('competences.heatmap.holders'),
      value: (r) => (r.neededLevel ? r.holders : null),
      format: 'integer',
    },
    {
      key: 'coverage',
      header: t('competences.heatmap.coverage'),
      value: (r) => r.coverage,
      align: 'right',
      render: (r) =>
        r.coverage === null ? (
          '—'
        ) : (
          <div className="sb-heat-cell" style={{ background: shade(r.coverage) }}>
            {`${formatNumber(r.coverage * 100, 0)} % (${r.meeting}/${r.needing})`}
          </div>
        ),
    },
    {
      key: 'risk',
      header: t('competences.heatmap.risk'),
      value: (r) => r.risk,
      render: (r) =>
        r.risk ? (
          <Badge color={r.risk === 'uncovered' ? 'red' : 'orange'} variant="light">
            {t(`competences.heatmap.${r.risk}`)}
          </Badge>
        ) : null,
    },
  ];
  return (
    <Stack gap="lg">
      <Section title={t('competences.heatmap.team')}>
        {/* A native select: the team is picked once; a combobox's floating dropdown cost ~60 ms of layout on load. */}
        <NativeSelect
          label={t('competences.heatmap.team')}
          value={profileId ?? ''}
          onChange={(e) => setProfileId(e.currentTarget.value || null)}
          data={[
            { value: '', label: t('competences.heatmap.wholeOrg') },
            ...d.profiles.map((p) => ({ value: p.id, label: p.name })),
          ]}
          maw={360}
        />
        <Text>
          {t('competences.heatmap.people', { count: d.people })} ·{' '}
          {t('competences.heatmap.risks', { uncovered: d.risks.uncovered, single: d.risks.single })}
        </Text>
        <DataTable
          caption={t('competences.heatmap.caption')}
          rows={d.rows}
          rowKey={(r) => r.competenceId}
          columns={columns}
          empty={t('competences.heatmap.empty')}
          minWidth={900}
        />
      </Section>
      <Section title={t('competences.heatmap.expiring')}>
        {!expiring.data ? (
          <QueryState error={expiring.error} inline />
        ) : (
          <DataTable
            caption={t('competences.heatmap.expiringCaption')}
            rows={expiring.data.items}
            rowKey={(c) => c.id}
            columns={[
              personColumn<Expiring>({
                key: 'person',
                header: t('competences.people.name'),
                orgId,
                person: (c) => ({ id: c.employeeId, firstName: c.firstName, lastName: c.lastName }),
              }),
              { key: 'name', header: t('competences.person.certificate'), value: (c) => c.name },
              {
                key: 'expiresOn',
                header: t('competences.person.expiresOn'),
                value: (c) => c.expiresOn,
                format: 'date',
              },
              {
                key: 'state',
                header: t('competences.person.state'),
                value: (c) => c.state,
                render: (c) => <ExpiryBadge state={c.state} />,
              },
            ]}
            empty={t('competences.heatmap.expiringEmpty')}
          />
        )}
      </Section>
    </Stack>
  );
}
