import { describe, expect, it } from 'vitest';
import { smartCheck } from './smart.ts';

const complete = {
  description: 'Elke cliënt heeft een actueel ondersteuningsplan',
  kpisWithTarget: 1,
  ownerId: '00000000-0000-4000-8000-000000000001',
  actions: 1,
  resources: '',
  dueDate: '2027-06-30',
};

describe('SMART check of an objective', () => {
  it('passes when every part is recorded', () => {
    expect(smartCheck(complete)).toEqual({
      parts: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
      missing: [],
      passed: true,
    });
  });

  it('names every missing part, in SMART order, for an objective with a title only', () => {
    const check = smartCheck({
      description: '  ',
      kpisWithTarget: 0,
      ownerId: null,
      actions: 0,
      resources: '',
      dueDate: null,
    });
    expect(check.missing).toEqual(['specific', 'measurable', 'acceptable', 'realistic', 'timeBound']);
    expect(check.passed).toBe(false);
  });

  it('counts a KPI only with a target, and resources or actions as realistic', () => {
    expect(smartCheck({ ...complete, kpisWithTarget: 0 }).missing).toEqual(['measurable']);
    expect(smartCheck({ ...complete, actions: 0 }).missing).toEqual(['realistic']);
    expect(smartCheck({ ...complete, actions: 0, resources: '0,5 VTE coördinator' }).passed).toBe(true);
    expect(smartCheck({ ...complete, ownerId: null, dueDate: null }).missing).toEqual(['acceptable', 'timeBound']);
  });
});
