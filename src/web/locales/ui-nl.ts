/** Dutch texts of the shared UI building blocks (DateField, DataTable); `ui-en.ts` has the same keys. */
export const uiNl = {
  dates: {
    placeholder: 'dd/mm/jjjj',
    invalid: 'Geef een datum als dd/mm/jjjj.',
    nextMonth: 'Volgende maand',
    previousMonth: 'Vorige maand',
    nextYear: 'Volgend jaar',
    previousYear: 'Vorig jaar',
    nextDecade: 'Volgend decennium',
    previousDecade: 'Vorig decennium',
    monthLevel: 'Kies een maand',
    yearLevel: 'Kies een jaar',
  },
  table: {
    empty: 'Nog niets om te tonen.',
    sortBy: 'Sorteren op {{column}}',
  },
  removal: {
    title: '{{name}} verwijderen',
    remove: 'Verwijderen',
    removeName: '{{name}} verwijderen',
    final: 'Dit kan niet ongedaan worden gemaakt.',
    done: '{{name}} is verwijderd.',
  },
};
