/** Messages of partnerships, in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../../lib/messages.ts';

export const msg = defineMessages('partnerships', {
  nl: {
    duplicate_item: 'dit onderdeel staat meer dan eens in de lijst',
    unknown_objective: 'onbekende strategische doelstelling',
    unknown_version: 'Deze versie bestaat niet.',
    review_before_decision: 'de herbeoordeling ligt vóór de beslissing',
    end_before_start: 'het einde van de financiering ligt vóór het begin',
    project_name_taken: 'Er bestaat al een project met die naam.',
  },
  en: {
    duplicate_item: 'this item appears more than once in the list',
    unknown_objective: 'unknown strategic objective',
    unknown_version: 'This version does not exist.',
    review_before_decision: 'the review date is before the decision',
    end_before_start: 'the end of the funding is before its start',
    project_name_taken: 'A project with that name already exists.',
  },
});
