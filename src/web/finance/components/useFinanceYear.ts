import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParam } from '../../components/useSearchParam.ts';
import { importsQuery } from '../api.ts';
import { thisYear as brusselsYear } from '../../../lib/calendar.ts';

/**
 * The fiscal year a finance page shows, kept in `?year=` so the sub-pages share it. Without one:
 * the latest year with a ledger import and a cost model, else the latest with a ledger import, else
 * the current calendar year.
 */
export function useFinanceYear(orgId: string, enabled = true) {
  const [yearParam, setYearParam] = useSearchParam('year');
  const imports = useQuery({ ...importsQuery(orgId), enabled });
  const thisYear = brusselsYear();
  const importYears = useMemo(() => [...new Set((imports.data?.items ?? []).map((i) => i.year))], [imports.data]);
  const fromUrl = Number(yearParam);
  // A newly imported year without a cost model does not take over the finance pages: the default is
  // the latest year that has both a ledger and a model, else the latest ledger year.
  const modelYears = (imports.data?.items ?? []).filter((i) => i.hasModel).map((i) => i.year);
  const defaults = modelYears.length ? modelYears : importYears;
  const latest = defaults.length ? Math.max(...defaults) : thisYear;
  const year = Number.isInteger(fromUrl) && fromUrl > 1900 && fromUrl < 3000 ? fromUrl : latest;
  const years = useMemo(() => {
    const all = new Set([...importYears, thisYear - 1, thisYear, thisYear + 1, year]);
    return [...all].sort((a, b) => b - a);
  }, [importYears, thisYear, year]);
  const setYear = useCallback((next: number) => setYearParam(String(next)), [setYearParam]);
  return {
    year,
    setYear,
    years,
    importYears,
    /** False until the imports list has answered (the default year may still change). */
    ready: !enabled || imports.isFetched,
    imports,
  };
}
