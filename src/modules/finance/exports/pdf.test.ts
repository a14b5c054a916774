import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../lib/exports/testing.ts';
import { costVsIncomeSvg, incomeMixSvg } from './charts.ts';
import { sampleView } from './fixture.ts';
import { costPricePdf } from './pdf.ts';

describe('costPricePdf', () => {
  it('renders a Dutch report with title, organisation, services, charts and Belgian formats', async () => {
    const view = sampleView();
    const bytes = await costPricePdf(view, {
      orgName: 'VZW De Brug',
      lang: 'nl',
      generatedAt: new Date('2026-11-22T10:00:00Z'),
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);
    const text = pdfText(bytes, 'reading');
    expect(text).toContain('Kostprijsrapport 2026');
    expect(text).toContain('VZW De Brug');
    expect(text).toContain('Dagondersteuning');
    expect(text).toContain('Individuele begeleiding');
    expect(text).toContain('22/11/2026');
    expect(text).toContain('reciproque');
    expect(text).toContain('€ 4.246.396,15');
    expect(text).toContain('Kostprijs en inkomsten per eenheid');
    expect(text).toContain('Inkomstenmix');
    expect(text).toContain('Verdeling van de hulpkostenplaatsen');
    expect(text).toContain('aan geen kostenplaats toegewezen');
  });

  it('renders in English with the step-down order and many services', async () => {
    const view = sampleView('stepdown', { unassignedCostCents: 0 });
    for (let i = 0; i < 6; i++)
      view.services.push({ ...structuredClone(view.services[i % 3]!), code: `X${i}`, name: `Extra dienst ${i}` });
    const bytes = await costPricePdf(view, {
      orgName: 'Zorggroep',
      lang: 'en',
      generatedAt: new Date('2026-01-02T10:00:00Z'),
    });
    const text = pdfText(bytes, 'reading');
    expect(text).toContain('Cost price report 2026');
    expect(text).toContain('step-down allocation (order: Administratie, Facilitair, Keuken, Vervoer)');
    expect(text).toContain('Extra dienst 5');
    expect(text).toContain('02/01/2026');
    expect(text).not.toContain('Points of attention');
    // Facilitair serves Administratie, which is closed before it: the back-flow is listed.
    expect(view.ignoredBackflows.map((f) => `${f.from}→${f.to}`)).toEqual(['FAC→ADM']);
    expect(text).toContain('Ignored back-flows');
    expect(text).toContain('which is why it gives other figures');
  });
});

describe('text outside Windows-1252', () => {
  it('produces a readable PDF for names outside Windows-1252', async () => {
    const view = sampleView();
    view.services[0]!.name = 'Łódź dagcentrum ✓';
    const text = pdfText(
      await costPricePdf(view, { orgName: 'Ωmega vzw', lang: 'nl', generatedAt: new Date() }),
      'reading',
    );
    expect(text).toContain('Lódz dagcentrum ?');
    expect(text).toContain('?mega vzw');
  });
});

describe('charts', () => {
  it('renders SVG without text halos, with every service', () => {
    const view = sampleView();
    for (const svg of [costVsIncomeSvg(view, 'nl'), incomeMixSvg(view, 'en')]) {
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/<text[^>]*paint-order/);
      expect(svg).toContain('Woonondersteuning');
    }
    expect(costVsIncomeSvg(view, 'nl')).toMatch(/€\s312,87/);
  });
});
