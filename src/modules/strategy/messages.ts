/** Messages of strategy (SWOT and stakeholders), in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../../lib/messages.ts';

export const msg = defineMessages('strategy', {
  nl: {
    swot_year_taken: 'Er bestaat al een SWOT voor {{year}}.',
    stakeholder_name_taken: 'Er bestaat al een stakeholder met die naam.',
    unknown_kpi: 'onbekende indicator',
    unknown_survey: 'onbekende bevraging',
    unknown_objective: 'onbekende strategische doelstelling',
    invalid_links: 'Ongeldige koppeling: die bestaat niet in deze organisatie.',
  },
  en: {
    swot_year_taken: 'A SWOT for {{year}} already exists.',
    stakeholder_name_taken: 'A stakeholder with that name already exists.',
    unknown_kpi: 'unknown indicator',
    unknown_survey: 'unknown survey',
    unknown_objective: 'unknown strategic objective',
    invalid_links: 'Invalid link: it does not exist in this organisation.',
  },
});
