/** The Markdown a blog that takes Markdown (dev.to) gets: the body only. Kept apart from title-heading.ts, which
 * the page imports: this one brings in the Markdown writer. */
import type { PvDocument } from '../document/document';
import { documentToMarkdown } from '../document/markdown';
import { withoutTitleHeading } from './title-heading';

/** The Markdown body to publish: the document's Markdown, without front matter and without the title heading. */
export function publishedMarkdown(doc: PvDocument, title: string): string {
  const { frontMatter: _frontMatter, frontMatterMarkdown: _source, ...body } = withoutTitleHeading(doc, title);
  return documentToMarkdown(body).replace(/^(?:[ \t]*\r?\n)+/u, '');
}
