/** Messages of governance, in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../../lib/messages.ts';

export const msg = defineMessages('governance', {
  nl: {
    unknown_link: 'onbekende {{what}}',
    objective: 'doelstelling',
    assessment: 'beoordeling van een partnerschap',
    project: 'innovatieproject',
    body_not_allowed: 'Met uw rol kan u geen besluiten van dit orgaan vastleggen.',
  },
  en: {
    unknown_link: 'unknown {{what}}',
    objective: 'objective',
    assessment: 'partnership assessment',
    project: 'innovation project',
    body_not_allowed: 'Your role cannot record decisions of this body.',
  },
});
