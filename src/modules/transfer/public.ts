/** What other modules may use of transfer: an organisation's export (erasure checks what it still holds). */
export { exportOrganisation, importOrganisation } from './queries.ts';
