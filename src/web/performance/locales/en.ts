import type { performanceNl as Dutch } from './nl.ts';

/** English texts of the cockpit, KPIs, targets and board view: the same keys as the Dutch file. */
export const performanceEn: typeof Dutch = {
  title: 'Cockpit',
};
