/**
 * Dutch (nl-BE) interface texts, the default language: the JSON catalogues (`nl.json` here and one per
 * module, `src/web/<module>/locales/nl.json`) mounted under their key. See docs/architecture.md, Translations.
 */
import core from './nl.json' with { type: 'json' };
import auditSentences from './audit-nl.json' with { type: 'json' };
import pageHelp from './help-nl.json' with { type: 'json' };
import ui from './ui-nl.json' with { type: 'json' };
import caf from '../caf/locales/nl.json' with { type: 'json' };
import clients from '../clients/locales/nl.json' with { type: 'json' };
import competences from '../competences/locales/nl.json' with { type: 'json' };
import complaints from '../complaints/locales/nl.json' with { type: 'json' };
import governance from '../governance/locales/nl.json' with { type: 'json' };
import handbook from '../handbook/locales/nl.json' with { type: 'json' };
import boordtabel from '../home/locales/nl.json' with { type: 'json' };
import jobCarving from '../job-carving/locales/nl.json' with { type: 'json' };
import partnerships from '../partnerships/locales/nl.json' with { type: 'json' };
import people from '../people/locales/nl.json' with { type: 'json' };
import performance from '../performance/locales/nl.json' with { type: 'json' };
import plan from '../performance/locales/plan-nl.json' with { type: 'json' };
import se from '../social-economy/locales/nl.json' with { type: 'json' };
import strategic from '../strategy/locales/nl.json' with { type: 'json' };
import surveys from '../surveys/locales/nl.json' with { type: 'json' };

export const nl = {
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

/** The shape every language follows: the same keys, string values. */
export type Messages = typeof nl;
