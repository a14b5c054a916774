/** What other modules may use of clients (see docs/architecture.md): its KPI figures (kpi-source.ts). */
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
