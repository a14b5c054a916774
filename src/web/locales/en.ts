/**
 * English interface texts, the second language: the JSON catalogues (`en.json` here and one per module)
 * mounted like the Dutch ones. Typed as `Messages`, so a key Dutch has and English lacks fails the type check.
 */
import type { Messages } from './nl.ts';
import core from './en.json' with { type: 'json' };
import auditSentences from './audit-en.json' with { type: 'json' };
import pageHelp from './help-en.json' with { type: 'json' };
import ui from './ui-en.json' with { type: 'json' };
import caf from '../caf/locales/en.json' with { type: 'json' };
import clients from '../clients/locales/en.json' with { type: 'json' };
import competences from '../competences/locales/en.json' with { type: 'json' };
import complaints from '../complaints/locales/en.json' with { type: 'json' };
import governance from '../governance/locales/en.json' with { type: 'json' };
import handbook from '../handbook/locales/en.json' with { type: 'json' };
import boordtabel from '../home/locales/en.json' with { type: 'json' };
import jobCarving from '../job-carving/locales/en.json' with { type: 'json' };
import partnerships from '../partnerships/locales/en.json' with { type: 'json' };
import people from '../people/locales/en.json' with { type: 'json' };
import performance from '../performance/locales/en.json' with { type: 'json' };
import plan from '../performance/locales/plan-en.json' with { type: 'json' };
import se from '../social-economy/locales/en.json' with { type: 'json' };
import strategic from '../strategy/locales/en.json' with { type: 'json' };
import surveys from '../surveys/locales/en.json' with { type: 'json' };

export const en: Messages = {
  ...core,
  ui,
  auditSentences,
  pageHelp,
  caf,
  clients,
  competences,
  complaints,
  governance,
  handbook,
  boordtabel,
  jobCarving,
  partnerships,
  people,
  performance,
  plan,
  se,
  strategic,
  surveys,
};
