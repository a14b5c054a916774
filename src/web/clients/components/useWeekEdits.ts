/**
 * The edit state of a week grid: typed values per cell, which cells changed, "as planned", and the
 * server's errors mapped back to cells and rows (`cells.3` → the 4th sent cell, also for the RTH
 * cap). A save answers the grid of the shown group or professional, which replaces the cached one (no refetch).
 */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, client as api } from '../../api.ts';
import { formatNumber } from '../../format.ts';
import { at, storeAndRefresh, weekQuery, type GridFilter } from '../api.ts';
import { formatPoints } from '../format.ts';
import type { Cell, WeekGrid } from '../../../modules/clients/schema.ts';
import { cellKey, dayLabel, gridRows } from './WeekGrid.tsx';

const parse = (v: string) => (v.trim() === '' ? 0 : Number(v.replace(',', '.')));

/** What a save sends: the cells, and the week and group or professional whose grid the answer holds. */
interface SaveInput {
  start: string;
  filter: GridFilter;
  cells: Cell[];
}

/** The refusal of a save without a reason for a month whose statement is issued (400). */
export function reasonRequired(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.details.reasonRequired !== true) return null;
  const months = error.details.issuedMonths;
  return Array.isArray(months) ? months.filter((m): m is string => typeof m === 'string') : [];
}

export function useWeekEdits(orgId: string, grid: WeekGrid | undefined, reason: string, filter: GridFilter) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  const rows = useMemo(() => (grid ? gridRows(grid) : []), [grid]);
  useEffect(() => {
    const next: Record<string, string> = {};
    for (const r of rows)
      for (const [d, u] of Object.entries(r.registered)) next[cellKey(r.clientId, r.code, d)] = formatNumber(u);
    setValues(next);
  }, [rows]);
  const original = (clientId: string, code: string, date: string) =>
    rows.find((r) => r.clientId === clientId && r.code === code)?.registered[date] ?? 0;
  const changes: Cell[] = [];
  const changed = new Set<string>();
  const invalid: Record<string, string> = {};
  for (const r of rows) {
    for (const d of grid?.days ?? []) {
      const key = cellKey(r.clientId, r.code, d);
      const units = parse(values[key] ?? '');
      if (!Number.isFinite(units) || units < 0 || units > 24) invalid[key] = t('clients.grid.badNumber');
      else if (units !== (r.registered[d] ?? 0) && changed.add(key))
        changes.push({
          clientId: r.clientId,
          functionCode: r.code,
          date: d,
          units,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        });
    }
  }
  const save = useMutation({
    mutationFn: ({ start, filter: { group, professional }, cells }: SaveInput) =>
      call(
        api.PUT('/orgs/{orgId}/registrations/week', {
          ...at(orgId),
          body: { start, cells, ...(group ? { group } : {}), ...(professional ? { professional } : {}) },
        }),
      ),
    // The answer holds the grid as shown; what else registrations feed (consumption, statements, other weeks) is refetched.
    onSuccess: (answer, { start, filter: f }) =>
      storeAndRefresh(orgId, weekQuery(orgId, start, f).queryKey, answer.grid),
  });
  // Map the refusal back onto the cells that were sent.
  const sent = save.variables?.cells ?? [];
  const cellErrors: Record<string, string> = { ...invalid };
  const rowErrors: Record<string, string[]> = {};
  const note = (clientId: string, code: string, date: string, message: string) => {
    const key = cellKey(clientId, code, date);
    if (cellErrors[key] === message) return;
    cellErrors[key] = message;
    const row = `${clientId}|${code}`;
    rowErrors[row] = [...(rowErrors[row] ?? []), `${dayLabel(date)}: ${message}`];
  };
  if (save.error instanceof ApiError) {
    const error = save.error;
    const cap =
      error.code === 'rth_cap'
        ? (error.details as { clientId?: string; functionCode?: string; date?: string; remaining?: string })
        : null;
    const capMessage = cap?.remaining ? t('clients.grid.rthRemaining', { points: formatPoints(cap.remaining) }) : null;
    let marked = false;
    for (const f of error.fields) {
      const index = /^cells\.(\d+)/.exec(f.path)?.[1];
      const cell = index !== undefined ? sent[Number(index)] : undefined;
      if (!cell) continue;
      note(cell.clientId, cell.functionCode, cell.date, capMessage ?? f.message);
      marked = true;
    }
    // An RTH cap without a usable path still names its cell exactly.
    if (cap && !marked && cap.clientId && cap.functionCode && cap.date)
      note(cap.clientId, cap.functionCode, cap.date, capMessage ?? error.message);
  }
  return {
    values,
    rows,
    changes,
    changed,
    cellErrors,
    rowErrors,
    save,
    invalid: Object.keys(invalid).length > 0,
    /** Saves the changes of the shown week; the answer's grid (of `filter`) replaces the cached one. */
    submit: (options?: { onSuccess?: (answer: { saved: number; removed: number }) => void }) =>
      grid && save.mutate({ start: grid.start, filter, cells: changes }, options),
    change: (key: string, value: string) => setValues((v) => ({ ...v, [key]: value })),
    /** Fills every empty cell of the visible week from the plan; returns how many it filled. */
    asPlanned: () => {
      const next = { ...values };
      let filled = 0;
      for (const r of rows) {
        for (const [d, u] of Object.entries(r.planned)) {
          const key = cellKey(r.clientId, r.code, d);
          if ((next[key] ?? '').trim() === '' && original(r.clientId, r.code, d) === 0 && u > 0) {
            next[key] = formatNumber(u);
            filled += 1;
          }
        }
      }
      setValues(next);
      return filled;
    },
  };
}
