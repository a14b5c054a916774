/**
 * Contracts of the handbook routes (shared with the UI through `z.infer`), and the rich-text document.
 *
 * A procedure's text is the TipTap editor's JSON document, never HTML. `richDoc` accepts only the node
 * and mark types the editor offers (paragraphs, headings, lists, tables, quotes, links …), with their
 * known attributes, links to http(s) and mailto only, a bounded nesting depth and a size limit; anything
 * else (a `<script>` node, an `onclick` attribute, a `javascript:` link) is refused with a 400. The UI
 * renders it read-only with the same editor, which produces DOM nodes, not an HTML string.
 */
import { z } from '@hono/zod-openapi';
import { role } from '../orgs/schema.ts';

export const DOC_KINDS = ['procedure', 'instruction', 'form'] as const;
export type DocKind = (typeof DOC_KINDS)[number];
export const VERSION_STATUSES = ['draft', 'in_review', 'approved', 'withdrawn'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/* ---------- The rich-text document ---------- */

/** Largest serialised document (characters of JSON). */
export const MAX_DOC_CHARS = 200_000;
/** How deep lists, quotes and tables may nest inside each other. */
const MAX_DEPTH = 3;

/** http, https and mailto only: no `javascript:`, `data:` or relative address that a browser could run. */
export const safeHref = z
  .string()
  .max(2000)
  .regex(/^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/i, 'only http, https or mailto links');

const mark = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  z.strictObject({ type: z.literal('underline') }),
  z.strictObject({ type: z.literal('strike') }),
  z.strictObject({ type: z.literal('code') }),
  z.strictObject({
    type: z.literal('link'),
    attrs: z.strictObject({
      href: safeHref,
      target: z.enum(['_blank']).nullable().optional(),
      rel: z
        .string()
        .max(60)
        .regex(/^[a-z ]*$/)
        .nullable()
        .optional(),
      class: z.null().optional(),
    }),
  }),
]);

const textNode = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).max(20_000),
  marks: z.array(mark).max(6).optional(),
});
const inline = z.discriminatedUnion('type', [textNode, z.strictObject({ type: z.literal('hardBreak') })]);
const inlines = z.array(inline).max(2000).optional();

const paragraph = z.strictObject({
  type: z.literal('paragraph'),
  attrs: z.strictObject({ textAlign: z.null().optional() }).optional(),
  content: inlines,
});
const heading = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.number().int().min(1).max(4), textAlign: z.null().optional() }),
  content: inlines,
});
const rule = z.strictObject({ type: z.literal('horizontalRule') });
const codeBlock = z.strictObject({
  type: z.literal('codeBlock'),
  attrs: z.strictObject({ language: z.string().max(20).regex(/^\w*$/).nullable() }).optional(),
  content: z
    .array(textNode.omit({ marks: true }))
    .max(200)
    .optional(),
});

/** The blocks allowed at a nesting depth: lists, quotes and tables only while depth remains. */
function blocks(depth: number): z.ZodType {
  const flat = [paragraph, heading, rule, codeBlock] as const;
  if (depth === 0)
    return z
      .array(z.discriminatedUnion('type', [...flat]))
      .max(500)
      .openapi('RichBlocks0');
  const inner = blocks(depth - 1);
  const listItem = z.strictObject({ type: z.literal('listItem'), content: inner });
  const cellAttrs = z
    .strictObject({
      colspan: z.number().int().min(1).max(20).optional(),
      rowspan: z.number().int().min(1).max(50).optional(),
      colwidth: z.array(z.number().int().min(0).max(2000)).max(20).nullable().optional(),
    })
    .optional();
  const cell = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('tableCell'), attrs: cellAttrs, content: inner }),
    z.strictObject({ type: z.literal('tableHeader'), attrs: cellAttrs, content: inner }),
  ]);
  return z
    .array(
      z.discriminatedUnion('type', [
        ...flat,
        z.strictObject({ type: z.literal('bulletList'), content: z.array(listItem).max(500) }),
        z.strictObject({
          type: z.literal('orderedList'),
          attrs: z
            .strictObject({
              start: z.number().int().min(0).max(10_000).optional(),
              type: z.enum(['1', 'a', 'A', 'i', 'I']).nullable().optional(),
            })
            .optional(),
          content: z.array(listItem).max(500),
        }),
        z.strictObject({ type: z.literal('blockquote'), content: inner }),
        z.strictObject({
          type: z.literal('table'),
          content: z.array(z.strictObject({ type: z.literal('tableRow'), content: z.array(cell).max(20) })).max(200),
        }),
      ]),
    )
    .max(2000)
    .openapi(`RichBlocks${depth}`);
}

/** One node of a document, as the editor writes it (loosely typed; `richDoc` is the check). */
export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}
export interface RichDoc {
  type: 'doc';
  content: RichNode[];
}

export const richDoc = z
  .strictObject({ type: z.literal('doc'), content: blocks(MAX_DEPTH) })
  .refine((d) => JSON.stringify(d).length <= MAX_DOC_CHARS, `at most ${MAX_DOC_CHARS} characters`)
  .openapi('RichDoc') as unknown as z.ZodType<RichDoc>;

export const EMPTY_DOC: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/* ---------- Requests ---------- */

const name = z.string().trim().min(1).max(160);
const text = (max: number) => z.string().trim().max(max);
const day = z.iso.date();

