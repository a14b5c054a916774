/**
 * Pure rules of the handbook: a document's blocks as lines of text (for search, comparison and the
 * PDF), the comparison of two versions, and which version a reader sees.
 */
import { diffArrays } from 'diff';
import type { RichDoc, RichNode, VersionStatus } from './schema.ts';

/** The text of a node and everything under it, hard breaks as spaces. */
export function inlineText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(inlineText).join('');
}

/**
 * One line per block, with a light prefix that says what it is: `#` for headings, `•` or `1.` for list
 * items, `|` between table cells, `>` for quotes. Nested lists are indented.
 */
export function blockLines(doc: RichDoc): string[] {
  const lines: string[] = [];
  const walk = (nodes: RichNode[], indent: string): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          lines.push(`${indent}${'#'.repeat(Number(node.attrs?.level ?? 1))} ${inlineText(node)}`);
          break;
        case 'paragraph':
        case 'codeBlock': {
          const text = inlineText(node);
          if (text.trim()) lines.push(indent + text);
          break;
        }
        case 'horizontalRule':
          lines.push(`${indent}---`);
          break;
        case 'bulletList':
        case 'orderedList':
          (node.content ?? []).forEach((item, i) => {
            const mark = node.type === 'bulletList' ? '•' : `${Number(node.attrs?.start ?? 1) + i}.`;
            const [first, ...rest] = item.content ?? [];
            lines.push(`${indent}${mark} ${first ? inlineText(first) : ''}`);
            walk(rest, `${indent}  `);
          });
          break;
        case 'blockquote':
          walk(node.content ?? [], `${indent}> `);
          break;
        case 'table':
          for (const row of node.content ?? []) {
            lines.push(`${indent}| ${(row.content ?? []).map((cell) => cellText(cell)).join(' | ')} |`);
          }
          break;
        default:
          break;
      }
    }
  };
  walk(doc.content, '');
  return lines;
}

function cellText(cell: RichNode): string {
  return (cell.content ?? [])
    .map(inlineText)
    .filter((t) => t.trim())
    .join(' ');
}

/** The plain text of a document, one block a line: what search reads. */
export function plainText(doc: RichDoc): string {
  return blockLines(doc).join('\n');
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The blocks of two versions compared line by line: kept, removed (only in `from`), added (only in `to`). */
export function compareDocs(from: RichDoc, to: RichDoc): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(blockLines(from), blockLines(to))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const text of change.value) parts.push({ kind, text });
  }
  return parts;
}

export interface VersionState {
  number: number;
  status: VersionStatus;
}

/**
 * The version staff read: the latest approved one, unless a later version withdrew the document. Writers
 * see the latest version whatever its status.
 */
export function readableVersion<V extends VersionState>(versions: V[]): V | undefined {
  const sorted = [...versions].sort((a, b) => b.number - a.number);
  for (const v of sorted) {
    if (v.status === 'withdrawn') return undefined;
    if (v.status === 'approved') return v;
  }
  return undefined;
}

/** The status a document shows: that of its latest version. */
export function documentStatus(versions: VersionState[]): VersionStatus {
  return [...versions].sort((a, b) => b.number - a.number)[0]?.status ?? 'draft';
}
