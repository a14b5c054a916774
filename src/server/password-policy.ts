/**
 * Which passwords are refused besides a short one: the most common passwords and guessable patterns
 * (zxcvbn-ts with its common and Dutch dictionaries, offline), and passwords that contain the
 * person's e-mail address or name. NIST 800-63B: check against lists, no composition rules.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { Message } from '../lib/messages.ts';
import { invalidField } from './errors.ts';
import { msg } from './messages.ts';

/** zxcvbn scores 0–4; below 2 (fewer than about 10^8 guesses) a password is in a list or a pattern. */
const MIN_SCORE = 2;
/** Name and e-mail pieces shorter than this are too short to be telling ("Jan", "Lid Een"). */
const MIN_PIECE = 4;

let estimator: Promise<ZxcvbnFactory> | undefined;

/** Loads the dictionaries once, on first use (they are a few megabytes: not at start-up). */
function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, nl] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-nl-be'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...nl.dictionary },
      graphs: common.adjacencyGraphs,
    });
  })();
  return estimator;
}

const flat = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The telling pieces of a person's e-mail address and name, lower case, letters and digits only. */
function personalPieces(person: { email?: string | undefined; name?: string | undefined }): string[] {
  const [local = ''] = (person.email ?? '').toLowerCase().split('@');
  const pieces = [
    local,
    ...local.split(/[^\p{L}\p{N}]+/u),
    person.name ?? '',
    ...(person.name ?? '').split(/[^\p{L}\p{N}]+/u),
  ];
  return [...new Set(pieces.map(flat).filter((p) => p.length >= MIN_PIECE))];
}

/** Why `password` is refused for this person, or null when it is fine. */
export async function passwordProblem(
  password: string,
  person: { email?: string | undefined; name?: string | undefined },
): Promise<Message | null> {
  const plain = flat(password);
  const [local = ''] = (person.email ?? '').toLowerCase().split('@');
  const emailPieces = personalPieces({ email: person.email });
  if (
    emailPieces.some((p) => plain.includes(p)) ||
    (local.length >= MIN_PIECE && password.toLowerCase().includes(local))
  ) {
    return msg('password_has_email');
  }
  if (personalPieces({ name: person.name }).some((p) => plain.includes(p))) {
    return msg('password_has_name');
  }
  const result = (await zxcvbn()).check(password);
  if (result.score < MIN_SCORE) {
    return msg('password_guessable');
  }
  return null;
}

/** Refuses a weak password with a 400 that names `field` and says why. */
export async function assertStrongPassword(
  password: string,
  person: { email?: string | undefined; name?: string | undefined },
  field: string,
): Promise<void> {
  const problem = await passwordProblem(password, person);
  if (!problem) return;
  throw invalidField(field, problem);
}
