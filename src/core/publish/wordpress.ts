import {
  PublishError,
  base64ToBytes,
  base64Utf8,
  checkId,
  expectSuccess,
  parseJson,
  secureBaseUrl,
  type HttpClient,
  type HttpResponse,
  type StatusHints,
} from './http';
import { asciiFilename } from './multipart';
import type { PublishResult } from './result';

/** A WordPress site and the application password of one of its users. */
export interface WordPressSite {
  /** The site address, e.g. https://example.com or https://example.com/blog. */
  url: string;
  /** The WordPress user name (login). */
  user: string;
  /** An application password from Users → Profile (spaces allowed). */
  applicationPassword: string;
}

/** A featured image to upload with the post. */
export interface WordPressImage {
  /** File name shown in the media library, e.g. "cover.png". */
  filename: string;
  /** MIME type, e.g. "image/png". */
  contentType: string;
  /** The file's bytes in base64. */
  base64: string;
}

/** The post to create or update. */
export interface WordPressPost {
  title: string;
  /** The body as HTML. */
  html: string;
  excerpt?: string;
  /** Defaults to 'draft'. */
  status?: 'draft' | 'publish' | 'pending' | 'private';
  /** Tag names; missing tags are created. */
  tags?: readonly string[];
  /** Category names; missing categories are created. */
  categories?: readonly string[];
  featuredImage?: WordPressImage;
  /** Take the featured image off the post (when updating it without one). Ignored with `featuredImage`. */
  removeFeaturedImage?: boolean;
  /** The id returned by a previous publication: update that post instead of creating a new one. */
  id?: string;
}

const HINTS: StatusHints = {
  service: 'WordPress',
  credential: 'the application password',
  auth: 'check the user name and create a new application password in Users → Profile.',
  forbidden: 'this user may not do this; give it the Author or Editor role, or use another account.',
  notFound: 'check the site address; if the post was deleted, remove its stored id to publish a new post.',
};

type Taxonomy = 'tags' | 'categories';

/** True when a 404 comes from the REST API itself (JSON `code: 'rest_…'`), not from a site without /wp-json/. */
function isRestAnswer(response: HttpResponse): boolean {
  try {
    const parsed = JSON.parse(response.body) as unknown;
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { code?: unknown }).code === 'string';
  } catch {
    return false;
  }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function numberField(value: unknown, field: string): number {
  const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  if (typeof found !== 'number') {
    throw new PublishError(
      'server',
      `WordPress answered without a ${field}: check that the address is a WordPress site.`,
    );
  }
  return found;
}

/** The REST routes of one site, switching to `?rest_route=` when `/wp-json/` is not routed (plain permalinks). */
class WordPressApi {
  private plain = false;
  private settled = false;
  private readonly authorization: string;

  constructor(
    private readonly http: HttpClient,
    private readonly base: string,
    site: WordPressSite,
  ) {
    this.authorization = `Basic ${base64Utf8(`${site.user}:${site.applicationPassword.trim()}`)}`;
  }

  private url(route: string, query: string): string {
    if (this.plain) return `${this.base}/?rest_route=${route}${query === '' ? '' : `&${query}`}`;
    return `${this.base}/wp-json${route}${query === '' ? '' : `?${query}`}`;
  }

  /** Sends a request, retrying once through `?rest_route=` when `/wp-json/` is not routed. */
  async call(
    method: 'GET' | 'POST',
    route: string,
    options: { query?: string; json?: unknown; bytes?: Uint8Array; headers?: Record<string, string> } = {},
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = {
      Authorization: this.authorization,
      Accept: 'application/json',
      ...options.headers,
    };
    let body: string | Uint8Array | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(options.json);
    } else if (options.bytes !== undefined) {
      body = options.bytes;
    }
    const send = (): Promise<HttpResponse> =>
      this.http({
        method,
        url: this.url(route, options.query ?? ''),
        headers,
        ...(body === undefined ? {} : { body }),
      });
    let response = await send();
    if (!this.settled && !this.plain && response.status === 404 && !isRestAnswer(response)) {
      this.plain = true;
      response = await send();
    }
    if (response.status !== 404 || isRestAnswer(response)) this.settled = true;
    return response;
  }

  async json(
    method: 'GET' | 'POST',
    route: string,
    options: { query?: string; json?: unknown; bytes?: Uint8Array; headers?: Record<string, string> } = {},
  ): Promise<unknown> {
    const response = await this.call(method, route, options);
    expectSuccess(response, HINTS);
    return parseJson(response, 'WordPress');
  }
}

