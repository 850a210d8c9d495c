import {
  PublishError,
  base64ToBytes,
  checkId,
  expectSuccess,
  parseJson,
  secureBaseUrl,
  type HttpClient,
  type HttpRequest,
  type StatusHints,
} from './http';
import { multipartFormData } from './multipart';
import type { PublishResult } from './result';
import type { WordPressImage } from './wordpress';

/** A Ghost site and an Admin API key from Settings → Integrations. */
export interface GhostSite {
  /** The site address, e.g. https://blog.example.com. */
  url: string;
  /** The Admin API key, `id:secret` (the secret in hex). */
  adminApiKey: string;
}

/** The post to create or update. */
export interface GhostPost {
  title: string;
  /** The body as HTML; Ghost converts it to its own format (`?source=html`). */
  html: string;
  /** Tag names; Ghost creates missing ones. */
  tags?: readonly string[];
  /** Defaults to 'draft'. */
  status?: 'draft' | 'published';
  /** A feature image to upload (Admin API images/upload) and set as the post's `feature_image`. */
  featureImage?: WordPressImage;
  /** Take the feature image off the post (when updating it without one). Ignored with `featureImage`. */
  removeFeatureImage?: boolean;
  /** The id returned by a previous publication: update that post instead of creating a new one. */
  id?: string;
}

/** Options of {@link publishToGhost}. */
export interface GhostOptions {
  /** The clock, in milliseconds since the epoch (tests); defaults to `Date.now`. */
  now?: () => number;
}

const HINTS: StatusHints = {
  service: 'Ghost',
  credential: 'the Admin API key',
  auth: 'copy the Admin API key again from Settings → Integrations, and check the computer clock (the token lives 5 minutes).',
  forbidden: 'this integration may not do this; use the Admin API key of a custom integration.',
  notFound: 'check the site address; if the post was deleted, remove its stored id to publish a new post.',
};

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlJson(value: unknown): string {
  return base64Url(new TextEncoder().encode(JSON.stringify(value)));
}

/** Splits and validates an Admin API key. @throws PublishError 'invalid'. */
function parseKey(adminApiKey: string): { id: string; secret: Uint8Array<ArrayBuffer> } {
  const match = /^([0-9a-f]+):([0-9a-f]+)$/i.exec(adminApiKey.trim());
  if (match === null || match[1] === undefined || match[2] === undefined || match[2].length % 2 !== 0) {
    throw new PublishError(
      'invalid',
      'The Ghost Admin API key must look like "id:secret" in hexadecimal: copy the Admin API key (not the Content API key) from Settings → Integrations.',
    );
  }
  const hex = match[2];
  const secret = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let index = 0; index < secret.length; index += 1) {
    secret[index] = parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return { id: match[1], secret };
}

/**
 * Makes the short-lived token Ghost's Admin API expects: an HS256 JWT with `kid` = key id, `aud: '/admin/'`,
 * valid 5 minutes from `nowMs`, signed with the hex-decoded secret through Web Crypto.
 * @throws PublishError 'invalid' when the key is not `id:secret`.
 */
export async function ghostToken(adminApiKey: string, nowMs: number): Promise<string> {
  const { id, secret } = parseKey(adminApiKey);
  const iat = Math.floor(nowMs / 1000);
  const signingInput = `${base64UrlJson({ alg: 'HS256', typ: 'JWT', kid: id })}.${base64UrlJson({
    iat,
    exp: iat + 5 * 60,
    aud: '/admin/',
  })}`;
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(signingInput));
  return `${signingInput}.${base64Url(new Uint8Array(signature))}`;
}

interface GhostPostRecord {
  id: string;
  url: string;
  status: string;
  updated_at: string;
}

