/**
 * One entry point for the three publishing clients: the same request, whatever the blog, so the desktop app, the
 * web host and the CLI publish a document the same way.
 */
import { publishToDevTo } from './devto';
import { publishToGhost } from './ghost';
import type { FeaturedImage } from './featured-image';
import type { HttpClient } from './http';
import type { PublishResult } from './result';
import { PUBLISH_TARGET_INFO, type PublishStatus, type PublishTarget } from './targets';
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
  /**
   * The featured image (the front matter's `image:`), read by `load` when the blog takes it (WordPress, Ghost) before
   * any request; DEV does not read it, and its result warns that it was not sent.
   */
  image?: FeaturedImageSource;
  /**
   * SHA-256 of the featured image the post got from its last publication (its record's `image_sha256`): the same
   * image is not uploaded again, and a post updated without an image loses that one.
   */
  previousImageSha256?: string;
}

/** A featured image named by the document, read only when needed. */
export interface FeaturedImageSource {
  /** As the front matter writes it, for messages. */
  path: string;
  /** @throws PublishError 'invalid' naming the image, the cause and the fix. */
  load: () => Promise<FeaturedImage>;
}

/** What becomes of the post's featured image: upload this one, keep the one it has (neither), or take it off. */
function imageChange(
  content: PublishContent,
  image: FeaturedImage | undefined,
): { upload?: FeaturedImage['upload']; remove?: true } {
  const updating = content.id !== undefined;
  if (image !== undefined) {
    const kept = updating && image.sha256 === content.previousImageSha256;
    return kept ? {} : { upload: image.upload };
  }
  return updating && content.previousImageSha256 !== undefined ? { remove: true } : {};
}

/** What the writer is told when DEV, which takes a cover image by address only, is given one. */
function imageNotSent(content: PublishContent, label: string): (result: PublishResult) => PublishResult {
  if (content.image === undefined) return (result) => result;
  const warning =
    `The featured image “${content.image.path}” was not sent: ${label} takes a featured image by address ` +
    `only. Add it in ${label}’s editor.`;
  return (result) => ({ ...result, warnings: [...result.warnings, warning] });
}

/** Publishes `content` to the account's blog. @throws PublishError, whose message names the cause and the fix. */
export async function publishDocument(
  http: HttpClient,
  account: PublishAccountSecret,
  content: PublishContent,
): Promise<PublishResult> {
  const id = content.id === undefined ? {} : { id: content.id };
  switch (account.target) {
    case 'wordpress': {
      const change = imageChange(content, await content.image?.load());
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
          ...(change.upload === undefined ? {} : { featuredImage: change.upload }),
          ...(change.remove === undefined ? {} : { removeFeaturedImage: true }),
          ...id,
        },
      );
    }
    case 'ghost': {
      const change = imageChange(content, await content.image?.load());
      return publishToGhost(
        http,
        { url: account.url, adminApiKey: account.secret },
        {
          title: content.title,
          html: content.html,
          tags: content.tags,
          status: content.status === 'publish' ? 'published' : 'draft',
          ...(change.upload === undefined ? {} : { featureImage: change.upload }),
          ...(change.remove === undefined ? {} : { removeFeatureImage: true }),
          ...id,
        },
      );
    }
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
      ).then(imageNotSent(content, PUBLISH_TARGET_INFO.devto.label));
  }
}
