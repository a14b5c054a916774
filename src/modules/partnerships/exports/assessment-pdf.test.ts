import { describe, expect, it } from 'vitest';
import { completeOpportunities, completePrinciples, completeRisks, riskLevel, riskScore } from '../logic/index.ts';
import type { AssessmentDetail } from '../schema.ts';
import { HOUSING } from '../testing.ts';
import { assessmentDocDefinition, assessmentPdf, heatMapSvg } from './assessment-pdf.ts';

const detail: AssessmentDetail = {
  id: '00000000-0000-4000-8000-000000000001',
  partner: HOUSING.partner,
  sphere: 'state',
  hybridisation: 'external',
  stage: 'running',
  decision: 'partnership',
  decidedOn: '2026-01-15',
  reviewOn: '2027-01-15',
  reviewDue: false,
  highestRisk: null,
  version: 2,
  updatedAt: '2026-02-01T10:00:00.000Z',
  purpose: HOUSING.purpose ?? '',
  conditions: 'Jaarlijkse evaluatie',
  decidedBy: { id: '00000000-0000-4000-8000-000000000002', name: 'Dirk Directeur' },
  risks: completeRisks(HOUSING.risks ?? []).map((r) => ({ ...r, score: riskScore(r), level: riskLevel(riskScore(r)) })),
  opportunities: completeOpportunities(HOUSING.opportunities ?? []),
  principles: completePrinciples(HOUSING.principles ?? []),
  versions: [],
};

describe('the assessment PDF', () => {
  it('places the scored risks on the heat map by their number', () => {
    const svg = heatMapSvg(detail, 'nl', 320, 260);
    expect(svg).toContain('>R1<');
    expect(svg).toContain('>R5<');
    expect(svg).not.toContain('>R2<');
  });

  it('names the decision, every risk and every principle, and renders', async () => {
    const text = JSON.stringify(assessmentDocDefinition(detail, 'De Linde vzw', 'en').content);
    expect(text).toContain('Partnership');
    expect(text).toContain('Cream skimming: the most vulnerable fall out');
    expect(text).toContain('9. Professional integrity');
    expect(text).toContain('16 (high)');
    const pdf = await assessmentPdf(detail, 'De Linde vzw', 'nl');
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });
});
