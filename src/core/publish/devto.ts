import {
  PublishError,
  checkId,
  expectSuccess,
  parseJson,
  secureBaseUrl,
  type HttpClient,
  type StatusHints,
} from './http';
import type { PublishResult } from './result';

/** A Forem account (dev.to or another Forem instance). */
export interface DevToAccount {
  /** The API key from Settings → Extensions → DEV Community API Keys. */
  apiKey: string;
  /** The Forem instance; defaults to https://dev.to. */
  baseUrl?: string;
}

/** The article to create or update. */
export interface DevToArticle {
  title: string;
  /** The body as Markdown. */
  markdown: string;
  /** Tag names; normalised to lowercase alphanumerics, at most four kept. */
  tags?: readonly string[];
  canonicalUrl?: string;
  /** Defaults to false (a draft). */
  published?: boolean;
  /** The id returned by a previous publication: update that article instead of creating a new one. */
  id?: string;
}

/** Forem accepts at most this many tags per article. */
export const DEVTO_MAX_TAGS = 4;

const HINTS: StatusHints = {
  service: 'DEV',
  credential: 'the API key',
  auth: 'create a new API key in Settings → Extensions → DEV Community API Keys.',
  forbidden: 'this account may not do this; check that the API key belongs to the article’s author.',
  notFound: 'if the article was deleted, remove its stored id to publish a new one.',
};

/**
 * Normalises tags the way Forem accepts them: lowercase, accents, spaces, hyphens, dots and underscores removed;
 * tags still not alphanumeric, duplicates and tags beyond the fourth are dropped. Each change is explained in
 * `warnings`.
 */
export function normaliseDevToTags(tags: readonly string[]): { tags: string[]; warnings: string[] } {
  const kept: string[] = [];
  const warnings: string[] = [];
  for (const tag of tags) {
    const normalised = tag
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\s._-]+/g, '');
    if (normalised === '' || !/^[a-z0-9]+$/.test(normalised)) {
      warnings.push(`Tag "${tag}" was dropped: DEV tags may contain only letters and digits.`);
      continue;
    }
    if (kept.includes(normalised)) continue;
    if (kept.length >= DEVTO_MAX_TAGS) {
      warnings.push(`Tag "${tag}" was dropped: DEV accepts at most ${DEVTO_MAX_TAGS} tags.`);
      continue;
    }
    if (normalised !== tag.toLowerCase()) warnings.push(`Tag "${tag}" was sent as "${normalised}".`);
    kept.push(normalised);
  }
  return { tags: kept, warnings };
}

/**
 * Creates (or, with `article.id`, updates with PUT) an article through the Forem API, authenticated with the
 * `api-key` header. Articles are drafts unless `article.published` is true. Tag changes are listed in the result's
 * `warnings`.
 * @throws PublishError — 'invalid' before any request for an insecure address or an empty key.
 */
export async function publishToDevTo(
  http: HttpClient,
  account: DevToAccount,
  article: DevToArticle,
): Promise<PublishResult> {
  const base = secureBaseUrl(account.baseUrl ?? 'https://dev.to', 'DEV');
  if (account.apiKey.trim() === '') {
    throw new PublishError('invalid', 'The DEV API key is empty: create one in Settings → Extensions.');
  }
  const id = article.id === undefined ? undefined : checkId(article.id, 'DEV');
  const { tags, warnings } = normaliseDevToTags(article.tags ?? []);
  const fields: Record<string, unknown> = {
    title: article.title,
    body_markdown: article.markdown,
    published: article.published ?? false,
    tags,
  };
  if (article.canonicalUrl !== undefined) fields['canonical_url'] = article.canonicalUrl;

  const response = await http({
    method: id === undefined ? 'POST' : 'PUT',
    url: id === undefined ? `${base}/api/articles` : `${base}/api/articles/${id}`,
    headers: {
      'api-key': account.apiKey.trim(),
      Accept: 'application/vnd.forem.api-v1+json',
      'Content-Type': 'application/json; charset=utf-8',
    },
    body: JSON.stringify({ article: fields }),
  });
  expectSuccess(response, HINTS);
  const saved = parseJson(response, 'DEV') as { id?: unknown; url?: unknown; published?: unknown };
  if (typeof saved.id !== 'number' && typeof saved.id !== 'string') {
    throw new PublishError('server', 'DEV answered without an article id: check the Forem address.');
  }
  return {
    id: String(saved.id),
    url: typeof saved.url === 'string' ? saved.url : '',
    status: (typeof saved.published === 'boolean' ? saved.published : (article.published ?? false))
      ? 'published'
      : 'draft',
    warnings,
  };
}
