import { describe, expect, it } from 'vitest';
import { SurveyError } from '../errors.ts';
import { checkAnswers } from './answers.ts';
import type { Question } from './question.ts';
import { questionOf } from './testing.ts';

const q = (id: string, kind: Question['kind'], extra: Partial<Question> = {}) =>
  questionOf(id, kind, { text: { nl: `Vraag over ${id}`, fr: `Question sur ${id}` }, ...extra });
const questions = [
  q('l5', 'likert5', { required: true }),
  q('l7', 'likert7'),
  q('nps', 'nps'),
  q('one', 'single', { options: [{ nl: 'a' }, { nl: 'b' }] }),
  q('many', 'multiple', { options: [{ nl: 'a' }, { nl: 'b' }, { nl: 'c' }] }),
  q('txt', 'open'),
];

function refusal(answers: Record<string, unknown>, lang?: 'nl' | 'en' | 'fr') {
  try {
    checkAnswers(questions, answers, lang);
  } catch (e) {
    expect(e).toBeInstanceOf(SurveyError);
    return (e as SurveyError).body('nl').error;
  }
  throw new Error('accepted');
}

describe('answer validation', () => {
  it('keeps valid answers, drops empty ones and trims text', () => {
    expect(checkAnswers(questions, { l5: 5, l7: 1, nps: 0, one: 1, many: [0, 2], txt: '  goed  ' })).toEqual({
      l5: 5,
      l7: 1,
      nps: 0,
      one: 1,
      many: [0, 2],
      txt: 'goed',
    });
    expect(checkAnswers(questions, { l5: 3, l7: null, txt: ' ', many: [] })).toEqual({ l5: 3 });
  });
  it('refuses out-of-range and wrong-kind answers with 422, naming each question', () => {
    const e = refusal({ l5: 6, l7: 0, nps: 11, one: 2, many: [1, 1], txt: 5 });
    expect(e.code).toBe('survey_answers_invalid');
    expect(e.fields!.map((f) => f.path)).toEqual([
      'answers.l5',
      'answers.l7',
      'answers.nps',
      'answers.one',
      'answers.many',
      'answers.txt',
    ]);
    expect(e.fields![0]!.message).toBe('Vraag 1 (“Vraag over l5”): kies een geheel getal van 1 tot 5');
    expect(refusal({ l5: 2.5 }).fields![0]!.path).toBe('answers.l5');
    expect(refusal({ l5: '4' }).fields![0]!.path).toBe('answers.l5');
    expect(new SurveyError(422, 'x', { nl: 'a', en: 'b', fr: 'c' }).status).toBe(422);
  });
  it('enforces required questions and refuses unknown ones, in the respondent’s language', () => {
    const e = refusal({ nope: 1 }, 'fr');
    expect(e.fields!.map((f) => f.path)).toEqual(['answers.nope', 'answers.l5']);
    expect(e.message).toContain('Question 1 (« Question sur l5 ») : une réponse est obligatoire');
  });
});
