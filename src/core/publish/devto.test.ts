import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { normaliseDevToTags, publishToDevTo, type DevToArticle } from './devto';
import { fetchClient } from './http';
import {
  closedOrigin,
  startLocalServer,
  type LocalAnswer,
  type LocalServer,
  type RecordedRequest,
  publishError,
} from './local-server.testing';

const http = fetchClient(globalThis.fetch, { timeoutMs: 200 });
const API_KEY = 'k3yK3yK3y';

/** A fake Forem API enforcing the api-key header, the article body shape and Forem's tag rules. */
function fakeForem(override?: (request: RecordedRequest) => LocalAnswer | undefined) {
  const articles = new Map<number, Record<string, unknown>>([[7, { id: 7, title: 'Old', published: false }]]);
  const handler = (request: RecordedRequest): LocalAnswer => {
    const overridden = override?.(request);
    if (overridden !== undefined) return overridden;
    if (request.headers['api-key'] !== API_KEY) return { status: 401, json: { error: 'unauthorized', status: 401 } };
    expect(request.headers['accept']).toBe('application/vnd.forem.api-v1+json');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    const { article } = JSON.parse(request.text) as { article: Record<string, unknown> };
    expect(Object.keys(article).sort()).toEqual(
      expect.arrayContaining(['body_markdown', 'published', 'tags', 'title']),
    );
    const tags = article['tags'] as string[];
    if (tags.length > 4 || tags.some((tag) => !/^[a-z0-9]+$/.test(tag))) {
      return { status: 422, json: { error: 'Tag list exceed the maximum of 4 tags', status: 422 } };
    }
    const match = /^\/api\/articles(?:\/(\d+))?$/.exec(request.path);
    if (match === null) return { status: 404, json: { error: 'not found', status: 404 } };
    if (request.method === 'POST' && match[1] === undefined) {
      const created = { ...article, id: 8, url: 'https://dev.to/me/hello-8' };
      articles.set(8, created);
      return { status: 201, json: created };
    }
    if (request.method === 'PUT' && match[1] !== undefined) {
      const id = Number(match[1]);
      const current = articles.get(id);
      if (current === undefined) return { status: 404, json: { error: 'not found', status: 404 } };
      const updated = { ...current, ...article, url: `https://dev.to/me/hello-${id}` };
      articles.set(id, updated);
      return { status: 200, json: updated };
    }
    return { status: 405, json: { error: 'method not allowed', status: 405 } };
  };
  return { handler, articles };
}

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const article: DevToArticle = { title: 'Hello', markdown: '# Hi\n\nThere.' };

describe('normaliseDevToTags', () => {
  it('lowercases, strips accents and separators, drops non-alphanumerics, duplicates and tags past four', () => {
    expect(normaliseDevToTags(['TypeScript', 'Web Dev', 'C++', 'typescript', 'Électron', 'node.js', 'rust'])).toEqual({
      tags: ['typescript', 'webdev', 'electron', 'nodejs'],
      warnings: [
        'Tag "Web Dev" was sent as "webdev".',
        'Tag "C++" was dropped: DEV tags may contain only letters and digits.',
        'Tag "Électron" was sent as "electron".',
        'Tag "node.js" was sent as "nodejs".',
        'Tag "rust" was dropped: DEV accepts at most 4 tags.',
      ],
    });
  });
});

describe('publishToDevTo', () => {
  it('creates an unpublished article with the api-key header, Markdown, normalised tags and canonical URL', async () => {
    const forem = fakeForem();
    server = await startLocalServer(createServer, forem.handler);
    const result = await publishToDevTo(
      http,
      { apiKey: API_KEY, baseUrl: server.origin },
      { ...article, tags: ['Writing', 'C#', 'a', 'b', 'c', 'd'], canonicalUrl: 'https://blog.example.com/hello' },
    );
    expect(result).toEqual({
      id: '8',
      url: 'https://dev.to/me/hello-8',
      status: 'draft',
      warnings: [
        'Tag "C#" was dropped: DEV tags may contain only letters and digits.',
        'Tag "d" was dropped: DEV accepts at most 4 tags.',
      ],
    });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /api/articles']);
    expect(JSON.parse(server.requests[0]?.text ?? '')).toEqual({
      article: {
        title: 'Hello',
        body_markdown: '# Hi\n\nThere.',
        published: false,
        tags: ['writing', 'a', 'b', 'c'],
        canonical_url: 'https://blog.example.com/hello',
      },
    });
  });

  it('updates the same article with PUT on re-publish', async () => {
    const forem = fakeForem();
    server = await startLocalServer(createServer, forem.handler);
    const result = await publishToDevTo(
      http,
      { apiKey: API_KEY, baseUrl: server.origin },
      { ...article, id: '7', published: true },
    );
    expect(result).toMatchObject({ id: '7', status: 'published', url: 'https://dev.to/me/hello-7' });
    expect(forem.articles.get(7)).toMatchObject({ title: 'Hello', published: true });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /api/articles/7']);
  });

  it("reports a wrong API key as 'auth' with the fix", async () => {
    server = await startLocalServer(createServer, fakeForem().handler);
    const error = await publishError(publishToDevTo(http, { apiKey: 'nope', baseUrl: server.origin }, article));
    expect(error.code).toBe('auth');
    expect(error.message).toBe(
      'DEV refused the API key (401) ("unauthorized"): create a new API key in Settings → Extensions → DEV Community API Keys.',
    );
  });

  it("rejects plain http to a non-loopback host and an empty key with 'invalid' before any request", async () => {
    let called = false;
    const spy = () => {
      called = true;
      return Promise.resolve({ status: 200, headers: {}, body: '{}' });
    };
    expect((await publishError(publishToDevTo(spy, { apiKey: API_KEY, baseUrl: 'http://dev.to' }, article))).code).toBe(
      'invalid',
    );
    expect((await publishError(publishToDevTo(spy, { apiKey: ' ' }, article))).code).toBe('invalid');
    expect(called).toBe(false);
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [422, 'invalid'],
    [500, 'server'],
  ])('maps %i to %s', async (status, code) => {
    server = await startLocalServer(
      createServer,
      fakeForem(() => ({ status, json: { error: 'No.', status } })).handler,
    );
    const error = await publishError(publishToDevTo(http, { apiKey: API_KEY, baseUrl: server.origin }, article));
    expect(error.code).toBe(code);
  });

  it("does not follow a 301 on POST: 'redirect'", async () => {
    server = await startLocalServer(
      createServer,
      fakeForem((request) =>
        request.path === '/api/articles' ? { status: 301, headers: { location: '/api/v2/articles' } } : undefined,
      ).handler,
    );
    const error = await publishError(publishToDevTo(http, { apiKey: API_KEY, baseUrl: server.origin }, article));
    expect(error.code).toBe('redirect');
    expect(server.requests).toHaveLength(1);
  });

  it("reports a server that never answers as 'timeout' and a closed port as 'offline'", async () => {
    server = await startLocalServer(createServer, () => 'hang');
    expect((await publishError(publishToDevTo(http, { apiKey: API_KEY, baseUrl: server.origin }, article))).code).toBe(
      'timeout',
    );
    const origin = await closedOrigin(createServer);
    expect((await publishError(publishToDevTo(http, { apiKey: API_KEY, baseUrl: origin }, article))).code).toBe(
      'offline',
    );
  });
});
