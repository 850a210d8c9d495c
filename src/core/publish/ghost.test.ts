import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ghostToken, publishToGhost, type GhostPost } from './ghost';
import { fetchClient } from './http';
import {
  closedOrigin,
  startLocalServer,
  type LocalAnswer,
  type LocalServer,
  type RecordedRequest,
  publishError,
} from './local-server.testing';
import { readMultipart } from './multipart.testing';

const http = fetchClient(globalThis.fetch, { timeoutMs: 200 });
const KEY_ID = '6489a1f0c2b3d4e5f6a7b8c9';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const KEY = `${KEY_ID}:${SECRET}`;

/** Verifies a Ghost Admin JWT with node:crypto; returns why it is refused, or undefined when it is valid now. */
function refuseToken(authorization: string | undefined, nowSeconds: number): string | undefined {
  const token = /^Ghost (.+)$/.exec(authorization ?? '')?.[1];
  if (token === undefined) return 'no Ghost token';
  const [header, claims, signature] = token.split('.');
  if (header === undefined || claims === undefined || signature === undefined) return 'not a JWT';
  const expected = createHmac('sha256', Buffer.from(SECRET, 'hex')).update(`${header}.${claims}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad signature';
  const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>;
  if (head['alg'] !== 'HS256' || head['typ'] !== 'JWT' || head['kid'] !== KEY_ID) return 'bad header';
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, number | string>;
  if (body['aud'] !== '/admin/') return 'bad audience';
  const { iat, exp } = body;
  if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > 300) return 'bad lifetime';
  if (exp <= nowSeconds || iat > nowSeconds + 60) return 'expired';
  return undefined;
}

/**
 * Ghost's image upload (POST /ghost/api/admin/images/upload/): a multipart form with the image as `file` and
 * `purpose` image; it answers the image's address, and `ref` as given.
 */
function uploadImage(request: RecordedRequest): LocalAnswer {
  if (request.method !== 'POST') return { status: 405, json: { errors: [{ message: 'Method not allowed' }] } };
  const parts = readMultipart(request.headers['content-type'], request.bytes);
  if (typeof parts === 'string') return { status: 400, json: { errors: [{ message: parts }] } };
  const file = parts.find((part) => part.name === 'file');
  const purpose = parts.find((part) => part.name === 'purpose')?.bytes.toString() ?? 'image';
  if (file?.filename === undefined || !/^image\/(png|jpeg|gif|webp|svg\+xml)$/.test(file.contentType ?? '')) {
    return { status: 415, json: { errors: [{ message: 'Please select a valid image.' }] } };
  }
  if (purpose !== 'image') return { status: 400, json: { errors: [{ message: `purpose ${purpose}` }] } };
  const ref = parts.find((part) => part.name === 'ref')?.bytes.toString();
  return {
    status: 201,
    json: { images: [{ url: `https://site/content/images/${file.filename}`, ...(ref === undefined ? {} : { ref }) }] },
  };
}

