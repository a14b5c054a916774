/** Checks one respondent's answers against the questions of the survey. */
import type { Trilingual } from '../errors.ts';
import { SurveyError } from '../errors.ts';
import type { Language } from '../schema.ts';
import { scaleOf, type Answers, type Question } from './question.ts';

const MAX_OPEN = 4000;

function label(q: Question, index: number): Trilingual {
  const short = (s: string | undefined) => (s && s.length > 60 ? `${s.slice(0, 57)}…` : (s ?? ''));
  return {
    nl: `Vraag ${index + 1} (“${short(q.text.nl)}”)`,
    en: `Question ${index + 1} (“${short(q.text.en ?? q.text.nl)}”)`,
    fr: `Question ${index + 1} (« ${short(q.text.fr ?? q.text.nl)} »)`,
  };
}

function problem(q: Question, value: unknown): Trilingual | null {
  const scale = scaleOf(q.kind);
  if (scale) {
    const [lo, hi] = scale;
    if (typeof value === 'number' && Number.isInteger(value) && value >= lo && value <= hi) return null;
    return {
      nl: `kies een geheel getal van ${lo} tot ${hi}`,
      en: `choose a whole number from ${lo} to ${hi}`,
      fr: `choisissez un nombre entier de ${lo} à ${hi}`,
    };
  }
  const n = q.options.length;
  const validOption = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < n;
  if (q.kind === 'single') {
    if (validOption(value)) return null;
    return {
      nl: `kies één van de ${n} opties`,
      en: `choose one of the ${n} options`,
      fr: `choisissez une des ${n} options`,
    };
  }
  if (q.kind === 'multiple') {
    if (Array.isArray(value) && value.every(validOption) && new Set(value).size === value.length) return null;
    return {
      nl: `kies opties uit de lijst van ${n}, elk één keer`,
      en: `choose options from the list of ${n}, each once`,
      fr: `choisissez des options parmi les ${n}, chacune une fois`,
    };
  }
  if (typeof value === 'string' && value.length <= MAX_OPEN) return null;
  return {
    nl: `tekst van hoogstens ${MAX_OPEN} tekens`,
    en: `text of at most ${MAX_OPEN} characters`,
    fr: `texte de ${MAX_OPEN} caractères au plus`,
  };
}

const isEmpty = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/**
 * The answers to keep: one per known question, empty answers left out, open texts trimmed. Throws a
 * 422 naming every question whose answer is out of range, of the wrong kind, unknown or missing
 * while required.
 */
export function checkAnswers(questions: readonly Question[], answers: Answers, language?: Language): Answers {
  const fields: { path: string; message: Trilingual }[] = [];
  const clean: Answers = {};
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id))
      fields.push({
        path: `answers.${id}`,
        message: { nl: 'onbekende vraag', en: 'unknown question', fr: 'question inconnue' },
      });
  }
  questions.forEach((q, index) => {
    const value = answers[q.id];
    const name = label(q, index);
    if (isEmpty(value)) {
      if (q.required)
        fields.push({
          path: `answers.${q.id}`,
          message: {
            nl: `${name.nl}: een antwoord is verplicht`,
            en: `${name.en}: an answer is required`,
            fr: `${name.fr} : une réponse est obligatoire`,
          },
        });
      return;
    }
    const wrong = problem(q, value);
    if (wrong)
      fields.push({
        path: `answers.${q.id}`,
        message: { nl: `${name.nl}: ${wrong.nl}`, en: `${name.en}: ${wrong.en}`, fr: `${name.fr} : ${wrong.fr}` },
      });
    else clean[q.id] = typeof value === 'string' ? value.trim() : value;
  });
  if (fields.length > 0) {
    const summary = (l: Language) => fields.map((f) => f.message[l]).join('; ');
    throw new SurveyError(
      422,
      'survey_answers_invalid',
      {
        nl: `Niet alle antwoorden kloppen — ${summary('nl')}`,
        en: `Not all answers are valid — ${summary('en')}`,
        fr: `Toutes les réponses ne sont pas valables — ${summary('fr')}`,
      },
      { language, fields },
    );
  }
  return clean;
}
