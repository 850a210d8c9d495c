import type { Processor } from 'unified';
import { gfmStrikethroughFromMarkdown, gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';

/**
 * GFM's strikethrough, and only it, for remark: `~~old~~` reads as a `delete` node (so a `strike` mark), and text
 * written back escapes the tildes that would start one. As in the editor (Lexical's Markdown transformers), only
 * double tildes strike: `~5 min` and `~3 €` stay text.
 */
export function remarkStrikethrough(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmStrikethroughToMarkdown());
}
