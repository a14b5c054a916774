import { describe, expect, it } from 'vitest';
import { deadlines, figuresOf, type HandlingDates, onTime, overdue, ruleOn } from './logic.ts';

const rules = [
  { validFrom: '2025-01-01', validTo: '2025-12-31', ackDays: 7, answerDays: 30 },
  { validFrom: '2026-01-01', validTo: null, ackDays: 3, answerDays: 14 },
];
const c = (over: Partial<HandlingDates> = {}): HandlingDates => ({
  receivedOn: '2026-03-02',
  ackDue: '2026-03-05',
  answerDue: '2026-03-16',
  acknowledgedOn: null,
  answeredOn: null,
  outcome: null,
  ...over,
});

describe('complaint deadlines and figures', () => {
  it('takes the rule valid on the day of receipt, else the default', () => {
    expect(ruleOn(rules, '2025-06-01')).toMatchObject({ ackDays: 7, answerDays: 30 });
    expect(deadlines(rules, '2026-03-02')).toEqual({ ackDue: '2026-03-05', answerDue: '2026-03-16' });
    expect(deadlines([], '2024-12-31')).toEqual({ ackDue: '2025-01-07', answerDue: '2025-01-30' });
  });

  it('is on time only when acknowledged and answered by their deadlines; open and in time is not judged yet', () => {
    expect(onTime(c(), '2026-03-04')).toBeNull();
    expect(onTime(c(), '2026-03-06')).toBe(false);
    expect(overdue(c(), '2026-03-06')).toBe('acknowledge');
    expect(overdue(c({ acknowledgedOn: '2026-03-03' }), '2026-03-17')).toBe('answer');
    const handled = c({ acknowledgedOn: '2026-03-05', answeredOn: '2026-03-16', outcome: 'partly' });
    expect(onTime(handled, '2026-06-01')).toBe(true);
    expect(overdue(handled, '2026-06-01')).toBeNull();
    expect(onTime({ ...handled, acknowledgedOn: '2026-03-06' }, '2026-06-01')).toBe(false);
  });

  it('counts the complaints received in a period, the judged and on-time ones, founded and handling days', () => {
    const list = [
      c({ acknowledgedOn: '2026-03-03', answeredOn: '2026-03-12', outcome: 'founded' }),
      c({
        receivedOn: '2026-03-10',
        ackDue: '2026-03-13',
        answerDue: '2026-03-24',
        answeredOn: '2026-03-30',
        acknowledgedOn: '2026-03-11',
        outcome: 'not_founded',
      }),
      c({ receivedOn: '2026-03-30', ackDue: '2026-04-02', answerDue: '2026-04-13' }),
      c({ receivedOn: '2026-04-02' }),
    ];
    expect(figuresOf(list, '2026-01-01', '2026-03-31', '2026-04-01')).toEqual({
      received: 3,
      judged: 2,
      onTime: 1,
      answered: 2,
      founded: 1,
      handlingDays: 10 + 20,
    });
  });
});
