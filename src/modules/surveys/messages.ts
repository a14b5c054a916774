/** Messages of surveys, in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../../lib/messages.ts';

export const msg = defineMessages('surveys', {
  nl: {
    closing_date_past: 'De sluitingsdatum ligt in het verleden.',
    today_later: 'vandaag of later',
    choose_number_invitations_open: 'Kies een aantal uitnodigingen of een open link.',
    least_without_open_link: 'minstens 1 zonder open link',
  },
  en: {
    closing_date_past: 'The closing date is in the past.',
    today_later: 'today or later',
    choose_number_invitations_open: 'Choose a number of invitations or an open link.',
    least_without_open_link: 'at least 1 without an open link',
  },
});
