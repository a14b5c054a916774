import { AppError, type FieldError, type Message } from '../../server/errors.ts';
import { msg } from './messages.ts';

/**
 * A well-formed request the CAF rules refuse (422): a score out of range, a round with scores or
 * consensus still missing. The code names the rule.
 */
export class CafRuleError extends AppError {
  constructor(
    code: 'out_of_range' | 'incomplete',
    messages: Message,
    opts: { fields?: FieldError[]; details?: Record<string, unknown> } = {},
  ) {
    super(code, messages, opts);
  }
}

/** 422 naming every wrong score field. */
export function outOfRange(fields: FieldError[]): CafRuleError {
  const summary = fields.map((f) => f.path).join(', ');
  return new CafRuleError('out_of_range', msg('invalid_score', { summary }), { fields });
}

/** 409: the round is not in the phase this step belongs to. */
export function wrongPhase(messages: Message): AppError {
  return new AppError('conflict', messages);
}
