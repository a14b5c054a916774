import type { planNl as Dutch } from './plan-nl.ts';

/** English texts of the strategy map and the improvement actions: the same keys as the Dutch file. */
export const planEn: typeof Dutch = {
  title: 'Improvement actions',
};
