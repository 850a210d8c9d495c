/**
 * Test support for `porte-voix publish`: fake WordPress, Ghost and Forem (dev.to) APIs on local servers
 * (src/core/publish/local-server.testing.ts), each enforcing its service's contract: authentication, routes,
 * body shapes, updates of an existing post by its id. A refused request is answered as the service answers it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import {
  startLocalServer,
  type LocalAnswer,
  type LocalServer,
  type RecordedRequest,
} from '../core/publish/local-server.testing';
import { readMultipart } from '../core/publish/multipart.testing';

export interface FakeBlog {
  server: LocalServer;
  /** The posts by id, as the service keeps them (the fields it was sent, plus its own). */
  posts: Map<string, Record<string, unknown>>;
  /** Answers the next requests with this instead (e.g. a 500), while set. */
  override: ((request: RecordedRequest) => LocalAnswer | undefined) | undefined;
  /** WordPress's media library by id: the files uploaded. */
  media: Map<string, { filename: string; type: string; bytes: Buffer }>;
}

async function start(
  handler: (request: RecordedRequest) => LocalAnswer,
  posts: Map<string, Record<string, unknown>>,
  media: FakeBlog['media'] = new Map(),
): Promise<FakeBlog> {
  const blog: FakeBlog = { server: undefined as unknown as LocalServer, posts, override: undefined, media };
  blog.server = await startLocalServer(createServer, (request) => blog.override?.(request) ?? handler(request));
  return blog;
}

function body(request: RecordedRequest): Record<string, unknown> {
  if (!/^application\/json/.test(request.headers['content-type'] ?? '')) throw new Error('not JSON');
  return JSON.parse(request.text) as Record<string, unknown>;
}

/**
 * WordPress's REST API with Basic authentication by application password: term search and creation, posts
 * created with POST /wp/v2/posts and updated with POST /wp/v2/posts/<id>, media uploaded with POST /wp/v2/media
 * (the file as the body, with its type and a Content-Disposition file name), `featured_media` an uploaded id or 0. A wrong password gets WordPress's 401,
 * whose message here repeats the password sent (to prove the CLI never prints it).
 */
export async function fakeWordPress(user: string, password: string): Promise<FakeBlog> {
  const terms: Record<string, { id: number; name: string }[]> = { tags: [{ id: 5, name: 'Style' }], categories: [] };
  const posts = new Map<string, Record<string, unknown>>();
  const media: FakeBlog['media'] = new Map();
  let nextId = 40;
  return start(
    (request) => {
      const url = new URL(request.path, 'http://site');
      if (!url.pathname.startsWith('/wp-json/')) return { status: 404, body: '<html>Not found</html>' };
      const route = url.pathname.slice('/wp-json'.length);
      const sent = Buffer.from((request.headers['authorization'] ?? '').replace(/^Basic /, ''), 'base64').toString();
      if (sent !== `${user}:${password}`) {
        return { status: 401, json: { code: 'incorrect_password', message: `Wrong password: ${sent}.` } };
      }
      const taxonomy = /^\/wp\/v2\/(tags|categories)$/.exec(route)?.[1];
      if (taxonomy !== undefined) {
        const list = terms[taxonomy] ?? [];
        if (request.method === 'GET') {
          const search = (url.searchParams.get('search') ?? '').toLowerCase();
          return { status: 200, json: list.filter((term) => term.name.toLowerCase().includes(search)) };
        }
        const { name } = body(request);
        if (typeof name !== 'string') return { status: 400, json: { code: 'rest_missing_callback_param' } };
        const term = { id: nextId++, name };
        list.push(term);
        return { status: 201, json: term };
      }
      if (route === '/wp/v2/media' && request.method === 'POST') {
        const type = request.headers['content-type'] ?? '';
        const filename = /^attachment; filename="([^"]+)"$/.exec(request.headers['content-disposition'] ?? '')?.[1];
        if (filename === undefined || request.bytes.length === 0) {
          return { status: 400, json: { code: 'rest_upload_no_data', message: 'No data supplied.' } };
        }
        if (!/^image\/(png|jpeg|gif|webp)$/.test(type)) {
          return {
            status: 500,
            json: { code: 'rest_upload_sideload_error', message: 'Sorry, this file type is not permitted.' },
          };
        }
        const id = String(nextId++);
        media.set(id, { filename, type, bytes: Buffer.from(request.bytes) });
        return {
          status: 201,
          json: { id: Number(id), mime_type: type, source_url: `https://blog.example/${filename}` },
        };
      }
      const match = /^\/wp\/v2\/posts(?:\/(\d+))?$/.exec(route);
      if (match === null || request.method !== 'POST') {
        return { status: 404, json: { code: 'rest_no_route', message: 'No route was found.' } };
      }
      const fields = body(request);
      const featured = fields['featured_media'];
      if (featured !== undefined && featured !== 0 && !media.has(String(featured))) {
        return { status: 400, json: { code: 'rest_invalid_featured_media', message: 'Invalid featured media ID.' } };
      }
      const id = match[1] ?? String(nextId++);
      if (match[1] !== undefined && !posts.has(id)) {
        return { status: 404, json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.' } };
      }
      const post = { ...posts.get(id), ...fields, id: Number(id), link: `https://blog.example/?p=${id}` };
      posts.set(id, post);
      return { status: match[1] === undefined ? 201 : 200, json: post };
    },
    posts,
    media,
  );
}