/** Finds the term named `name` (case-insensitive) or creates it; returns its id. */
async function termId(api: WordPressApi, taxonomy: Taxonomy, name: string): Promise<number> {
  const found = await api.json('GET', `/wp/v2/${taxonomy}`, {
    query: `search=${encodeURIComponent(name)}&per_page=100`,
  });
  if (Array.isArray(found)) {
    const wanted = name.toLocaleLowerCase();
    for (const term of found as unknown[]) {
      const termName = typeof term === 'object' && term !== null ? (term as { name?: unknown }).name : undefined;
      if (typeof termName === 'string' && decodeEntities(termName).toLocaleLowerCase() === wanted) {
        return numberField(term, 'id');
      }
    }
  }
  const created = await api.call('POST', `/wp/v2/${taxonomy}`, { json: { name } });
  if (created.status === 400) {
    // Created meanwhile, or a match the search missed: WordPress names the existing term.
    const existing = parseJson(created, 'WordPress') as { code?: unknown; data?: { term_id?: unknown } };
    if (existing.code === 'term_exists' && typeof existing.data?.term_id === 'number') return existing.data.term_id;
  }
  expectSuccess(created, HINTS);
  return numberField(parseJson(created, 'WordPress'), 'id');
}

async function termIds(api: WordPressApi, taxonomy: Taxonomy, names: readonly string[] | undefined): Promise<number[]> {
  const ids: number[] = [];
  const seen = new Set<string>();
  for (const raw of names ?? []) {
    const name = raw.trim();
    if (name === '' || seen.has(name.toLocaleLowerCase())) continue;
    seen.add(name.toLocaleLowerCase());
    ids.push(await termId(api, taxonomy, name));
  }
  return ids;
}

/**
 * Creates (or, with `post.id`, updates) a WordPress post through the REST API, authenticated with an
 * application password. Posts are drafts unless `post.status` says otherwise. Tags and categories are matched by
 * name and created when missing; a featured image is uploaded to the media library first.
 * @throws PublishError — 'invalid' before any request when the site address is not https (or http to loopback).
 */
export async function publishToWordPress(
  http: HttpClient,
  site: WordPressSite,
  post: WordPressPost,
): Promise<PublishResult> {
  const base = secureBaseUrl(site.url, 'WordPress');
  if (site.user.trim() === '' || site.applicationPassword.trim() === '') {
    throw new PublishError('invalid', 'The WordPress user name or application password is empty: fill in both.');
  }
  const id = post.id === undefined ? undefined : checkId(post.id, 'WordPress');
  const image =
    post.featuredImage === undefined ? undefined : base64ToBytes(post.featuredImage.base64, 'The featured image');
  const api = new WordPressApi(http, base, site);

  const tags = await termIds(api, 'tags', post.tags);
  const categories = await termIds(api, 'categories', post.categories);
  let featuredMedia: number | undefined;
  if (image !== undefined && post.featuredImage !== undefined) {
    const media = await api.json('POST', '/wp/v2/media', {
      bytes: image,
      headers: {
        'Content-Type': post.featuredImage.contentType,
        'Content-Disposition': `attachment; filename="${asciiFilename(post.featuredImage.filename)}"`,
      },
    });
    featuredMedia = numberField(media, 'id');
  }

  const fields: Record<string, unknown> = {
    title: post.title,
    content: post.html,
    status: post.status ?? 'draft',
  };
  if (post.excerpt !== undefined) fields['excerpt'] = post.excerpt;
  if (post.tags !== undefined) fields['tags'] = tags;
  if (post.categories !== undefined) fields['categories'] = categories;
  if (featuredMedia !== undefined) fields['featured_media'] = featuredMedia;
  else if (post.removeFeaturedImage === true) fields['featured_media'] = 0;

  const saved = await api.json('POST', id === undefined ? '/wp/v2/posts' : `/wp/v2/posts/${id}`, { json: fields });
  const record = saved as { link?: unknown; status?: unknown };
  return {
    id: String(numberField(saved, 'id')),
    url: typeof record.link === 'string' ? record.link : '',
    status: typeof record.status === 'string' ? record.status : (post.status ?? 'draft'),
    warnings: [],
  };
}
