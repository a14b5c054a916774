/**
 * The approved handbook as one PDF for an inspection (pdfmake, Helvetica, A4 portrait): a cover, a table
 * of contents (pdfmake's `toc`: every process and document with its page), then per process its approved
 * documents with version, approver, date and owner, and their text (headings, paragraphs, lists, tables).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { date, type Lang } from '../../lib/exports/format.ts';
import { HEADER_FILL, reportTableLayout } from '../../lib/exports/pdf-layouts.ts';
import { renderPdf } from '../../lib/exports/pdf-render.ts';
import type { Db } from '../../server/db.ts';
import { getOrganisation } from '../orgs/public.ts';
import type { Caller } from './handbook.ts';
import { readableVersion } from './logic.ts';
import { msg } from './messages.ts';
import * as q from './queries.ts';
import type { RichDoc, RichNode } from './schema.ts';

const KIND: Record<Lang, Record<string, string>> = {
  nl: { procedure: 'Procedure', instruction: 'Instructie', form: 'Formulier' },
  en: { procedure: 'Procedure', instruction: 'Instruction', form: 'Form' },
};

/** The inline content of a node as pdfmake text runs (bold, italics, underline, strike, links). */
function runs(node: RichNode): Content[] {
  return (node.content ?? []).map((child) => {
    if (child.type === 'hardBreak') return { text: '\n' };
    const marks = new Set((child.marks ?? []).map((m) => m.type));
    const link = child.marks?.find((m) => m.type === 'link')?.attrs?.href as string | undefined;
    return {
      text: child.text ?? '',
      ...(marks.has('bold') && { bold: true }),
      ...(marks.has('italic') && { italics: true }),
      ...((marks.has('underline') || link) && { decoration: 'underline' as const }),
      ...(marks.has('strike') && { decoration: 'lineThrough' as const }),
      ...(link && { link, color: '#0b5d66' }),
    };
  });
}

/** A document's blocks as pdfmake content. */
export function blocksToPdf(nodes: RichNode[]): Content[] {
  return nodes.map((node): Content => {
    switch (node.type) {
      case 'heading': {
        const level = Number(node.attrs?.level ?? 2);
        return { text: runs(node), bold: true, fontSize: level <= 2 ? 12 : 11, margin: [0, 8, 0, 3] };
      }
      case 'bulletList':
        return {
          ul: (node.content ?? []).map((item) => ({ stack: blocksToPdf(item.content ?? []) })),
          margin: [0, 0, 0, 6],
        };
      case 'orderedList':
        return {
          ol: (node.content ?? []).map((item) => ({ stack: blocksToPdf(item.content ?? []) })),
          start: Number(node.attrs?.start ?? 1),
          margin: [0, 0, 0, 6],
        };
      case 'blockquote':
        return { stack: blocksToPdf(node.content ?? []), margin: [14, 0, 0, 6], color: '#3b4a5a' };
      case 'horizontalRule':
        return {
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 0.5, lineColor: '#99a' }],
          margin: [0, 4, 0, 8],
        };
      case 'table': {
        const rows = node.content ?? [];
        const columns = Math.max(1, ...rows.map((r) => r.content?.length ?? 0));
        return {
          table: {
            widths: Array.from({ length: columns }, () => '*'),
            body: rows.map((row) =>
              Array.from({ length: columns }, (_, i) => {
                const cell = row.content?.[i];
                if (!cell) return { text: '' };
                return {
                  stack: blocksToPdf(cell.content ?? []),
                  ...(cell.type === 'tableHeader' && { fillColor: HEADER_FILL, bold: true }),
                };
              }),
            ),
          },
          layout: reportTableLayout(3),
          margin: [0, 2, 0, 8],
        };
      }
      case 'codeBlock':
        return { text: runs(node), fontSize: 9, margin: [0, 0, 0, 6] };
      default:
        return { text: runs(node), margin: [0, 0, 0, 5] };
    }
  });
}

export interface HandbookPdfInput {
  lang: Lang;
  orgName: string;
  today: string;
  processes: {
    name: string;
    description: string;
    documents: {
      title: string;
      kind: string;
      version: number;
      approvedBy: string;
      approvedOn: string;
      owner: string;
      content: RichDoc;
    }[];
  }[];
}

