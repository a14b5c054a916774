/**
 * KPI values per period: saved from the grid or an import in one transaction, all or nothing, with
 * every wrong cell named. Rules: the period must be of the KPI's frequency, the value must fit the
 * unit (see logic/units.ts), a computed KPI takes no typed values, and a red value needs a note.
 */
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import { readTableFile } from '../../lib/files/index.ts';
import { KpiRuleError } from './kpis.ts';
import { targetsByKpi } from './queries-kpis.ts';

/** The CLI reads targets through here. */
export { targetsByKpi };
import { boundsOf, checkValue, lightOf, parsePeriod, periodStart } from './logic/index.ts';
import { msg } from './messages.ts';
import type { Message } from '../../lib/messages.ts';
import { periodInWords } from '../../lib/period-words.ts';

/** One value to save: by KPI id (grid) or code (import); `where` names the cell in errors. */
export interface Cell {
  kpiId?: string;
  code?: string;
  period: string;
  value: string | number | null;
  note?: string | undefined;
  where: { path: string; nl: string; en: string };
}

const FREQ = {
  month: msg('month_yyyymm'),
  quarter: msg('quarter_yyyyqn'),
  year: msg('year_yyyy'),
};

interface Prepared {
  kpiId: string;
  period: string;
  value: number | null;
  note: string | undefined;
}

/** Checks every cell; throws one 422 naming every wrong cell, or answers the rows to write. */
export async function prepareCells(db: DbOrTx, orgId: string, cells: readonly Cell[]): Promise<Prepared[]> {
  const kpis = await db
    .selectFrom('kpi')
    .select(['id', 'code', 'name_nl', 'name_en', 'unit', 'direction', 'frequency', 'source', 'value_min', 'value_max'])
    .where('org_id', '=', orgId)
    .execute();
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const byCode = new Map(kpis.map((k) => [k.code.toUpperCase(), k]));
  const ids = [
    ...new Set(
      cells
        .map((c) => (c.kpiId ? byId.get(c.kpiId) : byCode.get((c.code ?? '').trim().toUpperCase()))?.id)
        .filter((x): x is string => !!x),
    ),
  ];
  const [targets, existing] = await Promise.all([
    targetsByKpi(db, orgId, ids),
    ids.length
      ? db
          .selectFrom('kpi_value')
          .select(['kpi_id', 'period', 'note'])
          .where('org_id', '=', orgId)
          .where('kpi_id', 'in', ids)
          .execute()
      : Promise.resolve([]),
  ]);
  const notes = new Map(existing.map((e) => [`${e.kpi_id}|${e.period}`, e.note]));
  const errors: FieldError[] = [];
  const reasons: Message[] = [];
  const bad = (c: Cell, field: string, reason: Message) => {
    reasons.push(reason);
    errors.push({ path: `${c.where.path}.${field}`, message: msg('cell_problem', { where: c.where, reason }) });
  };
  const seen = new Set<string>();
  const out: Prepared[] = [];
  for (const c of cells) {
    const kpi = c.kpiId ? byId.get(c.kpiId) : byCode.get((c.code ?? '').trim().toUpperCase());
    if (!kpi) {
      if (c.kpiId) bad(c, 'kpiId', msg('kpiId'));
      else bad(c, 'code', msg('no_kpi_with_code', { code: c.code ?? '' }));
      continue;
    }
    const p = parsePeriod(c.period);
    if (!p) {
      bad(c, 'period', msg('period', { period: c.period, frequency: FREQ[kpi.frequency] }));
      continue;
    }
    if (p.frequency !== kpi.frequency) {
      bad(
        c,
        'period',
        msg('period_measured_per', { code: kpi.code, frequency: FREQ[kpi.frequency], frequency2: FREQ[p.frequency] }),
      );
      continue;
    }
    const period = c.period.trim().toUpperCase();
    const key = `${kpi.id}|${period}`;
    if (seen.has(key)) {
      bad(c, 'period', msg('period_occurs_twice', { code: kpi.code, period }));
      continue;
    }
    seen.add(key);
    if (kpi.source === 'computed') {
      bad(c, 'value', msg('value', { code: kpi.code }));
      continue;
    }
    if (c.value === null || (typeof c.value === 'string' && c.value.trim() === '')) {
      out.push({ kpiId: kpi.id, period, value: null, note: undefined });
      continue;
    }
    const checked = checkValue(
      c.value,
      kpi.unit,
      boundsOf(
        kpi.unit,
        kpi.value_min === null ? null : Number(kpi.value_min),
        kpi.value_max === null ? null : Number(kpi.value_max),
      ),
    );
    if ('problem' in checked) {
      bad(c, 'value', checked.problem);
      continue;
    }
    const note = c.note !== undefined ? c.note.trim() : (notes.get(key) ?? '');
    const light = lightOf(checked.value, kpi.direction, targets.get(kpi.id) ?? [], periodStart(p));
    if (light?.light === 'red' && !note) {
      bad(
        c,
        'note',
        msg('note', {
          name: { nl: kpi.name_nl, en: kpi.name_en || kpi.name_nl },
          period: periodInWords(period),
          target: light.target.target,
          redThreshold: light.target.redThreshold,
        }),
      );
      continue;
    }
    out.push({ kpiId: kpi.id, period, value: checked.value, note: c.note !== undefined ? c.note.trim() : undefined });
  }
  if (errors.length) {
    const n = errors.length;
    // One wrong value: the message says which and what it needs; more: how many, each named in `fields`.
    throw new KpiRuleError(n === 1 ? reasons[0]! : msg('values_not_valid', { count: n }), errors);
  }
  return out;
}