/** A fake Ghost Admin API enforcing the JWT, Accept-Version, ?source=html, body shape and updated_at on PUT. */
function fakeGhost(override?: (request: RecordedRequest) => LocalAnswer | undefined) {
  const posts = new Map<string, Record<string, unknown>>([
    [
      '64aa00000000000000000001',
      { id: '64aa00000000000000000001', title: 'Old', status: 'draft', updated_at: '2024-05-01T10:00:00.000Z' },
    ],
  ]);
  const handler = (request: RecordedRequest): LocalAnswer => {
    const overridden = override?.(request);
    if (overridden !== undefined) return overridden;
    const refused = refuseToken(request.headers['authorization'], Math.floor(Date.now() / 1000));
    if (refused !== undefined) {
      return { status: 401, json: { errors: [{ message: 'Invalid token', context: refused }] } };
    }
    expect(request.headers['accept-version']).toMatch(/^v5/);
    const url = new URL(request.path, 'http://site');
    if (url.pathname === '/ghost/api/admin/images/upload/') return uploadImage(request);
    const match = /^\/ghost\/api\/admin\/posts\/(?:([0-9a-f]+)\/)?$/.exec(url.pathname);
    if (match === null) return { status: 404, json: { errors: [{ message: 'Resource not found' }] } };
    const id = match[1];
    if (request.method === 'GET' && id !== undefined) {
      const post = posts.get(id);
      return post === undefined
        ? { status: 404, json: { errors: [{ message: 'Post not found.' }] } }
        : { status: 200, json: { posts: [post] } };
    }
    expect(url.searchParams.get('source')).toBe('html');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    const sent = (JSON.parse(request.text) as { posts: Record<string, unknown>[] }).posts[0] ?? {};
    expect(typeof sent['title']).toBe('string');
    expect(typeof sent['html']).toBe('string');
    if (request.method === 'POST' && id === undefined) {
      const created = { ...sent, id: '64aa00000000000000000002', url: 'https://site/p/new/', updated_at: 'now' };
      posts.set(created.id, created);
      return { status: 201, json: { posts: [created] } };
    }
    if (request.method === 'PUT' && id !== undefined) {
      const current = posts.get(id);
      if (current === undefined) return { status: 404, json: { errors: [{ message: 'Post not found.' }] } };
      if (sent['updated_at'] !== current['updated_at']) {
        return { status: 409, json: { errors: [{ message: 'Saving failed! Someone else is editing this post.' }] } };
      }
      const updated = { ...current, ...sent, url: `https://site/p/${id}/`, updated_at: 'later' };
      posts.set(id, updated);
      return { status: 200, json: { posts: [updated] } };
    }
    return { status: 405, json: { errors: [{ message: 'Method not allowed' }] } };
  };
  return { handler, posts };
}

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const post: GhostPost = { title: 'Hello', html: '<p>Hi</p>', tags: ['Advocacy', ' ', 'Writing'] };

describe('ghostToken', () => {
  it('signs an HS256 JWT with kid, iat, exp = iat + 5 min and aud /admin/ that node:crypto verifies', async () => {
    const token = await ghostToken(KEY, 1_700_000_000_500);
    expect(refuseToken(`Ghost ${token}`, 1_700_000_010)).toBeUndefined();
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as unknown;
    expect(claims).toEqual({ iat: 1_700_000_000, exp: 1_700_000_300, aud: '/admin/' });
    expect(refuseToken(`Ghost ${token}`, 1_700_000_300)).toBe('expired');
  });

  it("refuses a key that is not id:secret in hex with 'invalid'", async () => {
    for (const key of ['', 'abc', 'abc:xyz', 'abc:123']) {
      expect((await publishError(ghostToken(key, 0))).code).toBe('invalid');
    }
  });
});

