import { Anchor, Badge, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import { consumptionQuery, offerQuery } from '../api.ts';
import { ClientsFrame, type ClientsContext } from '../components/ClientsFrame.tsx';
import { SortHeader, type SortState } from '../components/SortHeader.tsx';
import { formatPoints, pointsValue } from '../format.ts';
import type { ConsumptionRow } from '../../../modules/clients/schema.ts';
import { thisYear as brusselsYear } from '../../../lib/calendar.ts';

type Key = 'clientName' | 'function' | 'agreed' | 'delivered' | 'remaining' | 'projected' | 'roomToHelp' | 'warnings';
const NUMERIC: Key[] = ['agreed', 'delivered', 'remaining', 'projected', 'roomToHelp'];

function Warnings({ row }: { row: ConsumptionRow }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {row.warnings.map((w) => (
        <Badge
          key={w.code}
          color={w.code === 'runs_out' ? 'red' : 'yellow'}
          variant="light"
          tt="none"
          title={currentLocale() === 'nl' ? w.nl : w.en}
          styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
        >
          {w.code === 'runs_out'
            ? t('clients.consumption.runsOut', { date: w.date ? formatDate(w.date) : '' })
            : t('clients.consumption.underUse', { percent: w.percent })}
        </Badge>
      ))}
    </Group>
  );
}

function Consumption({ orgId, href, can }: ClientsContext) {
  const { t } = useTranslation();
  const thisYear = brusselsYear();
  const [year, setYear] = useState(thisYear);
  const professional = !can('clients.manage');
  const [sort, setSort] = useState<SortState<Key>>(
    professional ? { key: 'roomToHelp', desc: true } : { key: 'clientName', desc: false },
  );
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  const [group, setGroup] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const data = useQuery(consumptionQuery(orgId, year));
  const offer = useQuery(offerQuery(orgId));
  const fnName = (code: string) => offer.data?.functions.find((f) => f.code === code)?.name ?? code;
  // biome-ignore lint/correctness/useExhaustiveDependencies: fnName is derived from offer.data, which is listed
  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const list = (data.data?.items ?? []).filter(
      (r) =>
        (!onlyWarnings || r.warnings.length > 0) &&
        (!group || r.groupId === group) &&
        (!needle || r.clientName.toLowerCase().includes(needle)),
    );
    const value = (r: ConsumptionRow): string | number =>
      sort.key === 'warnings'
        ? r.warnings.length
        : NUMERIC.includes(sort.key)
          ? pointsValue(r[sort.key] as string)
          : sort.key === 'function'
            ? fnName(r.function)
            : r.clientName;
    return [...list].sort((a, b) => {
      const x = value(a),
        y = value(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.desc ? -c : c;
    });
  }, [data.data, onlyWarnings, group, search, sort, offer.data]);
  const head = (k: Key, label: string) => (
    <SortHeader k={k} sort={sort} onSort={setSort} right={NUMERIC.includes(k)}>
      {label}
    </SortHeader>
  );
  const room = head('roomToHelp', t('clients.consumption.roomToHelp'));
  const num = (v: string, strong = false) => (
    <Table.Td ta="right" ff="monospace" fw={strong ? 700 : undefined} c={pointsValue(v) < 0 ? 'red.8' : undefined}>
      {formatPoints(v)}
    </Table.Td>
  );
  return (
    <Section title={professional ? t('clients.consumption.helpTitle') : t('clients.consumption.allTitle')}>
      <Text size="sm">{professional ? t('clients.consumption.helpText') : t('clients.consumption.allText')}</Text>
      <Group align="end" wrap="wrap">
        <Select
          label={t('clients.consumption.year')}
          data={[thisYear - 1, thisYear, thisYear + 1].map(String)}
          value={String(year)}
          onChange={(y) => y && setYear(Number(y))}
          allowDeselect={false}
          w={110}
        />
        <TextInput
          label={t('clients.list.search')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={220}
        />
        <Select
          label={t('clients.list.groupFilter')}
          placeholder={t('clients.list.allGroups')}
          data={(offer.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))}
          value={group}
          onChange={setGroup}
          clearable
          w={200}
        />
        <Checkbox
          label={t('clients.consumption.onlyWarnings')}
          checked={onlyWarnings}
          onChange={(e) => setOnlyWarnings(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {!data.data ? (
        <QueryState error={data.error} inline />
      ) : (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing={6}>
              <Table.Caption>
                {t('clients.consumption.caption', { count: rows.length, date: formatDate(data.data.asOf) })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {head('clientName', t('clients.consumption.client'))}
                  {head('function', t('clients.consumption.function'))}
                  {professional && room}
                  {head('agreed', t('clients.consumption.agreed'))}
                  {head('delivered', t('clients.consumption.delivered'))}
                  {head('remaining', t('clients.consumption.remaining'))}
                  {head('projected', t('clients.consumption.projected'))}
                  {!professional && room}
                  {head('warnings', t('clients.consumption.warnings'))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={`${r.clientId}|${r.function}`}>
                    <Table.Th scope="row" fw={500}>
                      {can('clients.read') ? (
                        <Anchor component={Link} to={href(`clients/${r.clientId}`)}>
                          {r.clientName}
                        </Anchor>
                      ) : (
                        r.clientName
                      )}
                    </Table.Th>
                    <Table.Td>{fnName(r.function)}</Table.Td>
                    {professional && num(r.roomToHelp, true)}
                    {num(r.agreed)}
                    {num(r.delivered)}
                    {num(r.remaining)}
                    {num(r.projected)}
                    {!professional && num(r.roomToHelp, true)}
                    <Table.Td>
                      <Warnings row={r} />
                    </Table.Td>
                  </Table.Tr>
                ))}
                {rows.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={8}>{t('clients.consumption.none')}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            {t('clients.consumption.legend')}
          </Text>
        </Stack>
      )}
    </Section>
  );
}

/** `/o/:orgId/clients/consumption`: agreed, delivered, remaining, projected and room to help per client and function. */
export function ConsumptionPage() {
  const { t } = useTranslation();
  return (
    <ClientsFrame title={t('clients.consumption.title')} needs={['clients.read']}>
      {(c) => <Consumption {...c} />}
    </ClientsFrame>
  );
}
