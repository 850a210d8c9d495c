/**
 * The texts the Export menu copies and writes: Markdown with its front
 * matter, and plain text for a channel.
 */
import type { ChannelId } from '../channels/channel';
import { socialText } from '../channels/social-text';
import type { PvDocument } from '../document/document';
import { joinFrontMatter } from '../document/front-matter';

/**
 * A Markdown file: the front matter fenced with `---` (none when its YAML is
 * empty or absent), a blank line, then the body, ending with exactly one line
 * break (an empty document without front matter is empty).
 */
export function exportMarkdown(markdownBody: string, frontMatter: string | undefined): string {
  const body = markdownBody.replace(/\s+$/, '');
  const yaml = (frontMatter ?? '').replace(/\s+$/, '');
  if (body === '' && yaml === '') return '';
  return joinFrontMatter(frontMatter, body === '' ? '' : `${body}\n`);
}

/**
 * The plain text of the document for a channel. For LinkedIn, X and Mastodon
 * it is `socialText(doc).text`: the very string the channel counter counts
 * (list items as `• ` lines, links as their URLs). For the blog, the text of
 * each block (blank ones left out), separated by blank lines. No line break at
 * the end: see `asTextFile`.
 */
export function exportPlainText(doc: Pick<PvDocument, 'blocks'>, channel: ChannelId): string {
  if (channel !== 'blog') return socialText(doc).text;
  return doc.blocks
    .filter((block) => block.text.trim() !== '')
    .map((block) => block.text)
    .join('\n\n');
}

/** Text as a file's content: ending with one line break, or empty. */
export function asTextFile(text: string): string {
  const trimmed = text.replace(/\s+$/, '');
  return trimmed === '' ? '' : `${trimmed}\n`;
}