/** Why a Ghost Admin token is refused, or undefined when it is valid now. */
function refuseGhostToken(authorization: string | undefined, keyId: string, secret: string): string | undefined {
  const token = /^Ghost (.+)$/.exec(authorization ?? '')?.[1];
  const [header, claims, signature] = token?.split('.') ?? [];
  if (header === undefined || claims === undefined || signature === undefined) return 'not a JWT';
  const expected = createHmac('sha256', Buffer.from(secret, 'hex')).update(`${header}.${claims}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad signature';
  const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>;
  if (head['alg'] !== 'HS256' || head['kid'] !== keyId) return 'bad header';
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  if (body['aud'] !== '/admin/' || typeof body['exp'] !== 'number' || body['exp'] <= now) return 'expired';
  return undefined;
}

/**
 * Ghost's Admin API with `Ghost <JWT>` signed by the Admin API key, Accept-Version v5, HTML sent with
 * ?source=html; an update is GET then PUT /ghost/api/admin/posts/<id>/ with the post's current updated_at. Images
 * are uploaded as a multipart form to /ghost/api/admin/images/upload/ and kept in `media` by their address's name.
 */
export async function fakeGhost(adminApiKey: string): Promise<FakeBlog> {
  const [keyId = '', secret = ''] = adminApiKey.split(':');
  const posts = new Map<string, Record<string, unknown>>();
  const media: FakeBlog['media'] = new Map();
  let next = 1;
  return start(
    (request) => {
      const refused = refuseGhostToken(request.headers['authorization'], keyId, secret);
      if (refused !== undefined)
        return { status: 401, json: { errors: [{ message: 'Invalid token', context: refused }] } };
      if (!/^v5/.test(request.headers['accept-version'] ?? ''))
        return { status: 400, json: { errors: [{ message: 'version' }] } };
      const url = new URL(request.path, 'http://site');
      if (url.pathname === '/ghost/api/admin/images/upload/' && request.method === 'POST') {
        const parts = readMultipart(request.headers['content-type'], request.bytes);
        if (typeof parts === 'string') return { status: 400, json: { errors: [{ message: parts }] } };
        const file = parts.find((part) => part.name === 'file');
        if (file?.filename === undefined || !/^image\//.test(file.contentType ?? '')) {
          return { status: 415, json: { errors: [{ message: 'Please select a valid image.' }] } };
        }
        const name = `${next++}-${file.filename}`;
        media.set(name, { filename: file.filename, type: file.contentType ?? '', bytes: file.bytes });
        return { status: 201, json: { images: [{ url: `https://ghost.example/content/images/${name}` }] } };
      }
      const id = /^\/ghost\/api\/admin\/posts\/(?:([0-9a-f]+)\/)?$/.exec(url.pathname)?.[1];
      if (!/^\/ghost\/api\/admin\/posts\//.test(url.pathname))
        return { status: 404, json: { errors: [{ message: 'Resource not found' }] } };
      if (request.method === 'GET' && id !== undefined) {
        const post = posts.get(id);
        return post === undefined
          ? { status: 404, json: { errors: [{ message: 'Post not found.' }] } }
          : { status: 200, json: { posts: [post] } };
      }
      if (url.searchParams.get('source') !== 'html')
        return { status: 400, json: { errors: [{ message: 'no source=html' }] } };
      const sent = ((body(request) as { posts?: Record<string, unknown>[] }).posts ?? [])[0] ?? {};
      if (request.method === 'POST' && id === undefined) {
        const newId = `64aa${String(next++).padStart(20, '0')}`;
        const created = {
          ...sent,
          id: newId,
          url: `https://ghost.example/p/${newId}/`,
          updated_at: '2026-01-01T00:00:00.000Z',
        };
        posts.set(newId, created);
        return { status: 201, json: { posts: [created] } };
      }
      if (request.method === 'PUT' && id !== undefined) {
        const current = posts.get(id);
        if (current === undefined) return { status: 404, json: { errors: [{ message: 'Post not found.' }] } };
        if (sent['updated_at'] !== current['updated_at']) {
          return { status: 409, json: { errors: [{ message: 'Someone else is editing this post.' }] } };
        }
        const updated = { ...current, ...sent, updated_at: '2026-01-02T00:00:00.000Z' };
        posts.set(id, updated);
        return { status: 200, json: { posts: [updated] } };
      }
      return { status: 404, json: { errors: [{ message: 'Resource not found' }] } };
    },
    posts,
    media,
  );
}

/** The Forem API (dev.to) with the `api-key` header: POST /api/articles, PUT /api/articles/<id>. */
export async function fakeForem(apiKey: string): Promise<FakeBlog> {
  const posts = new Map<string, Record<string, unknown>>();
  let next = 900;
  return start((request) => {
    if (request.headers['api-key'] !== apiKey) return { status: 401, json: { error: 'unauthorized', status: 401 } };
    const match = /^\/api\/articles(?:\/(\d+))?$/.exec(new URL(request.path, 'http://site').pathname);
    if (match === null) return { status: 404, json: { error: 'not found', status: 404 } };
    const article = (body(request) as { article?: Record<string, unknown> }).article;
    if (article === undefined || typeof article['title'] !== 'string' || typeof article['body_markdown'] !== 'string') {
      return { status: 422, json: { error: 'article is missing', status: 422 } };
    }
    const id = match[1] ?? String(next++);
    if (request.method === 'PUT' ? match[1] === undefined || !posts.has(id) : match[1] !== undefined) {
      return { status: 404, json: { error: 'not found', status: 404 } };
    }
    const saved = { ...posts.get(id), ...article, id: Number(id), url: `https://dev.example/me/article-${id}` };
    posts.set(id, saved);
    return { status: request.method === 'PUT' ? 200 : 201, json: saved };
  }, posts);
}
