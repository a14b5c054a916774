import { CSV_OR_XLSX, FileImport } from '../../components/FileImport.tsx';
import { importValuesPath } from '../kpi-api.ts';
import { refreshPerformance } from '../plan-api.ts';

/** Import of values from CSV or XLSX (code;period;value;note), all or nothing, every wrong line named. */
export function ValuesImport({ orgId }: { orgId: string }) {
  return (
    <FileImport
      texts="performance.import"
      path={importValuesPath(orgId)}
      accept={CSV_OR_XLSX}
      onDone={() => refreshPerformance(orgId)}
    />
  );
}
