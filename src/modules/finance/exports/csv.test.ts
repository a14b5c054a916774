import { describe, expect, it } from 'vitest';
import { euro } from '../../../lib/exports/csv.ts';
import { costPriceCsv } from './csv.ts';
import { sampleView } from './fixture.ts';

describe('costPriceCsv', () => {
  const view = sampleView();

  it('services: Dutch headers, one row per service and the organisation total', () => {
    const lines = costPriceCsv(view, 'services', 'nl').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Code;Dienst;Eenheid;Volume;Directe kosten (€);Indirecte kosten (€);Totale kosten (€);Kostprijs per eenheid (€);Inkomsten (€);Inkomsten per eenheid (€);Prijs per eenheid (€);Dekking (%)',
    );
    expect(lines).toHaveLength(1 + view.services.length + 1);
    const dag = lines.find((l) => l.startsWith('DAG;'))!.split(';');
    const s = view.services.find((x) => x.code === 'DAG')!;
    expect(dag.slice(0, 5)).toEqual(['DAG', 'Dagondersteuning', 'dag', '5200', euro(s.directCents)]);
    expect(dag[6]).toBe(euro(s.totalCents));
    expect(lines.at(-1)!.startsWith(';Organisatie;')).toBe(true);
    expect(lines.at(-1)!.split(';')[6]).toBe(euro(view.organisation.totalCostCents));
    expect(lines.find((l) => l.startsWith('IB;'))!.split(';')[3]).toBe('4850,5');
  });

  it('flows and mix in English', () => {
    const flows = costPriceCsv(view, 'flows', 'en').slice(1).trimEnd().split('\r\n');
    expect(flows[0]).toBe('From (code);From;To (code);To;Amount (€)');
    expect(flows).toHaveLength(1 + view.flows.length);
    const mix = costPriceCsv(view, 'mix', 'en').slice(1).trimEnd().split('\r\n');
    expect(mix[0]).toContain('PVB voucher (€)');
    expect(mix[0]).toContain('Share of government money (subsidies + PVF) (%)');
    expect(mix.at(-1)).toContain('Organisation');
  });

  it('guards a centre name that looks like a formula', () => {
    const evil = sampleView();
    evil.services[0]!.name = '=cmd|" /C calc"!A0';
    const csv = costPriceCsv(evil, 'services', 'nl');
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
  });
});
