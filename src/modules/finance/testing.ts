/** Small, realistic finance files for tests: a VZA's year in a few ledger lines and a cost model. */
import type { CostModelDoc } from './schema.ts';

/** A ledger CSV as an accountant exports it: `;`, Dutch headers, decimal comma, debit/credit pair. */
export function sampleLedgerCsv(year: number, opts: { badLine?: boolean } = {}): string {
  const rows = [
    ['6200', 'Bezoldigingen dagcentrum', '180.000,00', '', 'DAG', `15/03/${year}`],
    ['6200', 'Bezoldigingen wonen', '240.000,00', '', 'WON', `15/06/${year}`],
    ['6210', 'RSZ werkgever', '95.000,00', '', '', `15/06/${year}`],
    ['6100', 'Huur en onderhoud', '30.000,00', '', 'FAC', `01/02/${year}`],
    ['6040', 'Voeding', '42.000,00', '', 'KEU', `10/05/${year}`],
    ['6110', 'Brandstof busjes', '12.000,00', '', 'VER', `20/09/${year}`],
    ['6120', 'Boekhouding en software', '18.000,00', '', 'ADM', `30/11/${year}`],
    ['7330', 'Subsidie VAPH', '', '300.000,00', '', `31/12/${year}`],
    ['7400', 'PVF voucher dagondersteuning', '', '190.000,00', 'DAG', `31/12/${year}`],
    ['7400', 'PVF voucher wonen', '', '150.000,00', 'WON', `31/12/${year}`],
    ['7000', 'Woon- en leefkosten', '', opts.badLine ? '12,5,0' : '60.000,00', 'WON', `31/12/${year}`],
  ];
  return ['rekening;omschrijving;debet;credit;kostenplaats;datum', ...rows.map((r) => r.join(';'))].join('\r\n');
}

/** A cost model matching the sample ledger: two services and four auxiliary centres. */
export function sampleModel(year: number): CostModelDoc {
  return {
    year,
    centres: [
      { code: 'DAG', name: 'Dagondersteuning', kind: 'main', unit: 'day', volume: 4000, pricePerUnitCents: 9500 },
      { code: 'WON', name: 'Woonondersteuning', kind: 'main', unit: 'night', volume: 5000, pricePerUnitCents: 8000 },
      { code: 'ADM', name: 'Administratie', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
      { code: 'FAC', name: 'Facilitair', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
      { code: 'KEU', name: 'Keuken', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
      { code: 'VER', name: 'Vervoer', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
    ],
    keys: [
      { code: 'FTE', name: 'Voltijdse equivalenten', driver: 'fte', quantities: { DAG: 6, WON: 9, KEU: 1.5, VER: 1 } },
      { code: 'M2', name: 'Oppervlakte', driver: 'm2', quantities: { DAG: 400, WON: 900, KEU: 60, ADM: 40 } },
      { code: 'MAAL', name: 'Maaltijden', driver: 'meals', quantities: { DAG: 8000, WON: 15000 } },
      { code: 'RIT', name: 'Ritten', driver: 'custom', quantities: { DAG: 3000, WON: 500 } },
    ],
    rules: [
      { from: 'ADM', key: 'FTE' },
      { from: 'FAC', key: 'M2' },
      { from: 'KEU', key: 'MAAL' },
      { from: 'VER', key: 'RIT' },
    ],
    stepOrder: ['FAC', 'ADM', 'KEU', 'VER'],
    assignments: [{ account: '621', centre: 'DAG' }],
  };
}

/** An uploaded file as a browser form sends it. */
export function fileOf(content: string | Uint8Array, name = 'grootboek.csv'): File {
  return new File([content as BlobPart], name);
}

/**
 * The typed client's body serializer for an upload route: the body's fields as multipart form data
 * (`{ params, body: { file: fileOf(…), year: 2025 }, bodySerializer: multipart }`).
 */
export function multipart(body: unknown): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value !== undefined) form.set(key, value instanceof Blob ? value : String(value));
  }
  return form;
}
