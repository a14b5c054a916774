import { describe, expect, it } from 'vitest';
import {
  type AssessmentContent,
  completeRisks,
  diffContents,
  fundingState,
  heatCells,
  highestRisk,
  needsAttention,
  PRINCIPLES,
  RISKS,
  riskLevel,
  riskScore,
  yearBefore,
} from './index.ts';

const base: AssessmentContent = {
  partner: 'Woonmaatschappij Noord',
  sphere: 'state',
  hybridisation: 'external',
  stage: 'proposed',
  purpose: 'Wonen met begeleiding',
  risks: [{ risk: 'mission_drift', likelihood: 2, impact: 4, mitigation: 'Stuurgroep' }],
  opportunities: [{ opportunity: 'reach', score: 4, note: '' }],
  principles: [{ principle: 'dignity', check: 'respected', note: '' }],
  decision: null,
  conditions: '',
  decidedOn: null,
  decidedBy: null,
  reviewOn: null,
};

describe('risk scores', () => {
  it('multiplies likelihood by impact and bands the score', () => {
    expect(riskScore({ likelihood: 2, impact: 4 })).toBe(8);
    expect(riskScore({ likelihood: null, impact: 4 })).toBeNull();
    expect([1, 4, 5, 9, 10, 25].map(riskLevel)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
    expect(riskLevel(null)).toBeNull();
  });

  it('completes the seven risks in order and finds the highest', () => {
    const risks = completeRisks([
      { risk: 'cream_skimming', likelihood: 3, impact: 5, mitigation: '' },
      { risk: 'mission_drift', likelihood: 2, impact: 2, mitigation: '' },
    ]);
    expect(risks.map((r) => r.risk)).toEqual([...RISKS]);
    expect(highestRisk(risks)).toEqual({ risk: 'cream_skimming', score: 15, level: 'high' });
    expect(highestRisk(completeRisks([]))).toBeNull();
  });

  it('places each scored risk in its heat map cell', () => {
    const cells = heatCells(completeRisks([{ risk: 'power_asymmetry', likelihood: 5, impact: 1, mitigation: '' }]));
    expect(cells[0]![4]).toEqual(['power_asymmetry']);
    expect(cells.flat(2)).toHaveLength(1);
  });
});

describe('differences between versions', () => {
  it('lists nothing for equal versions and every changed part otherwise', () => {
    expect(diffContents(base, base)).toEqual([]);
    const later: AssessmentContent = {
      ...base,
      stage: 'running',
      risks: [{ risk: 'mission_drift', likelihood: 3, impact: 4, mitigation: 'Stuurgroep' }],
      principles: [{ principle: 'participation', check: 'attention', note: 'Cliëntenraad betrekken' }],
      decision: 'partnership',
      decidedOn: '2026-03-01',
    };
    expect(diffContents(base, later)).toEqual([
      { field: 'stage', item: null, before: 'proposed', after: 'running' },
      { field: 'decision', item: null, before: null, after: 'partnership' },
      { field: 'decidedOn', item: null, before: null, after: '2026-03-01' },
      { field: 'likelihood', item: 'mission_drift', before: 2, after: 3 },
      { field: 'principle', item: 'dignity', before: 'respected', after: null },
      { field: 'principle', item: 'participation', before: null, after: 'attention' },
      { field: 'principleNote', item: 'participation', before: '', after: 'Cliëntenraad betrekken' },
    ]);
    expect(PRINCIPLES).toHaveLength(9);
  });
});

describe('the continuation warning', () => {
  it('counts twelve months back on the calendar', () => {
    expect(yearBefore('2027-06-30')).toBe('2026-06-30');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });

  it('warns from twelve months before the end while no plan exists', () => {
    const p = { fundingEnd: '2027-06-30', continuationPlan: '' };
    expect(fundingState(p, '2026-06-29')).toBe('open');
    expect(fundingState(p, '2026-06-30')).toBe('warning');
    expect(fundingState(p, '2027-06-30')).toBe('warning');
    expect(fundingState(p, '2027-07-01')).toBe('ended_without_plan');
    expect(fundingState({ ...p, continuationPlan: '  ' }, '2026-12-01')).toBe('warning');
    expect(fundingState({ ...p, continuationPlan: 'Structurele erkenning' }, '2026-12-01')).toBe('planned');
    expect(fundingState({ ...p, continuationPlan: 'Structurele erkenning' }, '2028-01-01')).toBe('ended');
    expect(fundingState({ fundingEnd: null, continuationPlan: '' }, '2026-12-01')).toBe('no_end');
    expect(['warning', 'ended_without_plan', 'planned', 'open'].map((s) => needsAttention(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
