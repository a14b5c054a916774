/**
 * The payroll import: a provider's export (CSV or XLSX, its own column names) with a mapping step,
 * all or nothing. It upserts employees by employee number, their contracts by start date and their
 * payroll months; importing the same file again changes nothing.
 */
import { type FileError, fileErrors, readTableFile } from '../../lib/files/index.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { firstOverlap, type Period } from './logic/contracts.ts';
import { recognizePayrollHeader } from './logic/payroll-fields.ts';
import { type PayrollMapping, type PayrollRow, parsePayrollRows } from './logic/payroll-parse.ts';
import { msg } from './messages.ts';
import { contractRows } from './queries.ts';
import type { PayrollImportResult, PayrollPreview } from './schema-import.ts';

const MAX_ERRORS = 100;

/** The mapping memory: column names of earlier imports of this organisation → field or 'ignore'. */
async function rememberedMapping(db: DbOrTx, orgId: string): Promise<PayrollMapping> {
  const rows = await db
    .selectFrom('ppl_payroll_mapping')
    .select(['source', 'target'])
    .where('org_id', '=', orgId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.source, r.target])) as PayrollMapping;
}

/**
 * Reads the file with the user's mapping over the remembered one; `remembered` are the file's columns
 * mapped from memory (not by the user, not recognised by their name).
 */
async function parse(db: DbOrTx, orgId: string, bytes: Uint8Array, mapping: PayrollMapping) {
  const table = await readTableFile(bytes);
  const memory = await rememberedMapping(db, orgId);
  const parsed = parsePayrollRows(table.rows, { ...memory, ...mapping });
  const remembered = parsed.headers.filter(
    (h) => h in memory && !(h in mapping) && recognizePayrollHeader(h) === undefined,
  );
  return { ...parsed, remembered };
}

/** After a successful import: the columns the user mapped by hand (not recognised by name) are remembered. */
async function remember(tx: DbOrTx, orgId: string, headers: string[], mapping: PayrollMapping) {
  for (const [source, target] of Object.entries(mapping)) {
    if (!headers.includes(source) || recognizePayrollHeader(source) === target) continue;
    await tx
      .insertInto('ppl_payroll_mapping')
      .values({ org_id: orgId, source, target })
      .onConflict((oc) => oc.columns(['org_id', 'source']).doUpdateSet({ target }))
      .execute();
  }
}

/** What the file holds and how its columns were read; nothing is saved. */
export async function previewPayroll(db: DbOrTx, orgId: string, bytes: Uint8Array, mapping: PayrollMapping) {
  const parsed = await parse(db, orgId, bytes, mapping);
  const known = new Set(
    (await db.selectFrom('ppl_employee').select('external_ref').where('org_id', '=', orgId).execute()).map(
      (e) => e.external_ref,
    ),
  );
  const people = new Set(parsed.rows.map((r) => r.employeeNumber));
  const months = parsed.rows.map((r) => r.month).sort();
  return {
    headers: parsed.headers,
    mapping: parsed.mapping,
    unknownHeaders: parsed.unknownHeaders,
    remembered: parsed.remembered,
    rows: parsed.rows.length,
    employees: people.size,
    newEmployees: [...people].filter((p) => !known.has(p)).length,
    firstMonth: months[0] ?? null,
    lastMonth: months.at(-1) ?? null,
    errors: parsed.errors.slice(0, MAX_ERRORS),
    errorCount: parsed.errors.length,
  } satisfies PayrollPreview;
}