/** Saves checked cells in one transaction: a value upserts, null removes. */
export async function saveCells(
  db: Db,
  orgId: string,
  userId: string | null,
  cells: readonly Cell[],
  source: 'manual' | 'import',
) {
  return db.transaction().execute(async (tx) => {
    const rows = await prepareCells(tx, orgId, cells);
    let saved = 0;
    let removed = 0;
    const writes = rows.filter((r) => r.value !== null);
    // Cells with a note set it; cells without one keep the note the value had.
    for (const withNote of [true, false]) {
      const group = writes.filter((r) => (r.note !== undefined) === withNote);
      for (let i = 0; i < group.length; i += 500) {
        const chunk = group.slice(i, i + 500);
        await tx
          .insertInto('kpi_value')
          .values(
            chunk.map((r) => ({
              org_id: orgId,
              kpi_id: r.kpiId,
              period: r.period,
              value: r.value!,
              source,
              note: r.note ?? '',
              entered_by: userId,
              computation: null,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['kpi_id', 'period']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              source: eb.ref('excluded.source'),
              entered_by: eb.ref('excluded.entered_by'),
              updated_at: sql`now()`,
              ...(withNote ? { note: eb.ref('excluded.note') } : {}),
            })),
          )
          .execute();
        saved += chunk.length;
      }
    }
    for (const r of rows.filter((x) => x.value === null)) {
      const d = await tx
        .deleteFrom('kpi_value')
        .where('org_id', '=', orgId)
        .where('kpi_id', '=', r.kpiId)
        .where('period', '=', r.period)
        .where('source', '!=', 'computed')
        .executeTakeFirst();
      removed += Number(d.numDeletedRows);
    }
    return { saved, removed };
  });
}

/** Sets the note of a stored value; a red value keeps a note. */
export async function setNote(db: DbOrTx, orgId: string, kpiId: string, period: string, note: string) {
  const row = await db
    .selectFrom('kpi_value as v')
    .innerJoin('kpi as k', 'k.id', 'v.kpi_id')
    .select(['v.id', 'v.value', 'k.direction', 'k.code'])
    .where('v.org_id', '=', orgId)
    .where('v.kpi_id', '=', kpiId)
    .where('v.period', '=', period.toUpperCase())
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  if (!note.trim()) {
    const targets = (await targetsByKpi(db, orgId, [kpiId])).get(kpiId) ?? [];
    const light = lightOf(Number(row.value), row.direction, targets, periodStart(parsePeriod(period)!));
    if (light?.light === 'red')
      throw new KpiRuleError(msg('red_note_may_not', { code: row.code, period }), [
        { path: 'note', message: msg('required_red_value') },
      ]);
  }
  await db.updateTable('kpi_value').set({ note: note.trim() }).where('id', '=', row.id).execute();
  return { kpiId, period: period.toUpperCase(), note: note.trim() };
}

// ---- files -----------------------------------------------------------------------------------

const HEADERS: Record<string, 'code' | 'period' | 'value' | 'note'> = {
  code: 'code',
  kpi: 'code',
  period: 'period',
  periode: 'period',
  value: 'value',
  waarde: 'value',
  note: 'note',
  toelichting: 'note',
  opmerking: 'note',
};

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 7);
  return String(v).trim();
}

/** Reads a CSV (`;`, `,` or tab; UTF-8 or Windows-1252) or XLSX file with columns code;period;value;note into cells named by line. */
export async function parseValuesFile(bytes: Uint8Array): Promise<Cell[]> {
  const { rows } = await readTableFile(bytes);
  const header = (rows[0] ?? []).map((h) => HEADERS[cellText(h).toLowerCase()]);
  const col = (name: 'code' | 'period' | 'value' | 'note') => header.indexOf(name);
  const missing = (['code', 'period', 'value'] as const).filter((n) => col(n) < 0);
  if (missing.length) {
    throw new KpiRuleError(
      msg('first_line_must_hold', { missing: missing.join(', ') }),
      missing.map((m) => ({ path: 'line 1', message: msg('column_missing', { m }) })),
    );
  }
  const cells: Cell[] = [];
  rows.slice(1).forEach((r, i) => {
    const get = (n: 'code' | 'period' | 'value' | 'note') => (col(n) >= 0 ? r[col(n)] : undefined);
    if (r.every((v) => cellText(v) === '')) return;
    const raw = get('value');
    const line = i + 2;
    const period = get('period');
    cells.push({
      code: cellText(get('code')),
      period: typeof period === 'number' ? String(period) : cellText(period),
      value: typeof raw === 'number' ? raw : cellText(raw) === '' ? '' : cellText(raw),
      note: col('note') >= 0 && cellText(get('note')) ? cellText(get('note')) : undefined,
      where: { path: `line ${line}`, ...msg('line', { line }) },
    });
  });
  if (!cells.length) throw new KpiRuleError(msg('file_holds_no_values'), [{ path: 'file', message: msg('empty') }]);
  // An empty value in a file is refused (a file does not remove values).
  const empty = cells.filter((c) => c.value === '');
  if (empty.length)
    throw new KpiRuleError(
      msg('every_line_needs_value'),
      empty.map((c) => ({
        path: `${c.where.path}.value`,
        message: msg('value_missing', { where: c.where }),
      })),
    );
  return cells;
}
