/** Pure rules of partnerships (no I/O): the assessment model, risk scores, version differences, funding warnings. */
export * from './assessment.ts';
export * from './funding.ts';
export * from './model.ts';
