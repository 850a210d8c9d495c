import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PublishError, fetchClient } from './http';
import {
  closedOrigin,
  startLocalServer,
  type LocalAnswer,
  type LocalServer,
  type RecordedRequest,
  publishError,
} from './local-server.testing';
import { publishToWordPress, type WordPressPost } from './wordpress';

const http = fetchClient(globalThis.fetch, { timeoutMs: 200 });
const USER = 'éditrice';
const PASSWORD = 'abcd EFGH 1234 ijkl MNOP 5678';
const PNG = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 1, 2, 255]);

interface Term {
  id: number;
  name: string;
}

/**
 * A fake WordPress REST API enforcing the documented contract: Basic auth with the application password, JSON
 * bodies, term search and creation, media upload with Content-Disposition, post create and update. With `plain`,
 * /wp-json/ is not routed (plain permalinks) and only ?rest_route= works.
 */
function fakeWordPress(
  options: { plain?: boolean; override?: (request: RecordedRequest) => LocalAnswer | undefined } = {},
) {
  const terms: Record<string, Term[]> = { tags: [{ id: 5, name: 'Writing &amp; style' }], categories: [] };
  const posts = new Map<number, Record<string, unknown>>([[42, { id: 42, title: 'Old', status: 'draft' }]]);
  let nextId = 100;
  const handler = (request: RecordedRequest): LocalAnswer => {
    const overridden = options.override?.(request);
    if (overridden !== undefined) return overridden;
    const url = new URL(request.path, 'http://site');
    let route: string;
    if (url.pathname.startsWith('/wp-json/')) {
      if (options.plain) return { status: 404, body: '<html>Page not found</html>' };
      route = url.pathname.slice('/wp-json'.length);
    } else if (url.pathname === '/' && url.searchParams.has('rest_route')) {
      route = url.searchParams.get('rest_route') ?? '';
    } else {
      return { status: 404, body: '<html>Page not found</html>' };
    }
    const expected = `Basic ${Buffer.from(`${USER}:${PASSWORD}`, 'utf8').toString('base64')}`;
    if (request.headers['authorization'] !== expected) {
      return { status: 401, json: { code: 'incorrect_password', message: 'The password is incorrect.' } };
    }
    const json = (): Record<string, unknown> => {
      expect(request.headers['content-type']).toMatch(/^application\/json/);
      return JSON.parse(request.text) as Record<string, unknown>;
    };
    const taxonomy = /^\/wp\/v2\/(tags|categories)$/.exec(route)?.[1];
    if (taxonomy !== undefined) {
      const list = terms[taxonomy] ?? [];
      if (request.method === 'GET') {
        const search = (url.searchParams.get('search') ?? '').toLowerCase();
        return {
          status: 200,
          json: list.filter((term) => term.name.replace(/&amp;/g, '&').toLowerCase().includes(search)),
        };
      }
      const { name } = json();
      if (typeof name !== 'string') return { status: 400, json: { code: 'rest_missing_callback_param' } };
      const term = { id: nextId++, name };
      list.push(term);
      return { status: 201, json: term };
    }
    if (route === '/wp/v2/media' && request.method === 'POST') {
      expect(request.headers['content-disposition']).toBe('attachment; filename="cover-ete.png"');
      expect(request.headers['content-type']).toBe('image/png');
      expect(Buffer.from(request.bytes).equals(PNG)).toBe(true);
      return { status: 201, json: { id: 77, source_url: 'https://site/cover.png' } };
    }
    const postMatch = /^\/wp\/v2\/posts(?:\/(\d+))?$/.exec(route);
    if (postMatch !== null && request.method === 'POST') {
      const fields = json();
      const id = postMatch[1] === undefined ? nextId++ : Number(postMatch[1]);
      if (postMatch[1] !== undefined && !posts.has(id)) {
        return { status: 404, json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.' } };
      }
      const post = { ...posts.get(id), ...fields, id, link: `https://site/?p=${id}` };
      posts.set(id, post);
      return { status: postMatch[1] === undefined ? 201 : 200, json: post };
    }
    return { status: 404, json: { code: 'rest_no_route', message: 'No route was found.' } };
  };
  return { handler, terms, posts };
}

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const post: WordPressPost = { title: 'Hello', html: '<p>Hi</p>' };

describe('publishToWordPress', () => {
  it('creates a draft with the application password, excerpt, tags and categories by name, and a featured image', async () => {
    const wp = fakeWordPress();
    server = await startLocalServer(createServer, wp.handler);
    const result = await publishToWordPress(
      http,
      { url: `${server.origin}/`, user: USER, applicationPassword: PASSWORD },
      {
        ...post,
        excerpt: 'Short',
        tags: ['writing & style', 'Advocacy', 'advocacy'],
        categories: ['News'],
        featuredImage: { filename: 'cover été.png', contentType: 'image/png', base64: PNG.toString('base64') },
      },
    );
    expect(result).toEqual({ id: '102', url: 'https://site/?p=102', status: 'draft', warnings: [] });
    const saved = wp.posts.get(102);
    expect(saved).toMatchObject({
      title: 'Hello',
      content: '<p>Hi</p>',
      excerpt: 'Short',
      status: 'draft',
      featured_media: 77,
    });
    const advocacy = wp.terms['tags']?.find((term) => term.name === 'Advocacy')?.id;
    const news = wp.terms['categories']?.find((term) => term.name === 'News')?.id;
    expect(saved?.['tags']).toEqual([5, advocacy]);
    expect(saved?.['categories']).toEqual([news]);
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /wp-json/wp/v2/tags?search=writing%20%26%20style&per_page=100',
      'GET /wp-json/wp/v2/tags?search=Advocacy&per_page=100',
      'POST /wp-json/wp/v2/tags',
      'GET /wp-json/wp/v2/categories?search=News&per_page=100',
      'POST /wp-json/wp/v2/categories',
      'POST /wp-json/wp/v2/media',
      'POST /wp-json/wp/v2/posts',
    ]);
  });

  it('updates the same post when publishing again with its id', async () => {
    const wp = fakeWordPress();
    server = await startLocalServer(createServer, wp.handler);
    const site = { url: server.origin, user: USER, applicationPassword: PASSWORD };
    const result = await publishToWordPress(http, site, { ...post, id: '42', status: 'publish' });
    expect(result).toMatchObject({ id: '42', status: 'publish' });
    expect(wp.posts.get(42)).toMatchObject({ title: 'Hello', status: 'publish' });
    expect(wp.posts.size).toBe(1);
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /wp-json/wp/v2/posts/42',
    ]);
    const gone = await publishError(publishToWordPress(http, site, { ...post, id: '9' }));
    expect(gone.code).toBe('not-found');
    expect(gone.message).toContain('remove its stored id');
  });

  it('falls back to ?rest_route= when /wp-json/ answers 404 (plain permalinks)', async () => {
    const wp = fakeWordPress({ plain: true });
    server = await startLocalServer(createServer, wp.handler);
    const result = await publishToWordPress(
      http,
      { url: server.origin, user: USER, applicationPassword: PASSWORD },
      { ...post, tags: ['Advocacy'] },
    );
    expect(result.id).toBe('101');
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /wp-json/wp/v2/tags?search=Advocacy&per_page=100',
      'GET /?rest_route=/wp/v2/tags&search=Advocacy&per_page=100',
      'POST /?rest_route=/wp/v2/tags',
      'POST /?rest_route=/wp/v2/posts',
    ]);
  });

  it("rejects plain http to a non-loopback host with 'invalid' before any request", async () => {
    let called = false;
    const spy = () => {
      called = true;
      return Promise.resolve({ status: 200, headers: {}, body: '{}' });
    };
    const error = await publishError(
      publishToWordPress(spy, { url: 'http://blog.example.com', user: USER, applicationPassword: PASSWORD }, post),
    );
    expect(error.code).toBe('invalid');
    expect(called).toBe(false);
  });

  it("reports a wrong application password as 'auth' with the fix", async () => {
    server = await startLocalServer(createServer, fakeWordPress().handler);
    const error = await publishError(
      publishToWordPress(http, { url: server.origin, user: USER, applicationPassword: 'wrong' }, post),
    );
    expect(error.code).toBe('auth');
    expect(error.message).toBe(
      'WordPress refused the application password (401) ("The password is incorrect."): check the user name and create a new application password in Users → Profile.',
    );
  });

  it.each([
    [403, 'forbidden', { code: 'rest_cannot_create', message: 'Sorry, you are not allowed to create posts.' }],
    [404, 'not-found', { code: 'rest_no_route', message: 'No route.' }],
    [500, 'server', { code: 'internal_server_error', message: 'Critical error.' }],
  ])('maps %i on the post request to %s', async (status, code, json) => {
    const wp = fakeWordPress({
      override: (request) => (request.path.includes('/wp/v2/posts') ? { status, json } : undefined),
    });
    server = await startLocalServer(createServer, wp.handler);
    const error = await publishError(
      publishToWordPress(http, { url: server.origin, user: USER, applicationPassword: PASSWORD }, post),
    );
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
  });

  it("does not follow a 301 on POST: 'redirect'", async () => {
    const wp = fakeWordPress({
      override: (request) =>
        request.path === '/wp-json/wp/v2/posts'
          ? { status: 301, headers: { location: '/moved/wp-json/wp/v2/posts' } }
          : undefined,
    });
    server = await startLocalServer(createServer, wp.handler);
    const error = await publishError(
      publishToWordPress(http, { url: server.origin, user: USER, applicationPassword: PASSWORD }, post),
    );
    expect(error.code).toBe('redirect');
    expect(error.message).toContain('/moved/wp-json/wp/v2/posts');
    expect(server.requests.map((request) => request.path)).toEqual(['/wp-json/wp/v2/posts']);
  });

  it("reports a site that never answers as 'timeout' and a closed port as 'offline'", async () => {
    server = await startLocalServer(createServer, () => 'hang');
    const site = { user: USER, applicationPassword: PASSWORD };
    expect((await publishError(publishToWordPress(http, { ...site, url: server.origin }, post))).code).toBe('timeout');
    const origin = await closedOrigin(createServer);
    expect((await publishError(publishToWordPress(http, { ...site, url: origin }, post))).code).toBe('offline');
  });
});

describe('a wrong application password on a real WordPress', () => {
  it('is refused without quoting what WordPress says an anonymous visitor may not do', async () => {
    server = await startLocalServer(createServer, () => ({
      status: 401,
      json: { code: 'rest_cannot_create', message: 'Sorry, you are not allowed to create terms in this taxonomy.' },
    }));
    const error = await publishToWordPress(
      http,
      { url: server.origin, user: 'admin', applicationPassword: 'wrong' },
      { title: 'T', html: '<p>x</p>', tags: ['a'] },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).message).toBe(
      'WordPress refused the application password (401): check the user name and create a new application password in Users → Profile.',
    );
  });
});
