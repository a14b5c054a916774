/** Messages of complaints, in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../../lib/messages.ts';

export const msg = defineMessages('complaints', {
  nl: {
    unknown_client: 'onbekende cliënt',
    not_member: 'geen lid van deze organisatie',
    answer_needs_outcome: 'een beantwoorde klacht heeft een uitkomst',
    before_received: 'ligt vóór de ontvangstdatum',
    not_in_future: 'mag niet in de toekomst liggen',
    ack_after_answer: 'de ontvangstbevestiging ligt na het antwoord',
    answer_before_ack: 'korter dan de termijn voor de ontvangstbevestiging',
    rule_exists: 'Er bestaat al een termijnregel vanaf die datum.',
    link_unknown: 'Deze link is niet (meer) geldig.',
    too_many: 'Te veel meldingen na elkaar. Probeer het over {{seconds}} seconden opnieuw.',
    daily_cap: 'Deze organisatie ontving vandaag al veel meldingen via deze link. Probeer het morgen opnieuw.',
    anonymous_subject: 'Anonieme melding via de publieke link',
  },
  en: {
    unknown_client: 'unknown client',
    not_member: 'not a member of this organisation',
    answer_needs_outcome: 'an answered complaint has an outcome',
    before_received: 'lies before the day it was received',
    not_in_future: 'cannot lie in the future',
    ack_after_answer: 'the acknowledgement lies after the answer',
    answer_before_ack: 'shorter than the acknowledgement deadline',
    rule_exists: 'A deadline rule from that day already exists.',
    link_unknown: 'This link is not (or no longer) valid.',
    too_many: 'Too many reports in a row. Try again in {{seconds}} seconds.',
    daily_cap: 'This organisation already received many reports through this link today. Please try again tomorrow.',
    anonymous_subject: 'Anonymous report through the public link',
  },
});
