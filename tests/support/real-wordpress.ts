/**
 * The real WordPress the publishing tests use: the one `../shared/services/wordpress/up.sh` brings up on loopback,
 * which `.ci/run` starts. Found through WP_URL, WP_USER and WP_APP_PASSWORD, else the `credentials.env` that
 * up.sh writes (PORTE_VOIX_WORDPRESS_CREDENTIALS, else `$TMPDIR/wordpress-e2e/credentials.env`).
 *
 * Without one, the tests that need it are skipped and say so; with PORTE_VOIX_REQUIRE_WORDPRESS=1 (as `.ci/run`
 * sets it) a missing WordPress is a failure instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RealWordPress {
  url: string;
  user: string;
  appPassword: string;
}

export const WORDPRESS_REQUIRED = process.env['PORTE_VOIX_REQUIRE_WORDPRESS'] === '1';

export const WORDPRESS_SKIP_REASON =
  'SKIPPED: no real WordPress on loopback. Run ../shared/services/wordpress/up.sh (it writes credentials.env), ' +
  'or set WP_URL, WP_USER and WP_APP_PASSWORD; .ci/run does this.';

function credentialsFile(): string {
  return (
    process.env['PORTE_VOIX_WORDPRESS_CREDENTIALS'] ??
    join(process.env['WP_BASE'] ?? join(process.env['TMPDIR'] ?? tmpdir(), 'wordpress-e2e'), 'credentials.env')
  );
}

/** The WordPress to publish to, or undefined when there is none. */
export function realWordPress(): RealWordPress | undefined {
  const fromEnv = {
    url: process.env['WP_URL'],
    user: process.env['WP_USER'],
    appPassword: process.env['WP_APP_PASSWORD'],
  };
  if (fromEnv.url && fromEnv.user && fromEnv.appPassword) return fromEnv as RealWordPress;
  const file = credentialsFile();
  if (!existsSync(file)) return undefined;
  const values = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) values.set(match[1] ?? '', match[2] ?? '');
  }
  const url = values.get('WP_URL');
  const user = values.get('WP_USER');
  const appPassword = values.get('WP_APP_PASSWORD');
  return url && user && appPassword ? { url, user, appPassword } : undefined;
}

/** A post as the REST API gives it to its author (`context=edit`), with its tags' names. */
export interface RemotePost {
  id: number;
  title: string;
  /** The HTML as it was sent (`content.raw`). */
  content: string;
  status: string;
  excerpt: string;
  tags: string[];
  link: string;
  /** The featured image's media id, 0 when the post has none. */
  featuredMedia: number;
}

/** A GET of a REST route as the user (`?rest_route=`, which works with any permalinks). */
async function get(wp: RealWordPress, route: string, query = ''): Promise<Response> {
  const auth = Buffer.from(`${wp.user}:${wp.appPassword}`).toString('base64');
  const response = await fetch(`${wp.url}/?rest_route=${encodeURIComponent(route)}${query}`, {
    headers: { Authorization: `Basic ${auth}` },
  });
  if (!response.ok) throw new Error(`GET ${route} answered ${response.status}: ${await response.text()}`);
  return response;
}

async function getJson(wp: RealWordPress, route: string, query = ''): Promise<unknown> {
  return (await get(wp, route, query)).json();
}

/** Reads a post back through the REST API, as the tests compare it. */
export async function readPost(wp: RealWordPress, id: string | number): Promise<RemotePost> {
  const post = (await getJson(wp, `/wp/v2/posts/${id}`, '&context=edit')) as {
    id: number;
    title: { raw: string };
    content: { raw: string };
    excerpt: { raw: string };
    status: string;
    tags: number[];
    link: string;
    featured_media: number;
  };
  const tags =
    post.tags.length === 0
      ? []
      : ((await getJson(wp, '/wp/v2/tags', `&include=${post.tags.join(',')}&per_page=100`)) as { name: string }[]).map(
          (tag) => tag.name,
        );
  return {
    id: post.id,
    title: post.title.raw,
    content: post.content.raw,
    excerpt: post.excerpt.raw,
    status: post.status,
    tags: tags.sort(),
    link: post.link,
    featuredMedia: post.featured_media,
  };
}

/** A file of the media library: its type, and its bytes as the site serves them. */
export async function readMedia(wp: RealWordPress, id: number): Promise<{ mimeType: string; bytes: Buffer }> {
  const media = (await getJson(wp, `/wp/v2/media/${id}`, '&context=edit')) as { mime_type: string; source_url: string };
  const file = await fetch(media.source_url);
  if (!file.ok) throw new Error(`GET ${media.source_url} answered ${file.status}`);
  return { mimeType: media.mime_type, bytes: Buffer.from(await file.arrayBuffer()) };
}

/** How many posts the site has in any status (to prove a failed publication created none). */
export async function countPosts(wp: RealWordPress): Promise<number> {
  const response = await get(wp, '/wp/v2/posts', '&status=draft,publish,pending,private&per_page=1');
  return Number(response.headers.get('x-wp-total') ?? 'NaN');
}
