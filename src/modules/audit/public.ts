/** What other modules may use of audit: writing an event, and scrubbing a person's traces on erasure. */
export { type AuditEvent, recordAudit, scrubAudit } from './queries.ts';
