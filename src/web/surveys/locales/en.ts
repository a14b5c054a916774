import type { surveysNl as Dutch } from './nl.ts';

/** English texts of the surveys: the same keys as the Dutch file. */
export const surveysEn: typeof Dutch = {
  title: 'Surveys',
};
