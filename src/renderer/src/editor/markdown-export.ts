import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { DEFAULT_TRANSFORMERS } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import type { LexicalEditor } from 'lexical';
import { joinFrontMatter, splitFrontMatter } from '../../../core/document/front-matter';

/**
 * The document as a Markdown file: its front matter, then its text, ending
 * with a newline. What Save writes, and what a backup keeps.
 */
export function exportMarkdown(editor: LexicalEditor, frontMatter: string | undefined): string {
  const body = editor.getEditorState().read(() => $convertToMarkdownString(DEFAULT_TRANSFORMERS));
  return joinFrontMatter(frontMatter, `${body}\n`);
}

/**
 * Replaces the editor's text with a Markdown file's (synchronously, as one
 * discrete update) and returns the file's front matter, kept apart from the text.
 */
export function importMarkdown(editor: LexicalEditor, markdown: string): string | undefined {
  const { frontMatter, body } = splitFrontMatter(markdown);
  editor.update(
    () => {
      $convertFromMarkdownString(body, DEFAULT_TRANSFORMERS);
    },
    { discrete: true },
  );
  return frontMatter;
}
