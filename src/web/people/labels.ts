/** Select options of the register's codes (sex, education, contract type …) in the interface language. */
import type { TFunction } from 'i18next';
import {
  ABSENCE_KINDS,
  CATEGORIES,
  CONTRACT_TYPES,
  EDUCATIONS,
  EXIT_REASONS,
  SEXES,
  TRAINING_KINDS,
} from '../../modules/people/logic/types.ts';

const LISTS = {
  sex: SEXES,
  education: EDUCATIONS,
  contractType: CONTRACT_TYPES,
  category: CATEGORIES,
  exitReason: EXIT_REASONS,
  absenceKind: ABSENCE_KINDS,
  trainingKind: TRAINING_KINDS,
} as const;
export type CodeList = keyof typeof LISTS;

/** The name of one code, e.g. codeName(t, 'contractType', 'fixed_term') = "Bepaalde duur". */
export const codeName = (t: TFunction, list: CodeList, code: string | null | undefined) =>
  code ? t(`people.codes.${list}.${code}`) : '';

export const codeOptions = (t: TFunction, list: CodeList) =>
  LISTS[list].map((value) => ({ value, label: codeName(t, list, value) }));

/** Euros typed in a money field (number or '') → cents. */
export const toCents = (euros: number | string) => Math.round(Number(euros || 0) * 100);
/** A number field's value (number or '') → number or null. */
export const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));
