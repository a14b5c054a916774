import { Alert, Badge, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { paths } from '../../../lib/api-paths.ts';
import { call, client } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formRounded } from '../../../modules/people/logic/sociale-balans-form.ts';
import { formatMoneyCents, formatNumber } from '../../format.ts';
import { orgKey } from '../../queries.ts';
import { PeopleBehind } from '../components/PeopleBehind.tsx';
import { inLocale, usePeopleYear, YearSelect } from '../usePeopleYear.tsx';

type SocialeBalansAnswer =
  paths['/orgs/{orgId}/people/sociale-balans']['get']['responses'][200]['content']['application/json'];

type Part = SocialeBalansAnswer['form'][number];
type Line = Part['lines'][number];
type Cell = NonNullable<Line['cells'][keyof Line['cells']]>;

/** A figure as the form takes it: averages and FTE with one decimal, counts and hours whole, whole euros. */
const formText = (cell: Cell, value: number) => {
  const v = formRounded(cell.unit, value);
  if (cell.unit === 'cents') return formatMoneyCents(v, { whole: true });
  return formatNumber(v, cell.unit === 'average' || cell.unit === 'fte' ? 1 : 0);
};

/** One part of the form as a table: code, description and the form's columns of that part. */
function PartTable({ part, balans, orgId }: { part: Part; balans: SocialeBalansAnswer; orgId: string }) {
  const { t } = useTranslation();
  const of = (year: Pick<SocialeBalansAnswer, 'figures' | 'missing'>) => ({
    values: new Map(year.figures.map((f) => [f.code, f])),
    missing: new Set(year.missing.map((m) => m.code)),
  });
  const current = of(balans);
  const previous = of(balans.previous);
  /** A cell's figure: the year's, or the previous year's for the columns P, 1P, 2P, 3P. */
  const figure = (spec: Cell | undefined) =>
    spec ? (spec.previous ? previous : current).values.get(spec.code) : undefined;
  const cell = (spec: Cell | undefined) => {
    if (!spec) return null;
    const { code } = spec;
    if ((spec.previous ? previous : current).missing.has(code))
      return (
        <Badge color="red" variant="light" title={code}>
          {t('people.balans.missing')}
        </Badge>
      );
    const f = figure(spec);
    if (!f) return null;
    const text = formText(spec, f.value);
    if (!balans.showsPeople || f.ids.length === 0) return text;
    const named = spec.previous ? t('people.balans.previousCode', { code, year: balans.previous.year }) : code;
    return <PeopleBehind orgId={orgId} code={named} ids={f.ids} text={text} />;
  };
  const columns: Column<Line>[] = [
    { key: 'code', header: t('people.balans.code'), value: (l) => l.code, rowHeader: true, sortable: false },
    { key: 'label', header: t('people.balans.label'), value: (l) => inLocale(l.label), sortable: false },
    ...part.columns.map(
      (c): Column<Line> => ({
        key: c,
        header: t(`people.balans.${c}`),
        value: (l) => figure(l.cells[c])?.value ?? null,
        render: (l) => cell(l.cells[c]),
        align: 'right',
        sortable: false,
      }),
    ),
  ];
  return (
    <DataTable caption={inLocale(part.title)} rows={part.lines} rowKey={(l) => l.code} columns={columns} empty={null} />
  );
}

/** Missing codes grouped by their reason, in the page's language. */
function missingGroups(missing: SocialeBalansAnswer['missing']) {
  const groups = new Map<string, string[]>();
  for (const m of missing) groups.set(inLocale(m.text), [...(groups.get(inLocale(m.text)) ?? []), m.code]);
  return groups;
}

function Balans({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: [...orgKey(orgId), 'people', 'sociale-balans', year],
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/people/sociale-balans', { params: { path: { orgId }, query: { year } } })),
  });
  const b = query.data;
  if (!b) return <QueryState error={query.error} inline />;
  const cc = b.crossCheck;
  const missingLists = [
    { title: t('people.balans.missingYear', { year: b.year }), groups: missingGroups(b.missing) },
    { title: t('people.balans.missingPrevious', { year: b.previous.year }), groups: missingGroups(b.previous.missing) },
  ].filter((l) => l.groups.size > 0);
  return (
    <Stack gap="lg">
      <Alert color="teal" variant="light" title={t(`people.balans.model_${b.model}`)}>
        <Text size="sm">{t('people.balans.modelText', { fte: formatNumber(b.size.fte, 1) })}</Text>
        {b.mustFile && <Text size="sm">{t('people.balans.mustFile')}</Text>}
        <Text size="sm">
          {t('people.balans.jointCommittees', {
            numbers: b.jointCommittees.length > 0 ? b.jointCommittees.join(', ') : t('people.balans.noJointCommittee'),
          })}
        </Text>
        {b.size.unchecked.length > 0 && (
          <Text size="sm">
            {t('people.balans.unchecked')}: {b.size.unchecked.map((u) => inLocale(u.text)).join('; ')}.
            {!b.size.modelCertain && ` ${t('people.balans.modelUncertain')}`}
          </Text>
        )}
      </Alert>
      {b.form.map((part) => (
        <Section key={inLocale(part.title)} title={inLocale(part.title)}>
          <PartTable part={part} balans={b} orgId={orgId} />
        </Section>
      ))}
      <Section title={t('people.balans.crossCheck')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Text>
            {t('people.balans.payroll')}:{' '}
            <strong>{cc.payrollCents === null ? '—' : formatMoneyCents(cc.payrollCents)}</strong>
          </Text>
          <Text>
            {t('people.balans.ledger')}:{' '}
            <strong>{cc.ledgerCents === null ? t('people.balans.noLedger') : formatMoneyCents(cc.ledgerCents)}</strong>
          </Text>
          <Text>
            {t('people.balans.difference')}:{' '}
            <strong>{cc.differenceCents === null ? '—' : formatMoneyCents(cc.differenceCents)}</strong>
          </Text>
        </SimpleGrid>
      </Section>
      {missingLists.length > 0 && (
        <Section title={t('people.balans.missingTitle')}>
          <Text size="sm" mb="xs">
            {t('people.balans.missingIntro')}
          </Text>
          {missingLists.map((list) => (
            <Stack key={list.title} gap={4} mb="xs">
              {missingLists.length > 1 && (
                <Text size="sm" fw={600}>
                  {list.title}
                </Text>
              )}
              <List size="sm">
                {[...list.groups].map(([text, codes]) => (
                  <List.Item key={text}>
                    <strong>{codes.sort().join(', ')}</strong>: {text}
                  </List.Item>
                ))}
              </List>
            </Stack>
          ))}
        </Section>
      )}
    </Stack>
  );
}

/** The sociale balans of a year: Parts I-III by code as the filing form has them, missing data, downloads. */
export function SocialeBalansPage() {
  const { t } = useTranslation();
  const [year, setYear] = usePeopleYear();
  return (
    <PageFrame
      title={t('people.balans.title')}
      needs={['people.figures']}
      actions={({ orgId }) => (
        <Group align="end" gap="sm">
          <YearSelect year={year} onChange={setYear} />
          {(['pdf', 'xlsx', 'csv'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              href={`/api/orgs/${encodeURIComponent(orgId)}/people/sociale-balans.${format}?year=${year}`}
              download
              variant="default"
              aria-label={t('people.balans.download', { format: format.toUpperCase() })}
            >
              {format.toUpperCase()}
            </Button>
          ))}
        </Group>
      )}
    >
      {({ orgId }) => <Balans orgId={orgId} year={year} />}
    </PageFrame>
  );
}
