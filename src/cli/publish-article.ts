/**
 * The article file `porte-voix publish` reads and writes back: what to send (title, HTML, Markdown, excerpt, tags,
 * categories, canonical address, from the front matter and the text), and the front matter edited in place with
 * the publication (and override) records, the rest of the file byte for byte as it was.
 */
import { parse } from 'yaml';
import { readArticleMeta } from '../core/article/meta';
import { splitFrontMatter } from '../core/document/front-matter';
import { markdownToDocument } from '../core/document/markdown';
import { documentFormat } from '../core/document/text-file';
import { documentHtmlFragment } from '../core/export/html';
import { featuredImagePath } from '../core/publish/featured-image';
import { PublishError } from '../core/publish/http';
import type { PublishContent } from '../core/publish/publish-document';
import type { PublishTarget } from '../core/publish/targets';
import { publishedMarkdown } from '../core/publish/published-markdown';
import { withoutTitleHeading } from '../core/publish/title-heading';

/** Why a file cannot be published as it is: the CLI stops with exit status 2 before sending anything. */
export class ArticleError extends Error {}

/** What the file gives to publish, without the status, the id and the image (read from its own file). */
export type ArticleContent = Omit<PublishContent, 'status' | 'id' | 'image' | 'previousImageSha256'>;

export interface Article {
  /** The front matter's YAML, without its fences; undefined when the file has none. */
  frontMatter: string | undefined;
  content: ArticleContent;
  /** The featured image's path (`image:`), relative to the article's folder. */
  imagePath?: string;
}

/** Refuses what is not Markdown, before reading it: plain text and HTML have no front matter to keep the post's id. */
export function assertMarkdownName(name: string): void {
  const format = documentFormat(name);
  if (format === 'markdown') return;
  const what = format === 'text' ? 'plain text' : 'HTML';
  throw new ArticleError(
    `${name} is ${what}: porte-voix publish reads Markdown, whose front matter holds the title, the tags and the id of the post to update. ` +
      `Save it as Markdown (a .md file; open it in Porte-voix and use Save As), add title: to its front matter, then publish the .md file.`,
  );
}

/** A list field as the article panel reads `tags`: a YAML list or a comma-separated text; trimmed, no duplicates. */
function textList(value: unknown, key: string, name: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const list: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      throw new ArticleError(
        `The front matter’s “${key}” in ${name} should be a list of names: write for example ${key}: [News, Product].`,
      );
    }
    const text = String(item).replace(/\s+/gu, ' ').trim();
    if (text !== '' && !list.includes(text)) list.push(text);
  }
  return list;
}

function canonicalUrl(fields: Record<string, unknown>, name: string): string | undefined {
  const key = ['canonical_url', 'canonical'].find((k) => fields[k] !== undefined && fields[k] !== null);
  if (key === undefined) return undefined;
  const value = fields[key];
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value.trim())) {
    throw new ArticleError(
      `The front matter’s “${key}” in ${name} should be the article's original address: write ${key}: https://…`,
    );
  }
  return value.trim();
}

/**
 * Reads an article: title (front matter `title`, else the first level-1 heading), excerpt (`description`, else
 * `excerpt`), `tags`, WordPress `categories`, dev.to `canonical_url` (or `canonical`), the featured image's path
 * (`image`), the body as an HTML fragment
 * and as Markdown without its front matter, both without the title's own level-1 heading (the blog shows the title).
 * @throws ArticleError when the front matter cannot be read, a field has the wrong type, or there is no title or text.
 */
export function readArticle(source: string, name: string, target: PublishTarget): Article {
  const { frontMatter, body } = splitFrontMatter(source);
  const doc = markdownToDocument(body);
  if (frontMatter !== undefined) doc.frontMatter = frontMatter;
  const { meta, problems } = readArticleMeta(doc, 'en');
  const blocking = problems.find(
    (p) => p.code === 'front-matter-invalid' || p.code === 'front-matter-not-a-map' || p.code === 'field-invalid',
  );
  if (blocking !== undefined) throw new ArticleError(`${name}: ${blocking.message}`);
  if (meta.title === undefined) {
    throw new ArticleError(
      `${name} has no title: add title: to its front matter (---, title: …, --- at the top), or start the text with a # heading.`,
    );
  }
  const html = documentHtmlFragment(withoutTitleHeading(doc, meta.title));
  if (html === '') throw new ArticleError(`${name} has no text to publish: write the article first.`);

  const parsed: unknown = frontMatter === undefined ? undefined : parse(frontMatter);
  const fields = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const content: ArticleContent = {
    title: meta.title,
    html,
    markdown: publishedMarkdown(doc, meta.title),
    tags: meta.tags,
  };
  if (meta.excerpt !== undefined) content.excerpt = meta.excerpt;
  if (target === 'wordpress') {
    const categories = textList(fields['categories'], 'categories', name);
    if (categories !== undefined) content.categories = categories;
  }
  if (target === 'devto') {
    const canonical = canonicalUrl(fields, name);
    if (canonical !== undefined) content.canonicalUrl = canonical;
  }
  let imagePath: string | undefined;
  try {
    imagePath = featuredImagePath(fields);
  } catch (error) {
    if (error instanceof PublishError) throw new ArticleError(`${name}: ${error.message}`);
    throw error;
  }
  return { frontMatter, content, ...(imagePath === undefined ? {} : { imagePath }) };
}

/**
 * The file with its front matter's YAML replaced by `edit(yaml)`: the fences, the body and the line endings stay
 * byte for byte; a file without front matter gets one at the top.
 * @throws whatever `edit` throws (FrontMatterEditError on malformed YAML).
 */
export function editFrontMatter(source: string, edit: (yaml: string | undefined) => string): string {
  const { frontMatter } = splitFrontMatter(source);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  if (frontMatter === undefined) {
    const yaml = edit(undefined)
      .replace(/\r?\n$/u, '')
      .replace(/\r?\n/gu, eol);
    return `---${eol}${yaml}${eol}---${eol}${eol}${source}`;
  }
  // splitFrontMatter's YAML starts right after the opening fence's line break.
  const start = source.indexOf('\n') + 1;
  let yaml = edit(frontMatter);
  if (!/\n$/u.test(frontMatter)) yaml = yaml.replace(/\r?\n$/u, '');
  return `${source.slice(0, start)}${yaml}${source.slice(start + frontMatter.length)}`;
}
