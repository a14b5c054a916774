/** The question sets of the SERVQUAL client survey and the Herzberg staff survey. */
import type { QuestionInput } from '../schema.ts';
import type { Texts } from '../tables.ts';
import { questionDefaults } from './question.ts';
import { HERZBERG_FACTORS, SERVQUAL_ITEMS, SERVQUAL_SUBJECT, servqualDimension } from './frameworks.ts';

const question = (q: Partial<QuestionInput> & Pick<QuestionInput, 'kind' | 'text'>): QuestionInput => ({
  ...questionDefaults(),
  ...q,
});

const ABOUT = { nl: 'Over jou', en: 'About you', fr: 'À propos de vous' };
const CLOSING = { nl: 'Tot slot', en: 'Finally', fr: 'Pour terminer' };

/**
 * The frame both templates share: first the question the results are broken down by (service, team),
 * then the framework's statements, last the recommendation (NPS) and one open question.
 */
function framed(parts: {
  breakdown: Pick<QuestionInput, 'text' | 'options'>;
  statements: QuestionInput[];
  recommend: Pick<QuestionInput, 'text'> & Partial<Pick<QuestionInput, 'required'>>;
  improve: QuestionInput['text'];
}): QuestionInput[] {
  return [
    question({ kind: 'single', section: ABOUT, breakdown: true, ...parts.breakdown }),
    ...parts.statements,
    question({ kind: 'nps', section: CLOSING, ...parts.recommend }),
    question({ kind: 'open', section: CLOSING, text: parts.improve }),
  ];
}

const sentence = (subject: Texts, predicate: Texts): Required<Texts> => ({
  nl: `${subject.nl} ${predicate.nl}`,
  en: `${subject.en} ${predicate.en}`,
  fr: `${subject.fr} ${predicate.fr}`,
});

export const TEMPLATE_INTRO = {
  servqual: {
    nl: 'Deze vragenlijst heeft twee delen. Eerst vragen we wat je verwacht van een uitstekende zorgorganisatie, daarna hoe je onze organisatie ervaart. Geef telkens een score van 1 (helemaal niet akkoord) tot 7 (helemaal akkoord). Je antwoorden zijn anoniem.',
    en: 'This questionnaire has two parts. First we ask what you expect of an excellent care organisation, then how you experience our organisation. Give a score from 1 (strongly disagree) to 7 (strongly agree). Your answers are anonymous.',
    fr: 'Ce questionnaire comporte deux parties. Nous vous demandons d’abord ce que vous attendez d’une excellente organisation de soins, puis comment vous vivez notre organisation. Donnez un score de 1 (pas du tout d’accord) à 7 (tout à fait d’accord). Vos réponses sont anonymes.',
  },
  herzberg: {
    nl: 'Hoe ervaar je je werk bij ons? Geef bij elke uitspraak aan in welke mate je akkoord gaat. Je antwoorden zijn anoniem: resultaten worden pas getoond vanaf 5 antwoorden, ook per team.',
    en: 'How do you experience your work with us? Say how far you agree with each statement. Your answers are anonymous: results are only shown from 5 answers, per team too.',
    fr: 'Comment vivez-vous votre travail chez nous ? Indiquez dans quelle mesure vous êtes d’accord avec chaque affirmation. Vos réponses sont anonymes : les résultats ne sont affichés qu’à partir de 5 réponses, aussi par équipe.',
  },
} as const;

/** SERVQUAL for clients: a service breakdown, 22 expectations, 22 perceptions (Likert 7), NPS and an open question. */
export function servqualTemplate(): QuestionInput[] {
  const expectations = {
    nl: 'Deel 1: wat verwacht je van een uitstekende zorgorganisatie?',
    en: 'Part 1: what do you expect of an excellent care organisation?',
    fr: 'Partie 1 : qu’attendez-vous d’une excellente organisation de soins ?',
  };
  const perceptions = {
    nl: 'Deel 2: hoe ervaar je onze organisatie?',
    en: 'Part 2: how do you experience our organisation?',
    fr: 'Partie 2 : comment vivez-vous notre organisation ?',
  };
  return framed({
    breakdown: {
      text: {
        nl: 'Van welke dienst krijg je vooral ondersteuning?',
        en: 'Which service supports you most?',
        fr: 'Quel service vous accompagne surtout ?',
      },
      options: [
        { nl: 'Dagondersteuning', en: 'Day support', fr: 'Soutien de jour' },
        { nl: 'Woonondersteuning', en: 'Residential support', fr: 'Soutien résidentiel' },
        {
          nl: 'Mobiele of ambulante begeleiding',
          en: 'Mobile or outpatient support',
          fr: 'Accompagnement mobile ou ambulatoire',
        },
      ],
    },
    statements: (['expectation', 'perception'] as const).flatMap((aspect) =>
      SERVQUAL_ITEMS.map((predicate, i) =>
        question({
          kind: 'likert7',
          required: true,
          section: aspect === 'expectation' ? expectations : perceptions,
          aspect,
          item: i + 1,
          dimension: servqualDimension(i + 1),
          text: sentence(SERVQUAL_SUBJECT[aspect], predicate),
        }),
      ),
    ),
    recommend: {
      text: {
        nl: 'Zou je onze organisatie aanraden aan iemand in jouw situatie?',
        en: 'Would you recommend our organisation to someone in your situation?',
        fr: 'Recommanderiez-vous notre organisation à quelqu’un dans votre situation ?',
      },
    },
    improve: {
      nl: 'Wat kunnen we het best verbeteren?',
      en: 'What should we improve first?',
      fr: 'Que devrions-nous améliorer en priorité ?',
    },
  });
}

/** The Herzberg staff survey: team breakdown, 2 statements per factor (Likert 5), employer NPS and an open question. */
export function herzbergTemplate(): QuestionInput[] {
  const sections = {
    motivator: { nl: 'Je werk', en: 'Your work', fr: 'Votre travail' },
    hygiene: { nl: 'Je werkomgeving', en: 'Your working environment', fr: 'Votre environnement de travail' },
  };
  return framed({
    breakdown: {
      text: {
        nl: 'In welk team werk je?',
        en: 'Which team do you work in?',
        fr: 'Dans quelle équipe travaillez-vous ?',
      },
      options: [
        { nl: 'Team A', en: 'Team A', fr: 'Équipe A' },
        { nl: 'Team B', en: 'Team B', fr: 'Équipe B' },
        { nl: 'Ondersteunende diensten', en: 'Support services', fr: 'Services de support' },
      ],
    },
    statements: (['motivator', 'hygiene'] as const).flatMap((group) =>
      HERZBERG_FACTORS.filter((f) => f.group === group).flatMap((f) =>
        f.items.map((text) =>
          question({ kind: 'likert5', required: true, section: sections[group], dimension: f.code, text }),
        ),
      ),
    ),
    recommend: {
      required: true,
      text: {
        nl: 'Zou je onze organisatie aanraden als werkgever?',
        en: 'Would you recommend our organisation as an employer?',
        fr: 'Recommanderiez-vous notre organisation comme employeur ?',
      },
    },
    improve: {
      nl: 'Wat zou je werk het meest verbeteren?',
      en: 'What would improve your work most?',
      fr: 'Qu’est-ce qui améliorerait le plus votre travail ?',
    },
  });
}

export const TEMPLATES = { servqual: servqualTemplate, herzberg: herzbergTemplate } as const;
