/**
 * The edit state of a week grid: typed values per cell, which cells changed, "as planned", and the
 * server's errors mapped back to cells and rows (`cells.3` → the 4th sent cell; an RTH cap names the
 * client and date).
 */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api.ts';
import { formatNumber } from '../../format.ts';
import { orgBase, refreshClients } from '../api.ts';
import { formatPoints } from '../format.ts';
import type { Cell, WeekGrid } from '../types.ts';
import { cellKey, dayLabel, gridRows } from './WeekGrid.tsx';

const parse = (v: string) => (v.trim() === '' ? 0 : Number(v.replace(',', '.')));

export function useWeekEdits(orgId: string, grid: WeekGrid | undefined, reason: string) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  const rows = useMemo(() => (grid ? gridRows(grid) : []), [grid]);
  useEffect(() => {
    const next: Record<string, string> = {};
    for (const r of rows) for (const [d, u] of Object.entries(r.registered)) next[cellKey(r.clientId, r.code, d)] = formatNumber(u);
    setValues(next);
  }, [rows]);
  const original = (clientId: string, code: string, date: string) => rows.find((r) => r.clientId === clientId && r.code === code)?.registered[date] ?? 0;
  const changes: Cell[] = [];
  const changed = new Set<string>();
  const invalid: Record<string, string> = {};
  for (const r of rows) {
    for (const d of grid?.days ?? []) {
      const key = cellKey(r.clientId, r.code, d);
      const units = parse(values[key] ?? '');
      if (!Number.isFinite(units) || units < 0 || units > 24) invalid[key] = t('clients.grid.badNumber');
      else if (units !== (r.registered[d] ?? 0) && changed.add(key)) changes.push({ clientId: r.clientId, functionCode: r.code, date: d, units, ...(reason.trim() ? { reason: reason.trim() } : {}) });
    }
  }
  const save = useMutation({
    mutationFn: (cells: Cell[]) => api<{ saved: number; removed: number }>('PUT', `${orgBase(orgId)}/registrations/week`, { start: grid!.start, cells }),
    onSuccess: () => refreshClients(orgId),
  });
  // Map the refusal back onto the cells that were sent.
  const sent = save.variables ?? [];
  const cellErrors: Record<string, string> = { ...invalid };
  const rowErrors: Record<string, string[]> = {};
  const note = (clientId: string, code: string, date: string, message: string) => {
    cellErrors[cellKey(clientId, code, date)] = message;
    (rowErrors[`${clientId}|${code}`] ??= []).push(`${dayLabel(date)}: ${message}`);
  };
  if (save.error instanceof ApiError) {
    for (const f of save.error.fields) {
      const index = /^cells\.(\d+)/.exec(f.path)?.[1];
      const cell = index !== undefined ? sent[Number(index)] : undefined;
      if (cell) note(cell.clientId, cell.functionCode, cell.date, f.message);
    }
    if (save.error.code === 'rth_cap') {
      const d = save.error.details as { clientId?: string; date?: string; remaining?: string };
      const message = d.remaining ? t('clients.grid.rthRemaining', { points: formatPoints(d.remaining) }) : save.error.message;
      for (const r of rows.filter((x) => x.clientId === d.clientId)) {
        if (sent.some((c) => c.clientId === r.clientId && c.functionCode === r.code && c.date === d.date)) note(r.clientId, r.code, d.date!, message);
      }
    }
  }
  return {
    values, rows, changes, changed, cellErrors, rowErrors, save, invalid: Object.keys(invalid).length > 0,
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
