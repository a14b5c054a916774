/** The words of an assessment in the PDF documents (documents, not server messages), Dutch and English. */
import type { Lang } from '../../../lib/exports/format.ts';
import type {
  Decision,
  Hybridisation,
  Opportunity,
  Principle,
  PrincipleCheck,
  Risk,
  Sphere,
  Stage,
} from '../logic/model.ts';

type Words<K extends string> = Record<Lang, Record<K, string>>;

export const SPHERE: Words<Sphere> = {
  nl: { market: 'markt', state: 'overheid', community: 'gemeenschap' },
  en: { market: 'market', state: 'state', community: 'community' },
};
export const HYBRIDISATION: Words<Hybridisation> = {
  nl: { internal: 'interne hybridisering', external: 'externe hybridisering (partnerschap)' },
  en: { internal: 'internal hybridisation', external: 'external hybridisation (partnership)' },
};
export const STAGE: Words<Stage> = {
  nl: { proposed: 'voorgesteld', running: 'lopend' },
  en: { proposed: 'proposed', running: 'running' },
};
export const RISK: Words<Risk> = {
  nl: {
    mission_drift: 'Missiedrift',
    power_asymmetry: 'Machtsasymmetrie, minder inspraak van medewerkers en cliënten',
    contractualisation: 'Contractualisering en juridisering',
    local_anchoring: 'Verlies van lokale verankering',
    cream_skimming: 'Afroming: de meest kwetsbaren vallen uit de boot',
    instrumentalising_citizens: 'Instrumentaliseren van burgerinitiatieven',
    informal_carers: 'Overbelasting van mantelzorgers',
  },
  en: {
    mission_drift: 'Mission drift',
    power_asymmetry: 'Power asymmetry, less say for staff and clients',
    contractualisation: 'Contractualisation and juridification',
    local_anchoring: 'Loss of local anchoring',
    cream_skimming: 'Cream skimming: the most vulnerable fall out',
    instrumentalising_citizens: "Instrumentalising citizens' initiatives",
    informal_carers: 'Overburdening informal carers',
  },
};
export const OPPORTUNITY: Words<Opportunity> = {
  nl: {
    resources: 'Middelen',
    know_how: 'Knowhow',
    reach: 'Bereik',
    legitimacy: 'Legitimiteit',
    innovation: 'Innovatie',
  },
  en: {
    resources: 'Resources',
    know_how: 'Know-how',
    reach: 'Reach',
    legitimacy: 'Legitimacy',
    innovation: 'Innovation',
  },
};
export const PRINCIPLE: Words<Principle> = {
  nl: {
    dignity: '1. Erkennen van de inherente menselijke waardigheid',
    human_rights: '2. Bevorderen van mensenrechten',
    social_justice: '3. Bevorderen van sociale rechtvaardigheid',
    self_determination: '4. Bevorderen van het recht op zelfbeschikking',
    participation: '5. Bevorderen van het recht op participatie',
    confidentiality: '6. Respecteren van vertrouwelijkheid en privacy',
    whole_persons: '7. Mensen als geheel benaderen',
    technology: '8. Ethisch gebruik van technologie en sociale media',
    integrity: '9. Professionele integriteit',
  },
  en: {
    dignity: '1. Recognition of the inherent dignity of humanity',
    human_rights: '2. Promoting human rights',
    social_justice: '3. Promoting social justice',
    self_determination: '4. Promoting the right to self-determination',
    participation: '5. Promoting the right to participation',
    confidentiality: '6. Respect for confidentiality and privacy',
    whole_persons: '7. Treating people as whole persons',
    technology: '8. Ethical use of technology and social media',
    integrity: '9. Professional integrity',
  },
};
export const CHECK: Words<PrincipleCheck> = {
  nl: { respected: 'gerespecteerd', attention: 'aandachtspunt', conflict: 'in strijd' },
  en: { respected: 'respected', attention: 'needs attention', conflict: 'in conflict' },
};
export const DECISION: Words<Decision> = {
  nl: { partnership: 'Partnerschap', supporting_role: 'Ondersteunende rol', no_cooperation: 'Geen samenwerking' },
  en: { partnership: 'Partnership', supporting_role: 'Supporting role', no_cooperation: 'No cooperation' },
};
export const LEVEL: Words<'low' | 'medium' | 'high'> = {
  nl: { low: 'laag', medium: 'middel', high: 'hoog' },
  en: { low: 'low', medium: 'medium', high: 'high' },
};
/** The fills of the heat map's bands, printable and apart in grey. */
export const LEVEL_FILL = { low: '#cfe8d5', medium: '#f6dd9c', high: '#eaa49f' } as const;
