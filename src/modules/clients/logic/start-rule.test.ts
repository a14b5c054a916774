import { describe, expect, it } from 'vitest';
import { RULE_SEED } from './rules.ts';
import { startRuleStatus } from './start-rule.ts';

describe('startRuleStatus', () => {
  it('gives a deadline 4 months after the letter', () => {
    expect(startRuleStatus('2025-01-15', null, '2025-02-01', RULE_SEED)).toEqual({
      status: 'ok',
      deadline: '2025-05-15',
      daysLeft: 103,
      started: false,
      fallbackOn: '2025-05-16',
      fellBack: false,
    });
    expect(startRuleStatus('2024-10-31', null, '2024-11-01', RULE_SEED).deadline).toBe('2025-02-28');
  });
  it('is near within 30 days of the deadline when not started, and passed after it', () => {
    expect(startRuleStatus('2025-01-15', null, '2025-04-14', RULE_SEED)).toMatchObject({ status: 'ok', daysLeft: 31 });
    expect(startRuleStatus('2025-01-15', null, '2025-04-15', RULE_SEED)).toMatchObject({
      status: 'near',
      daysLeft: 30,
    });
    expect(startRuleStatus('2025-01-15', null, '2025-05-15', RULE_SEED)).toMatchObject({
      status: 'near',
      daysLeft: 0,
      fellBack: false,
    });
    expect(startRuleStatus('2025-01-15', null, '2025-05-16', RULE_SEED)).toMatchObject({
      status: 'passed',
      daysLeft: -1,
      fallbackOn: '2025-05-16',
      fellBack: true,
    });
  });
  it('judges a started budget by its start date, whatever today is', () => {
    expect(startRuleStatus('2025-01-15', '2025-05-10', '2025-09-01', RULE_SEED)).toMatchObject({
      status: 'ok',
      daysLeft: 5,
      started: true,
    });
    expect(startRuleStatus('2025-01-15', '2025-05-16', '2025-05-20', RULE_SEED)).toMatchObject({
      status: 'passed',
      daysLeft: -1,
      started: true,
    });
  });
  it('dates the fall-back to priority group 3 on the day after a month-end clamped deadline', () => {
    expect(startRuleStatus('2024-10-31', null, '2025-03-10', RULE_SEED)).toMatchObject({
      status: 'passed',
      deadline: '2025-02-28',
      fallbackOn: '2025-03-01',
      fellBack: true,
    });
  });
  it('refuses a bad date', () => {
    expect(() => startRuleStatus('2025-02-30', null, '2025-03-01', RULE_SEED)).toThrow(/not a date/);
  });
});
