/** The week grid of registration: clients × days × functions, planned (from the agreements) and registered. */
import type { DbOrTx } from '../../server/db.ts';
import { addDays, type UnitKind as Unit } from './logic/index.ts';
import { listFunctions } from './offer.ts';

/** Planned units per day of the week from an agreement line (days/nights: whole units on the first days; hours: spread over weekdays). */
function plannedDays(a: { count: number; per: string; unit: string }, days: string[]): Record<string, number> {
  const perWeek = a.per === 'week' ? a.count : a.per === 'month' ? (a.count * 12) / 52.143 : a.count / 52.143;
  const out: Record<string, number> = {};
  if (a.unit === 'day' || a.unit === 'night') {
    const n = Math.min(Math.round(perWeek), a.unit === 'night' ? 7 : 5);
    days.slice(0, n).forEach((d) => {
      out[d] = 1;
    });
  } else {
    const each = Math.round((perWeek / 5) * 100) / 100;
    if (each > 0)
      days.slice(0, 5).forEach((d) => {
        out[d] = each;
      });
  }
  return out;
}

/** The week grid from `start` (a Monday): per client its functions with planned and registered units per day. */
export async function weekGrid(db: DbOrTx, orgId: string, start: string, groupId?: string, professionalId?: string) {
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const end = days[6]!;
  let clientsQuery = db
    .selectFrom('cl_client')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', start)]))
    .orderBy('name');
  if (groupId) clientsQuery = clientsQuery.where('group_id', '=', groupId);
  if (professionalId) clientsQuery = clientsQuery.where('professional_id', '=', professionalId);
  const [clients, issued] = await Promise.all([
    clientsQuery.execute(),
    db
      .selectFrom('cl_statement')
      .select('month')
      .where('org_id', '=', orgId)
      .where('month', 'in', [...new Set([start.slice(0, 7), end.slice(0, 7)])])
      .execute(),
  ]);
  /** Months of this week whose statement is issued: a change there needs a reason. */
  const issuedMonths = issued.map((r) => r.month).sort();
  const ids = clients.map((c) => c.id);
  if (ids.length === 0) return { start, days, issuedMonths, clients: [] };
  const functions = new Map((await listFunctions(db, orgId)).map((f) => [f.code, f]));
  const [agreements, registrations] = await Promise.all([
    db
      .selectFrom('cl_agreement')
      .select(['client_id', 'function_code', 'count', 'per'])
      .where('org_id', '=', orgId)
      .where('client_id', 'in', ids)
      .where('start_date', '<=', end)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', start)]))
      .execute(),
    db
      .selectFrom('cl_registration')
      .select(['client_id', 'function_code', 'date', 'units'])
      .where('org_id', '=', orgId)
      .where('client_id', 'in', ids)
      .where('date', '>=', start)
      .where('date', '<=', end)
      .execute(),
  ]);
  return {
    start,
    days,
    issuedMonths,
    clients: clients.map((c) => {
      const rows = new Map<
        string,
        {
          code: string;
          name: string;
          unit: Unit;
          kind: 'pvf' | 'rth';
          planned: Record<string, number>;
          registered: Record<string, number>;
        }
      >();
      const row = (code: string) => {
        const fn = functions.get(code);
        if (!rows.has(code))
          rows.set(code, {
            code,
            name: fn?.name ?? code,
            unit: fn?.unit ?? 'unit',
            kind: fn?.kind ?? 'pvf',
            planned: {},
            registered: {},
          });
        return rows.get(code)!;
      };
      for (const a of agreements.filter((x) => x.client_id === c.id)) {
        const r = row(a.function_code);
        r.planned = plannedDays({ count: Number(a.count), per: a.per, unit: r.unit }, days);
      }
      for (const reg of registrations.filter((x) => x.client_id === c.id))
        row(reg.function_code).registered[reg.date] = Number(reg.units);
      return { id: c.id, name: c.name, functions: [...rows.values()] };
    }),
  };
}
