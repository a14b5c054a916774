/** What other modules may use of strategy (see docs/architecture.md): the power–interest rule. */
export { MATRIX_QUADRANTS, matrixQuadrant, STAKEHOLDER_TYPES } from './logic/quadrant.ts';
