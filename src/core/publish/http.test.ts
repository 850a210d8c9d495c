import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PublishError, expectSuccess, fetchClient, secureBaseUrl, serverMessage, type HttpClient } from './http';
import { closedOrigin, startLocalServer, type LocalServer } from './local-server.testing';

const http: HttpClient = fetchClient(globalThis.fetch, { timeoutMs: 200 });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PublishError) return error.code;
    throw error;
  }
  return 'resolved';
}

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('fetchClient', () => {
  it('sends method, headers and a text or binary body, and returns status, lower-case headers and body', async () => {
    server = await startLocalServer(createServer, () => ({
      status: 201,
      json: { ok: true },
      headers: { 'X-Id': '7' },
    }));
    const response = await http({
      method: 'POST',
      url: `${server.origin}/a?b=1`,
      headers: { 'X-Test': 'yes' },
      body: 'hello',
    });
    expect(response).toEqual({ status: 201, headers: expect.objectContaining({ 'x-id': '7' }), body: '{"ok":true}' });
    await http({ method: 'PUT', url: `${server.origin}/bin`, headers: {}, body: new Uint8Array([0, 255, 137, 80]) });
    expect(server.requests.map((request) => [request.method, request.path])).toEqual([
      ['POST', '/a?b=1'],
      ['PUT', '/bin'],
    ]);
    expect(server.requests[0]?.headers['x-test']).toBe('yes');
    expect(server.requests[0]?.text).toBe('hello');
    expect([...(server.requests[1]?.bytes ?? [])]).toEqual([0, 255, 137, 80]);
  });

  it('returns a redirect without following it', async () => {
    server = await startLocalServer(createServer, (request) =>
      request.path === '/old' ? { status: 301, headers: { location: '/new' } } : { status: 200, body: 'followed' },
    );
    const response = await http({ method: 'POST', url: `${server.origin}/old`, headers: {}, body: '{}' });
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/new');
    expect(server.requests.map((request) => request.path)).toEqual(['/old']);
  });

  it("turns a server that never answers into 'timeout'", async () => {
    server = await startLocalServer(createServer, () => 'hang');
    expect(await codeOf(http({ method: 'GET', url: `${server.origin}/`, headers: {} }))).toBe('timeout');
  });

  it("turns a closed port into 'offline'", async () => {
    const origin = await closedOrigin(createServer);
    expect(await codeOf(http({ method: 'GET', url: `${origin}/`, headers: {} }))).toBe('offline');
  });

  it("turns certificate failures into 'tls' and a browser's opaque redirect into 'redirect'", async () => {
    const tlsFetch = (() =>
      Promise.reject(
        new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'CERT_HAS_EXPIRED' }) }),
      )) as typeof fetch;
    const opaqueFetch = (() =>
      Promise.resolve({ type: 'opaqueredirect', status: 0 } as unknown as Response)) as typeof fetch;
    const request = { method: 'GET', url: 'https://example.com/', headers: {} } as const;
    expect(await codeOf(fetchClient(tlsFetch, { timeoutMs: 1000 })(request))).toBe('tls');
    expect(await codeOf(fetchClient(opaqueFetch, { timeoutMs: 1000 })(request))).toBe('redirect');
  });
});

describe('expectSuccess', () => {
  const hints = {
    service: 'Blog',
    auth: 'fix auth.',
    forbidden: 'fix role.',
    notFound: 'fix address.',
    credential: 'the key',
  };
  const codeFor = (status: number, body = ''): string => {
    try {
      expectSuccess({ status, headers: { location: 'https://www.example.com/' }, body }, hints);
      return 'ok';
    } catch (error) {
      return error instanceof PublishError ? error.code : 'other';
    }
  };

  it('maps statuses to codes', () => {
    expect([200, 201, 301, 401, 403, 404, 400, 422, 429, 500, 503].map((status) => codeFor(status))).toEqual([
      'ok',
      'ok',
      'redirect',
      'auth',
      'forbidden',
      'not-found',
      'invalid',
      'invalid',
      'server',
      'server',
      'server',
    ]);
  });

  it('names the cause, the server’s words and the fix', () => {
    expect(() =>
      expectSuccess({ status: 401, headers: {}, body: '{"code":"x","message":"Bad password."}' }, hints),
    ).toThrow('Blog refused the key (401) ("Bad password."): fix auth.');
    expect(() => expectSuccess({ status: 302, headers: { location: 'https://b/' }, body: '' }, hints)).toThrow(
      'redirect (302) to https://b/',
    );
  });
});

describe('serverMessage', () => {
  it('reads WordPress, Ghost and Forem error bodies', () => {
    expect(serverMessage('{"code":"rest_x","message":"WP says"}')).toBe('WP says');
    expect(serverMessage('{"errors":[{"message":"Ghost says","context":"why"}]}')).toBe('Ghost says why');
    expect(serverMessage('{"error":"Forem says","status":401}')).toBe('Forem says');
    expect(serverMessage('<html>')).toBeUndefined();
  });
});

describe('secureBaseUrl', () => {
  it('accepts https and plain http to loopback only, without trailing slash', () => {
    expect(secureBaseUrl('https://example.com/blog/', 'X')).toBe('https://example.com/blog');
    expect(secureBaseUrl('http://127.0.0.1:8080', 'X')).toBe('http://127.0.0.1:8080');
    expect(secureBaseUrl('http://localhost/', 'X')).toBe('http://localhost');
    expect(secureBaseUrl('http://[::1]:3000', 'X')).toBe('http://[::1]:3000');
  });

  it("rejects plain http elsewhere, other schemes, credentials and non-URLs with 'invalid'", () => {
    for (const address of ['http://example.com', 'ftp://example.com', 'https://u:p@example.com', 'example.com']) {
      expect(() => secureBaseUrl(address, 'X')).toThrow(PublishError);
    }
    expect(() => secureBaseUrl('http://example.com', 'WordPress')).toThrow('use the https:// address');
  });
});
