/**
 * What other modules may use of clients (see docs/architecture.md): its KPI figures (kpi-source.ts) and
 * what it shows on Home (home-source.ts).
 */
export {
  type AgreementLine,
  agreedIn,
  agreementLines,
  clientDates,
  clientsFingerprint,
  pvbVoucherPoints,
  registrationsByMonth,
  waitingRequests,
} from './kpi-source.ts';
export { budgetSignals, clientAgenda, clientCount, waitingByPriority } from './home-source.ts';
export type { Viewer } from './caseload.ts';
