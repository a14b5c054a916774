export * from './periods.ts';
export * from './thresholds.ts';
export * from './units.ts';
export * from './smart.ts';
