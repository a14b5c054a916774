/** Test fixtures of the survey logic: a stored question with the defaults a new question gets. */
import { type Question, questionDefaults } from './question.ts';

/** A question of `kind`, its text its id unless `extra` says otherwise. */
export const questionOf = (id: string, kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
  id,
  position: 0,
  kind,
  text: { nl: id },
  ...questionDefaults(),
  ...extra,
});
