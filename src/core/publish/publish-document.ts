/**
 * One entry point for the three publishing clients: the same request, whatever the blog, so the desktop app, the
 * web host and the CLI publish a document the same way.
 */
import { publishToDevTo } from './devto';
import { publishToGhost } from './ghost';
import type { HttpClient } from './http';
import type { PublishResult } from './result';
import type { PublishStatus, PublishTarget } from './targets';
import { publishToWordPress } from './wordpress';

/** Where to publish, with the secret. */
export interface PublishAccountSecret {
  target: PublishTarget;
  /** The site address (dev.to: https://dev.to or another Forem instance). */
  url: string;
  /** The WordPress user name; ignored by the other blogs. */
  user: string;
  /** The application password, Admin API key or API key. */
  secret: string;
}

/** The document as every blog may need it. */
export interface PublishContent {
  title: string;
  /** The body as an HTML fragment (WordPress, Ghost). */
  html: string;
  /** The body as Markdown, without front matter (dev.to). */
  markdown: string;
  /** The meta description (WordPress's excerpt). */
  excerpt?: string;
  tags: readonly string[];
  /** WordPress categories, by name. */
  categories?: readonly string[];
  status: PublishStatus;
  /** The article's original address (dev.to's canonical URL). */
  canonicalUrl?: string;
  /** The id of the post this document was published as on this site: update it instead of creating another. */
  id?: string;
}

/** Publishes `content` to the account's blog. @throws PublishError, whose message names the cause and the fix. */
export async function publishDocument(
  http: HttpClient,
  account: PublishAccountSecret,
  content: PublishContent,
): Promise<PublishResult> {
  const id = content.id === undefined ? {} : { id: content.id };
  switch (account.target) {
    case 'wordpress':
      return publishToWordPress(
        http,
        { url: account.url, user: account.user, applicationPassword: account.secret },
        {
          title: content.title,
          html: content.html,
          status: content.status,
          tags: content.tags,
          ...(content.excerpt === undefined ? {} : { excerpt: content.excerpt }),
          ...(content.categories === undefined ? {} : { categories: content.categories }),
          ...id,
        },
      );
    case 'ghost':
      return publishToGhost(
        http,
        { url: account.url, adminApiKey: account.secret },
        {
          title: content.title,
          html: content.html,
          tags: content.tags,
          status: content.status === 'publish' ? 'published' : 'draft',
          ...id,
        },
      );
    case 'devto':
      return publishToDevTo(
        http,
        { apiKey: account.secret, baseUrl: account.url },
        {
          title: content.title,
          markdown: content.markdown,
          tags: content.tags,
          published: content.status === 'publish',
          ...(content.canonicalUrl === undefined ? {} : { canonicalUrl: content.canonicalUrl }),
          ...id,
        },
      );
  }
}
