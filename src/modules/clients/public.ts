/**
 * What other modules may use of clients (see docs/architecture.md): its KPI figures (kpi-source.ts),
 * what it shows on Home (home-source.ts), and the caseload rules for records about a client (complaints).
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
export { clientNames, requireVisibleClient, type Viewer, visibleClientIds } from './caseload.ts';
