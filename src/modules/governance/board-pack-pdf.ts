/**
 * The board pack as PDF (pdfmake, Helvetica, A4 portrait): the KPI lights per perspective, the red KPIs
 * with their notes and actions, the decisions due for follow-up, the partnerships to review and the
 * innovation projects without a continuation plan.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { date, type Lang, number } from '../../lib/exports/format.ts';
import {
  figureBandLayout,
  HEADER_FILL,
  portraitDocumentPage,
  reportTableLayout,
} from '../../lib/exports/pdf-layouts.ts';
import { renderPdf } from '../../lib/exports/pdf-render.ts';
import type { Body } from './logic.ts';
import type { BoardPack } from './schema.ts';

const BODY: Record<Lang, Record<Body, string>> = {
  nl: {
    algemene_vergadering: 'Algemene vergadering',
    raad_van_bestuur: 'Raad van bestuur',
    directie: 'Directie',
    team: 'Team',
  },
  en: {
    algemene_vergadering: 'General assembly',
    raad_van_bestuur: 'Board of directors',
    directie: 'Management',
    team: 'Team',
  },
};
const PERSPECTIVE: Record<Lang, Record<string, string>> = {
  nl: {
    mission: 'Missie',
    clients: 'Cliënten en financiers',
    financial: 'Financieel',
    processes: 'Interne processen',
    learning: 'Leren en groeien',
  },
  en: {
    mission: 'Mission',
    clients: 'Clients and funders',
    financial: 'Financial',
    processes: 'Internal processes',
    learning: 'Learning and growth',
  },
};
const DECISION: Record<Lang, Record<string, string>> = {
  nl: { partnership: 'Partnerschap', supporting_role: 'Ondersteunende rol', no_cooperation: 'Geen samenwerking' },
  en: { partnership: 'Partnership', supporting_role: 'Supporting role', no_cooperation: 'No cooperation' },
};

const T = {
  nl: {
    title: 'Bestuurspakket',
    meeting: 'Vergadering van',
    kpis: '1. Indicatoren per perspectief',
    perspective: 'Perspectief',
    green: 'Groen',
    amber: 'Oranje',
    red: 'Rood',
    none: 'Geen waarde',
    total: 'Indicatoren',
    reds: 'Rode indicatoren met toelichting en acties',
    noReds: 'Geen rode indicatoren.',
    noKpis: 'Nog geen indicatoren.',
    kpi: 'Indicator',
    value: 'Waarde',
    period: 'Periode',
    note: 'Toelichting',
    actions: 'Acties',
    noAction: 'geen actie',
    decisions: '2. Besluiten met opvolging tegen deze vergadering',
    noDecisions: 'Geen besluiten op te volgen.',
    decision: 'Besluit',
    body: 'Orgaan',
    decidedOn: 'Datum',
    owner: 'Opvolging door',
    followUpOn: 'Tegen',
    reviews: '3. Partnerschappen te herbeoordelen',
    noReviews: 'Geen partnerschappen te herbeoordelen.',
    partner: 'Partner',
    reviewOn: 'Herbeoordeling',
    projects: '4. Innovatieprojecten zonder plan voor de verderzetting',
    noProjects: 'Elk project dat binnen twaalf maanden afloopt, heeft een plan voor de verderzetting.',
    project: 'Project',
    funder: 'Financier',
    fundingEnd: 'Einde financiering',
    dash: '—',
    page: 'pagina',
  },
  en: {
    title: 'Board pack',
    meeting: 'Meeting of',
    kpis: '1. Indicators per perspective',
    perspective: 'Perspective',
    green: 'Green',
    amber: 'Amber',
    red: 'Red',
    none: 'No value',
    total: 'Indicators',
    reds: 'Red indicators with notes and actions',
    noReds: 'No red indicators.',
    noKpis: 'No indicators yet.',
    kpi: 'Indicator',
    value: 'Value',
    period: 'Period',
    note: 'Note',
    actions: 'Actions',
    noAction: 'no action',
    decisions: '2. Decisions with follow-up due by this meeting',
    noDecisions: 'No decisions to follow up.',
    decision: 'Decision',
    body: 'Body',
    decidedOn: 'Date',
    owner: 'Follow-up by',
    followUpOn: 'By',
    reviews: '3. Partnerships to review',
    noReviews: 'No partnerships to review.',
    partner: 'Partner',
    reviewOn: 'Review',
    projects: '4. Innovation projects without a continuation plan',
    noProjects: 'Every project ending within twelve months has a continuation plan.',
    project: 'Project',
    funder: 'Funder',
    fundingEnd: 'Funding ends',
    dash: '—',
    page: 'page',
  },
} as const;

export function boardPackDocDefinition(pack: BoardPack, lang: Lang): TDocumentDefinitions {
  const t = T[lang];
  const day = (d: string | null) => (d ? date(new Date(`${d}T12:00:00Z`), lang) : t.dash);
  const layout = reportTableLayout(3);
  const head = (cells: string[]) => cells.map((text) => ({ text, bold: true, fillColor: HEADER_FILL }));
  const table = (widths: (string | number)[], header: string[], rows: Content[][], empty: string): Content =>
    rows.length === 0
      ? { text: empty, italics: true, color: '#556677', margin: [0, 0, 0, 6] }
      : { table: { headerRows: 1, dontBreakRows: true, widths, body: [head(header), ...rows] }, layout, fontSize: 9 };
  const b = pack.board;
  const right = (text: string) => ({ text, alignment: 'right' as const });
  const figures: Content = {
    table: {
      widths: ['*', '*', '*', '*'],
      body: [
        (
          [
            [t.total, b.summary.total],
            [t.green, b.summary.green],
            [t.amber, b.summary.amber],
            [t.red, b.summary.red],
          ] as [string, number][]
        ).map(
          ([label, value]): TableCell => ({
            stack: [
              { text: label, fontSize: 8, color: '#556677' },
              { text: String(value), fontSize: 16, bold: true },
            ],
          }),
        ),
      ],
    },
    layout: figureBandLayout([8, 10]),
    margin: [0, 0, 0, 10],
  };
  const perspectives = table(
    ['*', 'auto', 'auto', 'auto', 'auto'],
    [t.perspective, t.green, t.amber, t.red, t.none],
    b.perspectives.map((p) => [
      PERSPECTIVE[lang][p.perspective] ?? p.perspective,
      right(String(p.counts.green)),
      right(String(p.counts.amber)),
      right(String(p.counts.red)),
      right(String(p.counts.none)),
    ]),
    t.noKpis,
  );
  const reds = table(
    ['*', 'auto', 'auto', '*', '*'],
    [t.kpi, t.period, t.value, t.note, t.actions],
    b.reds.map((k) => [
      { text: `${k.code} ${lang === 'en' ? k.nameEn : k.nameNl}`, bold: true },
      k.latest?.period ?? t.dash,
      right(k.latest ? number(k.latest.value, lang, k.decimals) : t.dash),
      k.note || t.dash,
      k.actions.length ? k.actions.map((a) => a.title).join('; ') : { text: t.noAction, color: '#b03a2e' },
    ]),
    t.noReds,
  );
  const decisions = table(
    ['*', 'auto', 'auto', 'auto', 'auto'],
    [t.decision, t.body, t.decidedOn, t.owner, t.followUpOn],
    pack.decisionsDue.map((d) => [
      { text: d.title, bold: true },
      BODY[lang][d.body],
      day(d.decidedOn),
      d.followUpOwner || t.dash,
      day(d.followUpOn),
    ]),
    t.noDecisions,
  );
  const reviews = table(
    ['*', 'auto', 'auto'],
    [t.partner, t.decision, t.reviewOn],
    pack.reviews.map((r) => [
      { text: r.partner, bold: true },
      r.decision ? DECISION[lang][r.decision]! : t.dash,
      day(r.reviewOn),
    ]),
    t.noReviews,
  );
  const projects = table(
    ['*', '*', 'auto'],
    [t.project, t.funder, t.fundingEnd],
    pack.projects.map((p) => [{ text: p.name, bold: true }, p.funder || t.dash, day(p.fundingEnd)]),
    t.noProjects,
  );
  const title = `${t.title} · ${t.meeting} ${day(pack.meeting)}`;
  return {
    ...portraitDocumentPage({ title, orgName: pack.organisation, pageWord: t.page }),
    styles: {
      org: { fontSize: 11, bold: true, color: '#556677' },
      title: { fontSize: 20, bold: true, color: '#1f5f8b', margin: [0, 2, 0, 14] },
      h2: { fontSize: 13, bold: true, color: '#1f5f8b', margin: [0, 12, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
    },
    content: [
      { text: pack.organisation, style: 'org' },
      { text: title, style: 'title' },
      { text: t.kpis, style: 'h2' },
      figures,
      perspectives,
      { text: t.reds, style: 'h3' },
      reds,
      { text: t.decisions, style: 'h2' },
      decisions,
      { text: t.reviews, style: 'h2' },
      reviews,
      { text: t.projects, style: 'h2' },
      projects,
    ],
  };
}

export async function boardPackPdf(pack: BoardPack, lang: Lang): Promise<Uint8Array> {
  return renderPdf(boardPackDocDefinition(pack, lang));
}
