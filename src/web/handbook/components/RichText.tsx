/**
 * The handbook's rich text: Mantine's RichTextEditor on TipTap, with headings, lists, quotes, tables and
 * links (http, https and mailto only). The text is the editor's JSON document; it is shown read-only
 * with the same editor, which builds DOM nodes from the checked document (no HTML string is ever set).
 */
import '@mantine/tiptap/styles.css';
import { RichTextEditor } from '@mantine/tiptap';
import { TableKit } from '@tiptap/extension-table';
import { type Editor, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichDoc } from '../../../modules/handbook/schema.ts';

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

function extensions() {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: false,
        protocols: ['http', 'https', 'mailto'],
        defaultProtocol: 'https',
        isAllowedUri: (url) => SAFE_LINK.test(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}

function useLabels() {
  const { t } = useTranslation();
  const k = (key: string) => t(`handbook.editor.${key}`);
  return {
    boldControlLabel: k('bold'),
    italicControlLabel: k('italic'),
    underlineControlLabel: k('underline'),
    strikeControlLabel: k('strike'),
    h2ControlLabel: k('h2'),
    h3ControlLabel: k('h3'),
    bulletListControlLabel: k('bulletList'),
    orderedListControlLabel: k('orderedList'),
    blockquoteControlLabel: k('quote'),
    linkControlLabel: k('link'),
    unlinkControlLabel: k('unlink'),
    linkEditorInputLabel: k('linkAddress'),
    linkEditorInputPlaceholder: 'https://…',
    linkEditorSave: k('linkSave'),
    linkEditorExternalLink: k('linkExternal'),
    linkEditorInternalLink: k('linkInternal'),
    tableInsertControlLabel: k('tableInsert'),
    tableInsertLabel: (columns: number, rows: number) => t('handbook.editor.tableSize', { columns, rows }),
    tableDeleteControlLabel: k('tableDelete'),
    tableRowAfterControlLabel: k('rowAfter'),
    tableRowDeleteControlLabel: k('rowDelete'),
    tableColumnAfterControlLabel: k('columnAfter'),
    tableColumnDeleteControlLabel: k('columnDelete'),
    undoControlLabel: k('undo'),
    redoControlLabel: k('redo'),
  };
}

/** The editable text; `onEditor` hands the editor to the page, which reads `editor.getJSON()` to save. */
export function RichTextField({
  initial,
  label,
  onEditor,
}: {
  initial: RichDoc;
  label: string;
  onEditor: (editor: Editor | null) => void;
}) {
  const labels = useLabels();
  const editor = useEditor({
    extensions: extensions(),
    content: initial,
    immediatelyRender: true,
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true' } },
  });
  useEffect(() => {
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);
  return (
    // The Mantine package's types name TipTap's Editor through another module path: the same class.
    <RichTextEditor editor={editor as never} labels={labels}>
      <RichTextEditor.Toolbar sticky stickyOffset={0}>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
          <RichTextEditor.Underline />
          <RichTextEditor.Strikethrough />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.H2 />
          <RichTextEditor.H3 />
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
          <RichTextEditor.Blockquote />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Link />
          <RichTextEditor.Unlink />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.TableInsert />
          <RichTextEditor.TableRowAfter />
          <RichTextEditor.TableColumnAfter />
          <RichTextEditor.TableRowDelete />
          <RichTextEditor.TableColumnDelete />
          <RichTextEditor.TableDelete />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo />
          <RichTextEditor.Redo />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content mih={240} />
    </RichTextEditor>
  );
}

/** A version's text, read-only, with the same editor. */
export function RichTextView({ doc, label }: { doc: RichDoc; label: string }) {
  const labels = useLabels();
  const editor = useEditor(
    {
      extensions: extensions(),
      content: doc,
      editable: false,
      immediatelyRender: true,
      editorProps: { attributes: { 'aria-label': label, role: 'document' } },
    },
    [doc],
  );
  return (
    <RichTextEditor editor={editor as never} labels={labels} variant="subtle" withTypographyStyles>
      <RichTextEditor.Content />
    </RichTextEditor>
  );
}
