import { getOrganisation } from '../modules/orgs/queries.ts';
import { ensureComputed } from '../modules/performance/computed.ts';
import { lightOf, parsePeriod, periodStart } from '../modules/performance/logic/index.ts';
import { parseValuesFile, saveCells, targetsByKpi } from '../modules/performance/values.ts';
import { AppError } from '../server/errors.ts';
import type { Command } from './commands.ts';
import { msg } from './messages.ts';
import { auditCommand, readOptionFile, required, type Values } from './options.ts';

function periodOption(v: Values, key: string) {
  const p = parsePeriod(required(v, key));
  if (!p)
    throw new AppError('validation', msg('period_like_2026q1', { key }), {
      fields: [{ path: key, message: 'period' }],
    });
  return p;
}

/** KPI commands: import values (the same rules as the API, all or nothing) and list values over a range. */
export const KPI_COMMANDS: Record<string, Command> = {
  'kpi:import': {
    usage: '--org ORG_ID --file waarden.csv|.xlsx   KPI-waarden importeren (code;period;value;note; alles of niets)',
    options: { org: { type: 'string' }, file: { type: 'string' } },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const path = required(v, 'file');
      const result = await saveCells(db, org.id, null, await parseValuesFile(readOptionFile(path)), 'import');
      await auditCommand(db, {
        orgId: org.id,
        action: 'kpi.values_imported',
        entity: 'kpi_value',
        details: { file: path, ...result },
      });
      return { data: { imported: result.saved }, text: `${result.saved} KPI-waarden ingelezen.` };
    },
  },
  'kpi:values': {
    usage:
      '--org ORG_ID --from 2025-01 --to 2026-12   KPI-waarden met stoplicht en toelichting over een periode (elke frequentie binnen die dagen)',
    options: { org: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const from = periodStart(periodOption(v, 'from'));
      const toP = periodOption(v, 'to');
      const to = periodStart(toP);
      await ensureComputed(db, org.id);
      const rows = await db
        .selectFrom('kpi_value as v')
        .innerJoin('kpi as k', 'k.id', 'v.kpi_id')
        .select(['k.id', 'k.code', 'k.name_nl', 'k.unit', 'k.direction', 'v.period', 'v.value', 'v.note', 'v.source'])
        .where('v.org_id', '=', org.id)
        .where('k.archived', '=', false)
        .orderBy('k.code')
        .orderBy('v.period')
        .execute();
      const targets = await targetsByKpi(db, org.id);
      const items = rows.flatMap((r) => {
        const p = parsePeriod(r.period);
        if (!p || periodStart(p) < from || periodStart(p) > to) return [];
        const value = Number(r.value);
        return [
          {
            code: r.code,
            name: r.name_nl,
            unit: r.unit,
            period: r.period,
            value,
            light: lightOf(value, r.direction, targets.get(r.id) ?? [], periodStart(p))?.light ?? null,
            note: r.note,
            source: r.source,
          },
        ];
      });
      const lines = items.map(
        (i) =>
          `${i.code.padEnd(22)} ${i.period.padEnd(8)} ${String(i.value).padStart(12)}  ${(i.light ?? '-').padEnd(5)} ${i.note}`,
      );
      return {
        data: { organisation: org.name, from: required(v, 'from'), to: required(v, 'to'), items },
        text: [`${items.length} waarden van ${org.name}:`, ...lines].join('\n'),
      };
    },
  },
};
