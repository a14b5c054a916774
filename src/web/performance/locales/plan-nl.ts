/** Dutch texts of the strategy map and the improvement actions (mounted as `plan` in src/web/locales/nl.ts). */
export const planNl = {
  title: 'Verbeteracties',
};
