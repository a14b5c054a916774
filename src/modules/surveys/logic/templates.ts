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
  easy: {
    nl: 'Hoe gaat het bij ons? Er zijn 10 korte vragen. Kies telkens een gezichtje. Je naam staat er niet bij.',
    en: 'How are things with us? There are 10 short questions. Choose a face each time. Your name is not on it.',
    fr: 'Comment ça va chez nous ? Il y a 10 petites questions. Choisissez chaque fois un visage. Votre nom n’y figure pas.',
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

/** The eight statements of the easy-language client survey: short, one idea each, "ik" form. */
const EASY_STATEMENTS: Required<Texts>[] = [
  { nl: 'Ik voel me goed bij jullie.', en: 'I feel good with you.', fr: 'Je me sens bien chez vous.' },
  { nl: 'De begeleiders luisteren naar mij.', en: 'The staff listen to me.', fr: 'Les accompagnateurs m’écoutent.' },
  { nl: 'Ik mag zelf kiezen.', en: 'I can choose for myself.', fr: 'Je peux choisir moi-même.' },
  { nl: 'De begeleiders helpen mij goed.', en: 'The staff help me well.', fr: 'Les accompagnateurs m’aident bien.' },
  { nl: 'Ik weet wat er gaat gebeuren.', en: 'I know what is going to happen.', fr: 'Je sais ce qui va se passer.' },
  { nl: 'Ik voel me veilig.', en: 'I feel safe.', fr: 'Je me sens en sécurité.' },
  { nl: 'De begeleiders zijn vriendelijk.', en: 'The staff are kind.', fr: 'Les accompagnateurs sont gentils.' },
  {
    nl: 'Ik zou jullie aanraden aan een vriend.',
    en: 'I would recommend you to a friend.',
    fr: 'Je vous recommanderais à un ami.',
  },
];

/**
 * The short client survey in easy language (issue 12 §7): which service, eight statements on a
 * five-point scale shown with faces, and one open question: 10 items, beside the full SERVQUAL one.
 */
export function easyTemplate(): QuestionInput[] {
  const section = { nl: 'Jouw mening', en: 'Your opinion', fr: 'Votre avis' };
  return [
    question({
      kind: 'single',
      section: ABOUT,
      breakdown: true,
      text: { nl: 'Bij welke dienst kom je?', en: 'Which service do you come to?', fr: 'À quel service venez-vous ?' },
      options: [
        { nl: 'Dagcentrum', en: 'Day centre', fr: 'Centre de jour' },
        { nl: 'Wonen', en: 'Living', fr: 'Logement' },
        { nl: 'Begeleiding thuis', en: 'Support at home', fr: 'Accompagnement à domicile' },
      ],
    }),
    ...EASY_STATEMENTS.map((text) => question({ kind: 'likert5', required: true, section, text })),
    question({
      kind: 'open',
      section: CLOSING,
      text: { nl: 'Wat kan beter?', en: 'What could be better?', fr: 'Qu’est-ce qui pourrait être mieux ?' },
    }),
  ];
}

export const TEMPLATES = { servqual: servqualTemplate, herzberg: herzbergTemplate, easy: easyTemplate } as const;
