import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail, Comparison } from '../../../modules/partnerships/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { VersionPair } from '../../components/VersionPair.tsx';
import { formatDate } from '../../format.ts';
import { comparisonQuery } from '../api.ts';

type Change = Comparison['changes'][number];

/** The kept versions, and what changed between two of them (the last two by default): the review's view. */
export function VersionsCard({ orgId, assessment }: { orgId: string; assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const versions = assessment.versions;
  const [from, setFrom] = useState<string | null>(versions[1] ? String(versions[1].version) : null);
  const [to, setTo] = useState<string | null>(versions[0] ? String(versions[0].version) : null);
  const columns: Column<(typeof versions)[number]>[] = [
    {
      key: 'version',
      header: t('partnerships.versions.version'),
      value: (v) => v.version,
      format: 'integer',
      rowHeader: true,
    },
    { key: 'savedAt', header: t('partnerships.versions.savedAt'), value: (v) => v.savedAt, format: 'dateTime' },
    { key: 'savedBy', header: t('partnerships.versions.savedBy'), value: (v) => v.savedBy },
  ];
  const choices = versions.map((v) => ({ value: String(v.version), label: String(v.version) }));
  return (
    <Section title={t('partnerships.versions.title')}>
      {versions.length === 0 ? (
        <Text c="dimmed">{t('partnerships.versions.none')}</Text>
      ) : (
        <Stack gap="md">
          <DataTable
            caption={t('partnerships.versions.caption')}
            rows={versions}
            rowKey={(v) => String(v.version)}
            columns={columns}
          />
          {versions.length > 1 && (
            <>
              <VersionPair
                labels={[t('partnerships.versions.from'), t('partnerships.versions.to')]}
                data={choices}
                from={from}
                to={to}
                onFrom={setFrom}
                onTo={setTo}
                w={140}
              />
              {from && to && <Changes orgId={orgId} assessmentId={assessment.id} from={Number(from)} to={Number(to)} />}
            </>
          )}
        </Stack>
      )}
    </Section>
  );
}

function Changes({ orgId, assessmentId, from, to }: { orgId: string; assessmentId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const comparison = useQuery(comparisonQuery(orgId, assessmentId, from, to));
  if (!comparison.data) return <QueryState error={comparison.error} inline />;
  const item = (c: Change) => {
    if (!c.item) return null;
    const group = ['likelihood', 'impact', 'mitigation'].includes(c.field)
      ? 'risk'
      : c.field.startsWith('opportunity')
        ? 'opportunity'
        : 'principle';
    return t(`partnerships.${group}.${c.item}`);
  };
  const shown = (c: Change, value: Change['before']) => {
    if (value === null || value === '') return '—';
    if (c.field === 'sphere' || c.field === 'hybridisation' || c.field === 'stage' || c.field === 'decision')
      return t(`partnerships.${c.field}.${value}`);
    if (c.field === 'principle') return t(`partnerships.check.${value}`);
    if (c.field === 'decidedOn' || c.field === 'reviewOn') return formatDate(String(value));
    return String(value);
  };
  const rows = comparison.data.changes.map((c, i) => ({ ...c, i }));
  const columns: Column<(typeof rows)[number]>[] = [
    {
      key: 'part',
      header: t('partnerships.versions.part'),
      value: (c) => [item(c), t(`partnerships.versions.field.${c.field}`)].filter(Boolean).join(' · '),
      rowHeader: true,
    },
    { key: 'before', header: t('partnerships.versions.before'), value: (c) => shown(c, c.before) },
    { key: 'after', header: t('partnerships.versions.after'), value: (c) => shown(c, c.after) },
  ];
  return (
    <DataTable
      caption={t('partnerships.versions.changesCaption', { from, to })}
      rows={rows}
      rowKey={(c) => String(c.i)}
      columns={columns}
      empty={t('partnerships.versions.noChanges')}
    />
  );
}
