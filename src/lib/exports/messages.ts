/** Messages of exports, in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../../lib/messages.ts';

export const msg = defineMessages('exports', {
  nl: {
    day: 'dag',
    night: 'nacht',
    hour: 'uur',
    session: 'sessie',
    meal: 'maaltijd',
    clientyear: 'cliëntjaar',
    unit: 'eenheid',
  },
  en: {
    day: 'day',
    night: 'night',
    hour: 'hour',
    session: 'session',
    meal: 'meal',
    clientyear: 'client-year',
    unit: 'unit',
  },
});
