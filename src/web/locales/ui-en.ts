/** English texts of the shared UI building blocks: the same keys as `ui-nl.ts`. */
import type { uiNl as Dutch } from './ui-nl.ts';

export const uiEn: typeof Dutch = {
  dates: {
    placeholder: 'dd/mm/yyyy',
    invalid: 'Enter a date as dd/mm/yyyy.',
    nextMonth: 'Next month',
    previousMonth: 'Previous month',
    nextYear: 'Next year',
    previousYear: 'Previous year',
    nextDecade: 'Next decade',
    previousDecade: 'Previous decade',
    monthLevel: 'Choose a month',
    yearLevel: 'Choose a year',
  },
  table: {
    empty: 'Nothing to show yet.',
    sortBy: 'Sort by {{column}}',
  },
  removal: {
    title: 'Remove {{name}}',
    remove: 'Remove',
    removeName: 'Remove {{name}}',
    final: 'This cannot be undone.',
    done: '{{name}} has been removed.',
  },
};