function firstPost(value: unknown): GhostPostRecord {
  const posts = typeof value === 'object' && value !== null ? (value as { posts?: unknown }).posts : undefined;
  const post: unknown = Array.isArray(posts) ? posts[0] : undefined;
  if (typeof post !== 'object' || post === null || typeof (post as { id?: unknown }).id !== 'string') {
    throw new PublishError('server', 'Ghost answered without a post: check that the address is a Ghost site.');
  }
  const record = post as Record<string, unknown>;
  const text = (field: string): string => {
    const found = record[field];
    return typeof found === 'string' ? found : '';
  };
  return { id: text('id'), url: text('url'), status: text('status'), updated_at: text('updated_at') };
}

/** The address Ghost gives an uploaded image. @throws PublishError 'server' when the answer has none. */
function uploadedUrl(value: unknown): string {
  const images = typeof value === 'object' && value !== null ? (value as { images?: unknown }).images : undefined;
  const url: unknown = Array.isArray(images) ? (images[0] as { url?: unknown } | undefined)?.url : undefined;
  if (typeof url !== 'string' || !/^https?:\/\//u.test(url)) {
    throw new PublishError(
      'server',
      'Ghost answered the image upload without its address: check that the address is a Ghost site.',
    );
  }
  return url;
}

/**
 * Creates (or, with `post.id`, updates) a Ghost post through the Admin API, sending HTML (`?source=html`).
 * Posts are drafts unless `post.status` says otherwise. A feature image is uploaded first (images/upload) and set by
 * its address. An update first reads the post for its `updated_at`, which Ghost requires to detect concurrent edits.
 * @throws PublishError — 'invalid' before any request for an insecure address or a malformed key.
 */
export async function publishToGhost(
  http: HttpClient,
  site: GhostSite,
  post: GhostPost,
  options: GhostOptions = {},
): Promise<PublishResult> {
  const base = secureBaseUrl(site.url, 'Ghost');
  const id = post.id === undefined ? undefined : checkId(post.id, 'Ghost');
  const token = await ghostToken(site.adminApiKey, (options.now ?? Date.now)());
  const headers: Record<string, string> = {
    Authorization: `Ghost ${token}`,
    Accept: 'application/json',
    'Accept-Version': 'v5.0',
  };
  const send = async (request: Omit<HttpRequest, 'headers'>): Promise<GhostPostRecord> => {
    const response = await http({
      ...request,
      headers: request.body === undefined ? headers : { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
    });
    expectSuccess(response, HINTS);
    return firstPost(parseJson(response, 'Ghost'));
  };

  const fields: Record<string, unknown> = {
    title: post.title,
    html: post.html,
    status: post.status ?? 'draft',
  };
  if (post.featureImage !== undefined) {
    const image = post.featureImage;
    const form = multipartFormData([
      {
        name: 'file',
        filename: image.filename,
        contentType: image.contentType,
        bytes: base64ToBytes(image.base64, 'The feature image'),
      },
      { name: 'purpose', value: 'image' },
      { name: 'ref', value: image.filename },
    ]);
    const response = await http({
      method: 'POST',
      url: `${base}/ghost/api/admin/images/upload/`,
      headers: { ...headers, 'Content-Type': form.contentType },
      body: form.body,
    });
    expectSuccess(response, HINTS);
    fields['feature_image'] = uploadedUrl(parseJson(response, 'Ghost'));
  } else if (post.removeFeatureImage === true) {
    fields['feature_image'] = null;
  }
  if (post.tags !== undefined) {
    fields['tags'] = post.tags
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name) => ({ name }));
  }

  let saved: GhostPostRecord;
  if (id === undefined) {
    saved = await send({
      method: 'POST',
      url: `${base}/ghost/api/admin/posts/?source=html`,
      body: JSON.stringify({ posts: [fields] }),
    });
  } else {
    const current = await send({ method: 'GET', url: `${base}/ghost/api/admin/posts/${id}/` });
    saved = await send({
      method: 'PUT',
      url: `${base}/ghost/api/admin/posts/${id}/?source=html`,
      body: JSON.stringify({ posts: [{ ...fields, updated_at: current.updated_at }] }),
    });
  }
  return { id: saved.id, url: saved.url, status: saved.status || (post.status ?? 'draft'), warnings: [] };
}
