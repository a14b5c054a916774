/**
 * Just enough Markdown for the user guide (docs/guide/*.md) as React elements, no HTML strings:
 * headings, paragraphs, lists (a list item starting with **Name** gets the id `slug(Name)`, so a page
 * can link to its section), pipe tables, images and the inline **bold**, `code` and [links](x.md).
 */
import { Anchor, Code, Image, List, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { slug } from './pageHelp.ts';

/** A link of the guide: another guide page (`finance.md#x` → `/guide/finance#x`), an anchor, or outside. */
function target(href: string): { to: string; internal: boolean } {
  const page = /^([a-z-]+)\.md(#.*)?$/.exec(href);
  if (page) return { to: `/guide/${page[1] === 'README' ? '' : page[1]}${page[2] ?? ''}`, internal: true };
  if (href.startsWith('#')) return { to: href, internal: false };
  return { to: href, internal: false };
}

export function inline(text: string, key = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)|_([^_]+)_/g;
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const k = `${key}-${n++}`;
    if (m[1]) out.push(<strong key={k}>{inline(m[1], k)}</strong>);
    else if (m[2]) out.push(<Code key={k}>{m[2]}</Code>);
    else if (m[3] && m[4]) {
      const { to, internal } = target(m[4]);
      out.push(
        internal ? (
          <Anchor key={k} component={Link} to={to}>
            {inline(m[3], k)}
          </Anchor>
        ) : (
          <Anchor key={k} href={to}>
            {inline(m[3], k)}
          </Anchor>
        ),
      );
    } else if (m[5]) out.push(<em key={k}>{m[5]}</em>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'image'; alt: string; src: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'paragraph'; text: string };

export function parse(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.replace(/\r/g, '').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const image = /^!\[([^\]]*)\]\(([^)]+)\)\s*$/.exec(line);
    const item = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (line.trim() === '') i++;
    else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
      i++;
    } else if (image) {
      blocks.push({ kind: 'image', alt: image[1]!, src: image[2]! });
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) {
        const cells = lines[i]!.split('|')
          .slice(1, -1)
          .map((c) => c.trim());
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
        i++;
      }
      blocks.push({ kind: 'table', rows });
    } else if (item) {
      const ordered = /\d/.test(item[2]!);
      const items: string[] = [];
      while (i < lines.length) {
        const next = /^\s*([-*]|\d+\.)\s+(.*)$/.exec(lines[i]!);
        if (next) items.push(next[2]!);
        else if (/^\s+\S/.test(lines[i]!) && items.length) items[items.length - 1] += ` ${lines[i]!.trim()}`;
        else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
    } else {
      const text: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && !/^(#|!\[|\||\s*([-*]|\d+\.)\s)/.test(lines[i]!)) {
        text.push(lines[i]!.trim());
        i++;
      }
      blocks.push({ kind: 'paragraph', text: text.join(' ') });
    }
  }
  return blocks;
}

/** The guide page as elements; `image` resolves a path such as `img/costprice.png` to its URL. */
export function render(markdown: string, image: (src: string) => string | undefined): ReactNode[] {
  return parse(markdown).map((b, n) => {
    const key = `b${n}`;
    switch (b.kind) {
      case 'heading':
        return (
          <Title key={key} order={Math.min(b.level, 4) as 1 | 2 | 3 | 4} id={slug(b.text)}>
            {inline(b.text, key)}
          </Title>
        );
      case 'image': {
        const src = image(b.src);
        return src ? <Image key={key} src={src} alt={b.alt} radius="sm" maw={960} /> : null;
      }
      case 'table':
        return (
          <Table.ScrollContainer key={key} minWidth={600}>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  {(b.rows[0] ?? []).map((c, j) => (
                    <Table.Th key={j}>{inline(c, `${key}h${j}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {b.rows.slice(1).map((r, j) => (
                  <Table.Tr key={j}>
                    {r.map((c, k) => (
                      <Table.Td key={k}>{inline(c, `${key}r${j}c${k}`)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        );
      case 'list':
        return (
          <List key={key} type={b.ordered ? 'ordered' : 'unordered'} spacing="xs">
            {b.items.map((text, j) => {
              const name = /^\*\*([^*]+)\*\*/.exec(text)?.[1];
              return (
                <List.Item key={j} id={name ? slug(name) : undefined}>
                  {inline(text, `${key}l${j}`)}
                </List.Item>
              );
            })}
          </List>
        );
      default:
        return <Text key={key}>{inline(b.text, key)}</Text>;
    }
  });
}
