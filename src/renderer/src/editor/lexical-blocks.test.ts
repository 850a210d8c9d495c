import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { DEFAULT_TRANSFORMERS } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { $getRoot, $isTextNode, createEditor, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { exportPlainText } from '../../../core/export/export-formats';
import { markdownToDocument } from '../../../core/document/markdown';
import { documentHtmlFragment } from '../../../core/export/html';
import { DocumentSender } from '../engine/findings-delta';
import { $documentFromEditor } from './lexical-blocks';
import { EDITOR_NODES } from './nodes';

function markdownEditor(markdown: string): LexicalEditor {
  const editor = createEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $convertFromMarkdownString(markdown, DEFAULT_TRANSFORMERS), { discrete: true });
  return editor;
}

function editorDocument(markdown: string) {
  return markdownEditor(markdown).getEditorState().read($documentFromEditor);
}

/** The text nodes of the editor, in order. */
function $textNodes(): TextNode[] {
  return $getRoot().getAllTextNodes().filter($isTextNode);
}

const shape = (blocks: { kind: string; level?: number; text: string; depth?: number; ordered?: boolean }[]) =>
  blocks.map((b) => ({ kind: b.kind, level: b.level, text: b.text, depth: b.depth, ordered: b.ordered }));

describe('$documentFromEditor', () => {
  it('gives the same blocks as the Markdown reader of the core', () => {
    const markdown = [
      '# Aspirations for the Rust standard library',
      '',
      'Over the past years, **Rust** has grown from a language used by a *few* dedicated users.',
      '',
      '## What we do',
      '',
      '- Making std less special',
      '- Empowering other crates',
      '',
      '1. first',
      '2. second',
      '',
      '> Mistakes can still happen.',
      '',
      'See [the roadmap](https://example.org/roadmap) for more.',
    ].join('\n');
    const fromEditor = editorDocument(markdown);
    const fromMarkdown = markdownToDocument(markdown);
    expect(shape(fromEditor.blocks)).toEqual(shape(fromMarkdown.blocks));
    expect(fromEditor.title).toBe('Aspirations for the Rust standard library');
  });

  it('keeps inline code in the text but marks it to be ignored, and keeps code blocks apart', () => {
    const document = editorDocument('Call `the the` here.\n\n```\nthe the\n```');
    expect(document.blocks.map((b) => [b.kind, b.text, b.ignore])).toEqual([
      ['paragraph', 'Call the the here.', [{ start: 5, end: 12 }]],
      ['code', 'the the', undefined],
    ]);
  });
});

describe('$documentFromEditor: marks', () => {
  it('gives a mark per bold, italic, strikethrough and code text, merged across text nodes', () => {
    const document = editorDocument('**bold** *it* ~~old~~ `npm`, ***both** then* and [**a** b](https://x.fr)');
    expect(document.blocks).toEqual([
      {
        id: document.blocks[0]?.id,
        kind: 'paragraph',
        text: 'bold it old npm, both then and a b',
        ignore: [{ start: 12, end: 15 }],
        links: [{ range: { start: 31, end: 34 }, url: 'https://x.fr' }],
        marks: [
          { range: { start: 0, end: 4 }, kind: 'strong' },
          { range: { start: 5, end: 7 }, kind: 'emphasis' },
          { range: { start: 8, end: 11 }, kind: 'strike' },
          { range: { start: 12, end: 15 }, kind: 'code' },
          // "both" is one bold-italic text node, " then" an italic one: one emphasis over both.
          { range: { start: 17, end: 26 }, kind: 'emphasis' },
          { range: { start: 17, end: 21 }, kind: 'strong' },
          { range: { start: 31, end: 32 }, kind: 'strong' },
        ],
      },
    ]);
  });

  it('gives the same text and marks as the Markdown reader of the core, strikethrough included', () => {
    const markdown =
      '# A *light* title\n\n- **Bold [link *it*](https://x.fr)** and `a < b`\n\n> *Quoted* ~~words~~ in ~5 min';
    const fromEditor = editorDocument(markdown).blocks;
    const fromCore = markdownToDocument(markdown).blocks;
    expect(fromEditor.map((b) => b.kind)).toEqual(['heading', 'listItem', 'quote']);
    expect(fromEditor.map((b) => b.text)).toEqual(fromCore.map((b) => b.text));
    expect(fromEditor.map((b) => b.marks)).toEqual(fromCore.map((b) => b.marks));
    expect(fromEditor.map((b) => b.marks?.length)).toEqual([1, 3, 2]);
  });

  it('gives no marks to code blocks', () => {
    expect(editorDocument('```\n**a**\n```').blocks.map((b) => [b.kind, b.marks])).toEqual([['code', undefined]]);
  });

  it('exports the formatting to HTML, and none of it to the plain text', () => {
    const document = editorDocument('Some **bold**, *it*, ~~old~~ and `code` [here](https://x.fr).');
    expect(documentHtmlFragment(document)).toBe(
      '<p>Some <strong>bold</strong>, <em>it</em>, <s>old</s> and <code>code</code> <a href="https://x.fr">here</a>.</p>\n',
    );
    expect(exportPlainText(document, 'blog')).toBe('Some bold, it, old and code here.');
    expect(exportPlainText(document, 'linkedin')).toBe('Some bold, it, old and code here (https://x.fr).');
  });

  it('keeps the formatting of an edited block in the Markdown Save writes (Lexical’s transformers)', () => {
    const editor = markdownEditor('Some **bold** and *it*, ~~old~~ `code`.\n\nOther.');
    editor.update(
      () => {
        const [, bold] = $textNodes();
        bold?.setTextContent('bolder');
        $textNodes()[0]?.setTextContent('Edited ');
      },
      { discrete: true },
    );
    const markdown = editor.getEditorState().read(() => $convertToMarkdownString(DEFAULT_TRANSFORMERS));
    expect(markdown).toBe('Edited **bolder** and *it*, ~~old~~ `code`.\n\nOther.');
  });

  it('follows a change of formatting only: the exports see it, the checks are not asked again for the block', () => {
    const editor = markdownEditor('Make this bold.');
    const sender = new DocumentSender();
    const before = editor.getEditorState().read($documentFromEditor);
    expect(sender.next(before).changed).toHaveLength(1);
    editor.update(
      () => {
        const [text] = $textNodes();
        const [, bold] = text?.splitText(5, 9) ?? [];
        bold?.toggleFormat('bold');
      },
      { discrete: true },
    );
    const after = editor.getEditorState().read($documentFromEditor);
    expect(after.blocks.map((b) => [b.id, b.text, b.marks])).toEqual([
      [before.blocks[0]?.id, 'Make this bold.', [{ range: { start: 5, end: 9 }, kind: 'strong' }]],
    ]);
    expect(documentHtmlFragment(after)).toBe('<p>Make <strong>this</strong> bold.</p>\n');
    // Formatting changes no finding: the worker keeps its copy of the block.
    expect(sender.next(after).changed).toEqual([]);
  });
});
