import type { cafNl as Dutch } from './nl.ts';

/** English texts of the CAF self-assessment: the same keys as the Dutch file. */
export const cafEn: typeof Dutch = {
  title: 'CAF self-assessment',
};
