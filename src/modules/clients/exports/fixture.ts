/** A small statement for the export tests and previews: every funding type, a correction, living costs, an erased client. */
import { buildStatement, careLines, correctionLines, RULE_SEED, type StatementRegistration } from '../logic/index.ts';
import type { StatementExportInput } from './statement-view.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

/** The input of a statement for October 2026 with a correction of September. */
export function sampleStatementInput(lang: 'nl' | 'en' = 'nl'): StatementExportInput {
  // Valued at the agreed price (IDO) for voucher clients, at the offer's for the cash client, RTH at its points.
  const source = { voucher: 'agreement', cash: 'offer', rth: 'rth', other: 'offer' } as const;
  const reg = (
    clientId: string,
    fn: string,
    date: string,
    units: number,
    pointsE4: number,
    funding: StatementRegistration['funding'],
  ): StatementRegistration => ({
    clientId,
    function: fn,
    date,
    units,
    pointsE4,
    funding,
    priceE4: Math.round(pointsE4 / units),
    priceSource: source[funding],
  });
  const september = [reg(A, 'individuele_psychosociale_begeleiding', '2026-09-15', 1.5, 675, 'voucher')];
  const corrected = [reg(A, 'individuele_psychosociale_begeleiding', '2026-09-15', 2.5, 1_125, 'voucher')];
  const corrections = correctionLines(
    careLines('2026-09', september, RULE_SEED),
    careLines('2026-09', corrected, RULE_SEED),
  );
  const statement = buildStatement(
    {
      month: '2026-10',
      registrations: [
        reg(A, 'dagondersteuning', '2026-10-01', 1, 2_100, 'voucher'),
        reg(A, 'dagondersteuning', '2026-10-02', 1, 2_100, 'voucher'),
        reg(B, 'dagondersteuning', '2026-10-01', 1, 2_100, 'cash'),
        reg(C, 'rth_ambulant', '2026-10-05', 1, 1_550, 'rth'),
        reg('gewist-4d2a9f10', 'individuele_praktische_hulp', '2026-10-07', 2, 760, 'other'),
      ],
      livingCosts: [{ clientId: A, label: 'Woon- en leefkosten', tariffCents: 650, per: 'day', quantity: 2 }],
      corrections,
    },
    RULE_SEED,
  );
  return {
    statement,
    orgName: 'Vzw De Proef',
    issuedAt: new Date('2026-11-04T10:00:00Z'),
    lang,
    clientNames: { [A]: 'Zoë Öztürk', [B]: '=HYPERLINK("http://x")', [C]: 'Jan; "de Smet"' },
    functions: {
      dagondersteuning: { name: 'Dagondersteuning', unit: 'day' },
      individuele_psychosociale_begeleiding: { name: 'Individuele psychosociale begeleiding', unit: 'hour' },
      individuele_praktische_hulp: { name: 'Individuele praktische hulp', unit: 'hour' },
      rth_ambulant: { name: 'RTH ambulante begeleiding', unit: 'session' },
    },
  };
}