describe('publishToGhost', () => {
  it('creates a draft from HTML with tags by name', async () => {
    const ghost = fakeGhost();
    server = await startLocalServer(createServer, ghost.handler);
    const result = await publishToGhost(http, { url: `${server.origin}/`, adminApiKey: KEY }, post);
    expect(result).toEqual({
      id: '64aa00000000000000000002',
      url: 'https://site/p/new/',
      status: 'draft',
      warnings: [],
    });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /ghost/api/admin/posts/?source=html',
    ]);
    expect(JSON.parse(server.requests[0]?.text ?? '')).toEqual({
      posts: [
        { title: 'Hello', html: '<p>Hi</p>', status: 'draft', tags: [{ name: 'Advocacy' }, { name: 'Writing' }] },
      ],
    });
  });

  it('updates the same post on re-publish: GET for updated_at, then PUT', async () => {
    const ghost = fakeGhost();
    server = await startLocalServer(createServer, ghost.handler);
    const id = '64aa00000000000000000001';
    const result = await publishToGhost(
      http,
      { url: server.origin, adminApiKey: KEY },
      { ...post, id, status: 'published' },
    );
    expect(result).toMatchObject({ id, status: 'published' });
    expect(ghost.posts.get(id)).toMatchObject({ title: 'Hello', status: 'published' });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /ghost/api/admin/posts/${id}/`,
      `PUT /ghost/api/admin/posts/${id}/?source=html`,
    ]);
    const gone = await publishError(
      publishToGhost(http, { url: server.origin, adminApiKey: KEY }, { ...post, id: '64aa00000000000000000009' }),
    );
    expect(gone.code).toBe('not-found');
  });

  it('uploads a feature image as a multipart form, authenticated, and sets its address; an update can take it off', async () => {
    const ghost = fakeGhost();
    server = await startLocalServer(createServer, ghost.handler);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const featureImage = { filename: 'cover été.png', contentType: 'image/png', base64: png.toString('base64') };
    await publishToGhost(http, { url: server.origin, adminApiKey: KEY }, { ...post, featureImage });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /ghost/api/admin/images/upload/',
      'POST /ghost/api/admin/posts/?source=html',
    ]);
    const upload = server.requests[0];
    expect(refuseToken(upload?.headers['authorization'], Math.floor(Date.now() / 1000))).toBeUndefined();
    expect(readMultipart(upload?.headers['content-type'], upload?.bytes ?? new Uint8Array())).toEqual([
      { name: 'file', filename: 'cover-ete.png', contentType: 'image/png', bytes: png },
      { name: 'purpose', bytes: Buffer.from('image') },
      { name: 'ref', bytes: Buffer.from('cover été.png') },
    ]);
    const created = JSON.parse(server.requests[1]?.text ?? '') as { posts: Record<string, unknown>[] };
    expect(created.posts[0]?.['feature_image']).toBe('https://site/content/images/cover-ete.png');

    const id = '64aa00000000000000000001';
    await publishToGhost(http, { url: server.origin, adminApiKey: KEY }, { ...post, id, removeFeatureImage: true });
    const updated = JSON.parse(server.requests.at(-1)?.text ?? '') as { posts: Record<string, unknown>[] };
    expect(updated.posts[0]).toHaveProperty('feature_image', null);
  });

  it('reports a refused image upload with its cause, before creating the post', async () => {
    server = await startLocalServer(createServer, fakeGhost().handler);
    const error = await publishError(
      publishToGhost(
        http,
        { url: server.origin, adminApiKey: KEY },
        { ...post, featureImage: { filename: 'a.txt', contentType: 'text/plain', base64: 'aGk=' } },
      ),
    );
    expect(error.message).toContain('Please select a valid image.');
    expect(server.requests.map((request) => request.path)).toEqual(['/ghost/api/admin/images/upload/']);
  });

  it("reports a token signed with another secret, or with a wrong clock, as 'auth'", async () => {
    server = await startLocalServer(createServer, fakeGhost().handler);
    const otherSecret = await publishError(
      publishToGhost(http, { url: server.origin, adminApiKey: `${KEY_ID}:${'00'.repeat(32)}` }, post),
    );
    expect(otherSecret.code).toBe('auth');
    expect(otherSecret.message).toContain('Ghost refused the Admin API key (401) ("Invalid token bad signature")');
    const stale = await publishError(
      publishToGhost(http, { url: server.origin, adminApiKey: KEY }, post, { now: () => Date.now() - 3_600_000 }),
    );
    expect(stale.code).toBe('auth');
    expect(stale.message).toContain('check the computer clock');
  });

  it("rejects plain http to a non-loopback host with 'invalid' before any request", async () => {
    let called = false;
    const spy = () => {
      called = true;
      return Promise.resolve({ status: 200, headers: {}, body: '{}' });
    };
    const error = await publishError(publishToGhost(spy, { url: 'http://ghost.example.com', adminApiKey: KEY }, post));
    expect(error.code).toBe('invalid');
    expect(called).toBe(false);
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'server'],
  ])('maps %i to %s', async (status, code) => {
    server = await startLocalServer(
      createServer,
      fakeGhost(() => ({ status, json: { errors: [{ message: 'No.' }] } })).handler,
    );
    const error = await publishError(publishToGhost(http, { url: server.origin, adminApiKey: KEY }, post));
    expect(error.code).toBe(code);
  });

  it("does not follow a 301 on POST: 'redirect'", async () => {
    server = await startLocalServer(
      createServer,
      fakeGhost((request) =>
        request.path.startsWith('/ghost/') ? { status: 301, headers: { location: '/elsewhere/' } } : undefined,
      ).handler,
    );
    const error = await publishError(publishToGhost(http, { url: server.origin, adminApiKey: KEY }, post));
    expect(error.code).toBe('redirect');
    expect(server.requests).toHaveLength(1);
  });

  it("reports a site that never answers as 'timeout' and a closed port as 'offline'", async () => {
    server = await startLocalServer(createServer, () => 'hang');
    expect((await publishError(publishToGhost(http, { url: server.origin, adminApiKey: KEY }, post))).code).toBe(
      'timeout',
    );
    const origin = await closedOrigin(createServer);
    expect((await publishError(publishToGhost(http, { url: origin, adminApiKey: KEY }, post))).code).toBe('offline');
  });
});
