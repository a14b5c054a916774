/** Test fixtures of the clients logic. */
import type { AgreementLine } from './agreements.ts';

/** An agreement line (IDO) of client c1: `frequency` units of `fn` at `priceE4` points each, from `start`. */
export const agreementLine = (
  fn: string,
  frequency: AgreementLine['frequency'],
  priceE4: number,
  start: string,
): AgreementLine => ({ clientId: 'c1', function: fn, frequency, priceE4, start });
