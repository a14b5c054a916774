/**
 * What other modules may use of the handbook (see docs/architecture.md): for Home, the documents whose
 * review date falls within 60 days (or has passed), as the handbook overview lists them to those who write.
 */
export { handbookReviewsDue } from './handbook.ts';
