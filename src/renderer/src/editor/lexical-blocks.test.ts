import { $convertFromMarkdownString } from '@lexical/markdown';
import { DEFAULT_TRANSFORMERS } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { markdownToDocument } from '../../../core/document/markdown';
import { $documentFromEditor } from './lexical-blocks';
import { EDITOR_NODES } from './nodes';

function editorDocument(markdown: string) {
  const editor = createEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $convertFromMarkdownString(markdown, DEFAULT_TRANSFORMERS), { discrete: true });
  return editor.getEditorState().read($documentFromEditor);
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
