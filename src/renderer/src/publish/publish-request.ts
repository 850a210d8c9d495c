/**
 * What the Publish dialog sends: the document as the blogs take it, built from the editor's text and the front
 * matter. Pure functions, so the preview shows exactly what is sent.
 */
import type { Block, PvDocument } from '../../../core/document/document';
import { documentHtmlFragment } from '../../../core/export/html';
import type { PublishRequest, PublishStatus, PublishTarget } from '../../../core/host';
import { parse } from 'yaml';
import { featuredImagePath } from '../../../core/publish/featured-image';
import type { PublicationRecord } from '../../../core/publish/front-matter-records';
import { withoutTitleHeading } from '../../../core/publish/title-heading';

/** The document as the editor holds it (`EditorCommands.exportSource`). */
export interface PublishSource {
  doc: PvDocument;
  /** The Markdown of the text, without front matter. */
  markdown: string;
}

/** What the user chose in the dialog, with what the front matter says. */
export interface PublishChoices {
  target: PublishTarget;
  title: string;
  excerpt?: string | undefined;
  tags: readonly string[];
  status: PublishStatus;
  /** The post to update (from the front matter's record for this site); undefined creates a new post. */
  id?: string | undefined;
  /** The featured image: the front matter's `image:`, next to the saved document. */
  image?: { documentPath: string; path: string } | undefined;
  /** The digest of the image the post got at its last publication (the record's `image_sha256`). */
  previousImageSha256?: string | undefined;
}

/** The front matter's featured image (`image:`): its path, or why it cannot be used; undefined when there is none. */
export function featuredImageOf(frontMatter: string | undefined): { path: string } | { problem: string } | undefined {
  if (frontMatter === undefined) return undefined;
  let fields: unknown;
  try {
    fields = parse(frontMatter);
  } catch {
    return undefined; // The Article panel says what is wrong with the front matter.
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return undefined;
  try {
    const path = featuredImagePath(fields as Record<string, unknown>);
    return path === undefined ? undefined : { path };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The blocks of the body: the text less the heading that repeats the title (see `withoutTitleHeading`). */
export function bodyBlocks(doc: Pick<PvDocument, 'blocks'>, title: string): Block[] {
  return [...withoutTitleHeading(doc, title).blocks];
}

/**
 * The body as Markdown (dev.to): the editor's Markdown (what Save writes) less its first `# Title` line when the text
 * starts with the heading that repeats the title.
 */
export function markdownBody(source: PublishSource, title: string): string {
  if (withoutTitleHeading(source.doc, title) === source.doc) return source.markdown;
  return source.markdown.replace(/^\s*#[ \t]+[^\n]*(?:\n[ \t]*)*\n?/u, '');
}

/** The body as an HTML fragment (WordPress, Ghost): escaped, semantic, no scripts (see `documentHtmlFragment`). */
export function htmlBody(source: PublishSource, title: string): string {
  return documentHtmlFragment({ blocks: bodyBlocks(source.doc, title) });
}

/** The request the host publishes. */
export function buildPublishRequest(source: PublishSource, choices: PublishChoices): PublishRequest {
  const title = collapse(choices.title);
  const request: PublishRequest = {
    target: choices.target,
    title,
    html: htmlBody(source, title),
    markdown: markdownBody(source, title),
    tags: [...choices.tags],
    status: choices.status,
  };
  if (choices.excerpt !== undefined && collapse(choices.excerpt) !== '') request.excerpt = collapse(choices.excerpt);
  if (choices.id !== undefined) request.id = choices.id;
  if (choices.image !== undefined) request.image = choices.image;
  if (choices.previousImageSha256 !== undefined) request.previousImageSha256 = choices.previousImageSha256;
  return request;
}

/** Whether the body has any text to publish. */
export function hasBody(source: PublishSource, title: string): boolean {
  return bodyBlocks(source.doc, title).some((b) => b.text.trim() !== '');
}

/** Tags typed as "one, two, three": trimmed, without empty ones or duplicates (whatever the case). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(/[,\n]/u)) {
    const tag = collapse(part);
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** Tags as the dialog's field shows them. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** Whether a blog's word for a post's status means it is public (WordPress `publish`, Ghost `published`…). */
export function isPublicStatus(status: string): boolean {
  return ['publish', 'published', 'public'].includes(status.toLowerCase());
}

/**
 * The status the dialog starts with: draft, unless the document was published publicly on this site (updating it
 * as a draft would take it offline).
 */
export function initialStatus(record: PublicationRecord | undefined): PublishStatus {
  return record !== undefined && isPublicStatus(record.status) ? 'publish' : 'draft';
}

/** Whether two tag lists are the same, in the same order. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}
