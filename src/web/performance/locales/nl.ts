/** Dutch texts of the cockpit, KPIs, targets and board view (mounted as `performance` in src/web/locales/nl.ts). */
export const performanceNl = {
  title: 'Cockpit',
};