/** "Procedure: Medicatie", unless the title already says what it is ("Procedure medicatiebeheer"). */
function titleOf(doc: { kind: string; title: string }, lang: Lang): string {
  const kind = KIND[lang][doc.kind] ?? doc.kind;
  return doc.title.toLowerCase().startsWith(kind.toLowerCase()) ? doc.title : `${kind}: ${doc.title}`;
}

const day = (d: string, lang: Lang) => date(new Date(`${d}T12:00:00Z`), lang);

/** The document definition (exported for tests). */
export function handbookDocDefinition(input: HandbookPdfInput): TDocumentDefinitions {
  const { lang } = input;
  const t = (key: Parameters<typeof msg>[0], params?: Record<string, unknown>) =>
    msg(key, params as never)[lang] as string;
  const body: Content[] = [];
  for (const process of input.processes) {
    body.push({ text: process.name, style: 'process', tocItem: true, pageBreak: 'before' });
    if (process.description) body.push({ text: process.description, style: 'meta' });
    for (const doc of process.documents) {
      body.push(
        {
          text: titleOf(doc, lang),
          headlineLevel: 1,
          style: 'document',
          tocItem: true,
          tocMargin: [14, 0, 0, 0],
        },
        {
          text: t('version_line', {
            version: doc.version,
            by: doc.approvedBy,
            on: day(doc.approvedOn, lang),
            owner: doc.owner,
          }),
          style: 'meta',
        },
        ...blocksToPdf(doc.content.content),
      );
    }
  }
  const title = t('handbook_title');
  return {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    info: { title: `${title}: ${input.orgName}` },
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2, color: '#1d2733' },
    // A document's title never stays alone at the foot of a page.
    pageBreakBefore: (node) => {
      const start = (node as { headlineLevel?: number; startPosition?: { verticalRatio?: number } }).startPosition;
      return (node as { headlineLevel?: number }).headlineLevel === 1 && (start?.verticalRatio ?? 0) > 0.82;
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${input.orgName} · ${title} · ${day(input.today, lang)}`, fontSize: 8, color: '#556677' },
        { text: `${page} / ${pages}`, alignment: 'right', fontSize: 8, color: '#556677' },
      ],
      margin: [40, 20, 40, 0],
    }),
    content: [
      { text: input.orgName, style: 'org', margin: [0, 160, 0, 6] },
      { text: title, style: 'cover' },
      { text: day(input.today, lang), style: 'meta' },
      ...(input.processes.length
        ? [
            {
              toc: { title: { text: t('contents'), style: 'process' }, numberStyle: { bold: true } },
              pageBreak: 'before',
            } as Content,
          ]
        : [{ text: t('empty_handbook'), margin: [0, 24, 0, 0] } as Content]),
      ...body,
    ],
    styles: {
      org: { fontSize: 12, color: '#556677' },
      cover: { fontSize: 26, bold: true, margin: [0, 0, 0, 8] },
      process: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      document: { fontSize: 13, bold: true, margin: [0, 14, 0, 2] },
      meta: { fontSize: 8.5, color: '#556677', margin: [0, 0, 0, 8] },
    },
  };
}

/** The approved handbook of the organisation: processes in their order, each document's approved version. */
export async function handbookPdfInput(db: Db, caller: Caller, lang: Lang): Promise<HandbookPdfInput> {
  const [org, processes, docs, versions] = await Promise.all([
    getOrganisation(db, caller.orgId),
    q.listProcesses(db, caller.orgId),
    q.listDocuments(db, caller.orgId),
    q.listVersions(db, caller.orgId),
  ]);
  const out: HandbookPdfInput['processes'] = [];
  for (const p of processes) {
    const documents: HandbookPdfInput['processes'][number]['documents'] = [];
    for (const d of docs.filter((x) => x.process_id === p.id)) {
      const approved = readableVersion(versions.filter((v) => v.document_id === d.id));
      if (!approved) continue;
      documents.push({
        title: d.title,
        kind: d.kind,
        version: approved.number,
        approvedBy: approved.approved_by_name ?? '—',
        approvedOn: approved.approved_on ?? caller.today,
        owner: d.owner_name ?? '—',
        content: await q.versionContent(db, caller.orgId, approved.id),
      });
    }
    if (documents.length) out.push({ name: p.name, description: p.description, documents });
  }
  return { lang, orgName: org.name, today: caller.today, processes: out };
}

export async function handbookPdf(input: HandbookPdfInput): Promise<Uint8Array> {
  return renderPdf(handbookDocDefinition(input));
}