export const processInput = z.strictObject({
  name,
  description: text(2000).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const processPatch = processInput.partial();

export const linksInput = z.strictObject({
  kpiIds: z.array(z.uuid()).max(50),
  actionIds: z.array(z.uuid()).max(50),
  riskIds: z.array(z.uuid()).max(50),
  cafCodes: z.array(z.string().regex(/^\d{1,2}\.\d$/)).max(50),
});
export type LinksInput = z.infer<typeof linksInput>;

export const documentInput = z.strictObject({
  processId: z.uuid(),
  kind: z.enum(DOC_KINDS),
  title: name,
  ownerId: z.uuid().nullable().optional(),
  reviewOn: day.nullable().optional(),
  content: richDoc.optional(),
});
export type DocumentInput = z.infer<typeof documentInput>;

export const documentPatch = z.strictObject({
  processId: z.uuid().optional(),
  kind: z.enum(DOC_KINDS).optional(),
  title: name.optional(),
  ownerId: z.uuid().nullable().optional(),
  reviewOn: day.nullable().optional(),
  asIs: text(10_000).optional(),
  toBe: text(10_000).optional(),
  links: linksInput.optional(),
});
export type DocumentPatch = z.infer<typeof documentPatch>;

export const draftInput = z.strictObject({ content: richDoc, changeNote: text(500).optional() });
export const readRequestInput = z.strictObject({ role: role });
export const riskInput = z.strictObject({
  title: name,
  description: text(2000).optional(),
  level: z.enum(RISK_LEVELS).optional(),
});

export const handbookQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  processId: z.uuid().optional(),
  role: role.optional(),
});
export const compareQuery = z.strictObject({ from: z.uuid(), to: z.uuid() });

/* ---------- Answers ---------- */

export const processRow = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  position: z.number(),
  documents: z.number(),
});

export const documentRow = z.object({
  id: z.uuid(),
  processId: z.uuid(),
  kind: z.enum(DOC_KINDS),
  title: z.string(),
  ownerName: z.string().nullable(),
  /** The status of the latest version. */
  status: z.enum(VERSION_STATUSES),
  /** The number of the version staff read (the latest approved), if any. */
  approvedVersion: z.number().nullable(),
  latestVersion: z.number(),
  approvedOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  /** Roles asked to read the approved version. */
  askedRoles: z.array(role),
  /** The caller confirmed reading the approved version. */
  readByMe: z.boolean(),
});
export type DocumentRow = z.infer<typeof documentRow>;

export const handbookAnswer = z.object({
  processes: z.array(processRow),
  documents: z.array(documentRow),
  /** Documents whose review date falls within the next 60 days or has passed. */
  reviewDue: z.array(z.object({ id: z.uuid(), title: z.string(), reviewOn: z.string() })),
  mayWrite: z.boolean(),
  mayApprove: z.boolean(),
});
export type HandbookAnswer = z.infer<typeof handbookAnswer>;

export const versionRow = z.object({
  id: z.uuid(),
  number: z.number(),
  status: z.enum(VERSION_STATUSES),
  changeNote: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedOn: z.string().nullable(),
});
export type VersionRow = z.infer<typeof versionRow>;

export const linkRef = z.object({ id: z.string(), label: z.string(), open: z.boolean() });

export const documentDetail = documentRow.extend({
  ownerId: z.uuid().nullable(),
  asIs: z.string(),
  toBe: z.string(),
  /** The version shown: the approved one for readers, the latest for writers. */
  shown: versionRow.extend({ content: richDoc }).nullable(),
  versions: z.array(versionRow),
  links: z.object({
    kpis: z.array(linkRef),
    actions: z.array(linkRef),
    risks: z.array(linkRef),
    caf: z.array(linkRef),
  }),
  /** An improvement action linked to the document is still open: show "as is" and "to be" side by side. */
  actionOpen: z.boolean(),
  mayWrite: z.boolean(),
  mayApprove: z.boolean(),
});
export type DocumentDetail = z.infer<typeof documentDetail>;

export const versionAnswer = versionRow.extend({ content: richDoc });

export const diffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export const compareAnswer = z.object({
  from: versionRow,
  to: versionRow,
  /** The blocks of both versions, each as one line of text, marked as kept, added or removed. */
  parts: z.array(diffPart),
});
export type CompareAnswer = z.infer<typeof compareAnswer>;

export const readersAnswer = z.object({
  version: z.number().nullable(),
  requests: z.array(z.object({ role: role, requestedOn: z.string() })),
  readers: z.array(z.object({ userId: z.uuid(), name: z.string(), role: role, readOn: z.string().nullable() })),
});
export type ReadersAnswer = z.infer<typeof readersAnswer>;

export const riskRow = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  level: z.enum(RISK_LEVELS),
});
export const choicesAnswer = z.object({
  members: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  kpis: z.array(z.object({ id: z.uuid(), label: z.string() })),
  actions: z.array(z.object({ id: z.uuid(), label: z.string(), open: z.boolean() })),
  risks: z.array(riskRow),
  caf: z.array(z.object({ code: z.string(), label: z.string() })),
});
export type ChoicesAnswer = z.infer<typeof choicesAnswer>;

export const approvalsAnswer = z.object({
  items: z.array(
    z.object({ documentId: z.uuid(), title: z.string(), version: z.number(), createdBy: z.string().nullable() }),
  ),
});