const latest = (rows: PayrollRow[]) => rows.reduce((a, b) => (b.month > a.month ? b : a));
const groupBy = <T>(items: T[], key: (t: T) => string) => {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/** Imports the file, all or nothing: any bad line (in the file or against stored contracts) saves nothing. */
export async function importPayroll(db: Db, orgId: string, bytes: Uint8Array, mapping: PayrollMapping) {
  const parsed = await parse(db, orgId, bytes, mapping);
  if (parsed.errors.length > 0) throw tooMany(parsed.errors);
  return db.transaction().execute(async (tx) => {
    const result = await write(tx, orgId, parsed.rows, parsed.mapping);
    await remember(tx, orgId, parsed.headers, mapping);
    return result;
  });
}

function tooMany(errors: FileError[]) {
  const summary = { code: 'payroll_errors', ...msg('import_errors', { count: errors.length }) };
  return fileErrors(errors.slice(0, MAX_ERRORS), Math.max(0, errors.length - MAX_ERRORS), summary);
}

async function write(tx: DbOrTx, orgId: string, rows: PayrollRow[], mapping: Record<string, string>) {
  const result: PayrollImportResult = {
    rows: rows.length,
    employees: { created: 0, updated: 0 },
    contracts: { created: 0, updated: 0 },
    months: { created: 0, updated: 0 },
  };
  const errors: FileError[] = [];
  const column = (field: string) => Object.entries(mapping).find(([, f]) => f === field)?.[0] ?? field;
  const existing = new Map(
    (await tx.selectFrom('ppl_employee').selectAll().where('org_id', '=', orgId).forUpdate().execute()).map((e) => [
      e.external_ref,
      e,
    ]),
  );
  const contracts = groupBy(await contractRows(tx, orgId), (c) => c.employeeId);
  const payroll = new Map(
    (await tx.selectFrom('ppl_payroll_month').selectAll().where('org_id', '=', orgId).execute()).map((p) => [
      `${p.employee_id}|${p.month.slice(0, 7)}`,
      p,
    ]),
  );
  const months: {
    employee_id: string;
    month: string;
    hours_worked: number;
    cost_cents: number;
    benefits_cents: number;
  }[] = [];
  for (const [number, own] of groupBy(rows, (r) => r.employeeNumber)) {
    const last = latest(own);
    const person = {
      first_name: last.firstName,
      last_name: last.lastName,
      sex: last.sex,
      ...(last.birthYear !== null ? { birth_year: last.birthYear } : {}),
      ...(last.education !== null ? { education: last.education } : {}),
    };
    let employeeId: string;
    const before = existing.get(number);
    if (!before) {
      const r = await tx
        .insertInto('ppl_employee')
        .values({ org_id: orgId, external_ref: number, ...person })
        .returning('id')
        .executeTakeFirstOrThrow();
      employeeId = r.id;
      result.employees.created++;
    } else {
      employeeId = before.id;
      if (Object.entries(person).some(([k, v]) => before[k as keyof typeof before] !== v)) {
        await tx
          .updateTable('ppl_employee')
          .set(person)
          .where('org_id', '=', orgId)
          .where('id', '=', employeeId)
          .execute();
        result.employees.updated++;
      }
    }
    const stored = contracts.get(employeeId) ?? [];
    const planned: Period[] = stored.map((s) => ({ startsOn: s.startsOn, endsOn: s.endsOn }));
    for (const [start, spell] of groupBy(own, (r) => r.contract.startsOn)) {
      const terms = latest(spell);
      const c = terms.contract;
      const values = {
        ends_on: c.endsOn,
        contract_type: c.contractType,
        category: c.category,
        weekly_hours: c.weeklyHours,
        full_time_hours: c.fullTimeHours,
        monthly_cost_cents: terms.costCents,
        ...(c.functionTitle !== null ? { function_title: c.functionTitle } : {}),
        ...(c.endsOn ? (c.exitReason ? { exit_reason: c.exitReason } : {}) : { exit_reason: null }),
      };
      const same = stored.find((s) => s.startsOn === start);
      const clash = firstOverlap(
        planned.filter((p) => p.startsOn !== start),
        { startsOn: start, endsOn: c.endsOn },
      );
      if (clash) {
        const at = column('contractStart');
        errors.push({
          code: 'contract_overlap',
          line: terms.line,
          column: at,
          ...msg('import_contract_conflict', { start: clash.startsOn }),
        });
        continue;
      }
      if (same) {
        const changed =
          same.endsOn !== c.endsOn ||
          same.contractType !== c.contractType ||
          same.category !== c.category ||
          same.weeklyHours !== c.weeklyHours ||
          same.fullTimeHours !== c.fullTimeHours ||
          same.monthlyCostCents !== terms.costCents ||
          (c.functionTitle !== null && same.functionTitle !== c.functionTitle) ||
          ('exit_reason' in values && same.exitReason !== values.exit_reason);
        if (changed) {
          await tx
            .updateTable('ppl_contract')
            .set(values)
            .where('org_id', '=', orgId)
            .where('id', '=', same.id)
            .execute();
          result.contracts.updated++;
        }
        planned.splice(
          planned.findIndex((p) => p.startsOn === start),
          1,
          { startsOn: start, endsOn: c.endsOn },
        );
      } else {
        const r = await tx
          .insertInto('ppl_contract')
          .values({ org_id: orgId, employee_id: employeeId, starts_on: start, exit_reason: null, ...values })
          .returning('id')
          .executeTakeFirstOrThrow();
        planned.push({ id: r.id, startsOn: start, endsOn: c.endsOn });
        result.contracts.created++;
      }
    }
    for (const r of own) {
      const old = payroll.get(`${employeeId}|${r.month}`);
      const row = {
        employee_id: employeeId,
        month: `${r.month}-01`,
        hours_worked: r.hoursWorked,
        cost_cents: r.costCents,
        benefits_cents: r.benefitsCents,
      };
      if (!old) result.months.created++;
      else if (
        Number(old.hours_worked) !== r.hoursWorked ||
        Number(old.cost_cents) !== r.costCents ||
        Number(old.benefits_cents) !== r.benefitsCents
      )
        result.months.updated++;
      else continue;
      months.push(row);
    }
  }
  if (errors.length > 0) throw tooMany(errors.sort((a, b) => a.line - b.line));
  for (let i = 0; i < months.length; i += 500) {
    await tx
      .insertInto('ppl_payroll_month')
      .values(months.slice(i, i + 500).map((m) => ({ org_id: orgId, ...m })))
      .onConflict((oc) =>
        oc.columns(['employee_id', 'month']).doUpdateSet((eb) => ({
          hours_worked: eb.ref('excluded.hours_worked'),
          cost_cents: eb.ref('excluded.cost_cents'),
          benefits_cents: eb.ref('excluded.benefits_cents'),
        })),
      )
      .execute();
  }
  return result;
}
