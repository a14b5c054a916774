/** Dutch texts of the CAF self-assessment (mounted as `caf` in src/web/locales/nl.ts). */
export const cafNl = {
  title: 'CAF-zelfevaluatie',
};
