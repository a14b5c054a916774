/** Dutch texts of the surveys (mounted as `surveys` in src/web/locales/nl.ts). */
export const surveysNl = {
  title: 'Bevragingen',
};
