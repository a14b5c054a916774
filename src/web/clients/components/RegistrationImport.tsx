import { CSV, FileImport } from '../../components/FileImport.tsx';
import { orgBase, refreshClients } from '../api.ts';

/** CSV import of registrations (`client id;function code;date;units[;reason]`), all or nothing. */
export function RegistrationImport({ orgId }: { orgId: string }) {
  return (
    <FileImport
      texts="clients.import"
      path={`${orgBase(orgId)}/registrations/import`}
      accept={CSV}
      onDone={() => refreshClients(orgId)}
    />
  );
}
