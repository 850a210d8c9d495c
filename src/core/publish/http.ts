/**
 * The network seam of the publishing clients: a request/response function type, an adapter over WHATWG `fetch`,
 * and the one error type every client throws. Nothing here touches Node or the DOM, so the clients run in the
 * main process, the CLI, the web server or a worker with whatever `fetch` the host passes in.
 */

/** An HTTP request as the publishing clients build it. A `Uint8Array` body is sent as raw bytes (media uploads). */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** An HTTP response; header names are lower-case. Redirects are returned as they are, never followed. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The network, passed in: the clients never call `fetch` themselves. */
export type HttpClient = (request: HttpRequest) => Promise<HttpResponse>;

/** Why a publication failed, in terms the user can act on. */
export type PublishErrorCode =
  'auth' | 'forbidden' | 'not-found' | 'server' | 'timeout' | 'offline' | 'tls' | 'redirect' | 'invalid';

/** The error every publishing client throws. `message` names the cause and the fix; `status` is the HTTP status. */
export class PublishError extends Error {
  override readonly name = 'PublishError';

  constructor(
    readonly code: PublishErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Options of {@link fetchClient}. */
export interface FetchClientOptions {
  /** Abort a request (including reading its body) after this many milliseconds. */
  timeoutMs: number;
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The `code` of an error or of its chain of causes (undici wraps socket errors in `TypeError('fetch failed')`). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

function networkError(error: unknown, url: string, timedOut: boolean, timeoutMs: number): PublishError {
  const host = hostOf(url);
  if (timedOut) {
    return new PublishError(
      'timeout',
      `${host} did not answer within ${Math.round(timeoutMs / 100) / 10} s: check that the site is up, then try again.`,
    );
  }
  const codes = errorCodes(error);
  if (codes.some((code) => TLS_CODES.has(code) || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS'))) {
    return new PublishError(
      'tls',
      `The certificate of ${host} was refused (${codes.join(', ')}): check the site address and the site's HTTPS certificate.`,
    );
  }
  const detail = codes.length > 0 ? ` (${codes.join(', ')})` : '';
  return new PublishError(
    'offline',
    `Could not reach ${host}${detail}: check the network connection and the site address.`,
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Adapts WHATWG `fetch` to {@link HttpClient}. Redirects are never followed (`redirect: 'manual'`): a POST that
 * is redirected would silently become a GET or lose its credentials. Network failures become a
 * {@link PublishError} with code 'timeout', 'offline' or 'tls'; HTTP error statuses are returned, not thrown.
 */
export function fetchClient(fetchImpl: typeof fetch, options: FetchClientOptions): HttpClient {
  return async (request) => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    try {
      const init: RequestInit = {
        method: request.method,
        headers: request.headers,
        redirect: 'manual',
        signal: controller.signal,
      };
      if (request.body !== undefined) init.body = request.body as NonNullable<RequestInit['body']>;
      const response = await fetchImpl(request.url, init);
      if (response.type === 'opaqueredirect') {
        // Browsers hide the status and the target of a manual redirect.
        throw new PublishError(
          'redirect',
          `${hostOf(request.url)} answered with a redirect: use the final address of the site (often https:// or with www.).`,
        );
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key.toLowerCase()] = value;
      });
      const body = await response.text();
      return { status: response.status, headers, body };
    } catch (error) {
      if (error instanceof PublishError) throw error;
      throw networkError(error, request.url, timedOut, options.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** What a client says, per status, about how to fix a refused request. */
export interface StatusHints {
  /** The service as the user knows it, e.g. "WordPress". */
  service: string;
  /** Fix for 401, e.g. "check the user name and create a new application password in Users → Profile." */
  auth: string;
  /** Fix for 403. */
  forbidden: string;
  /** Fix for 404. */
  notFound: string;
  /** What was refused, e.g. "the application password"; defaults to "the request". */
  credential?: string;
}

/** The human message a service put in an error body (WordPress `message`, Ghost `errors[0]`, Forem `error`). */
export function serverMessage(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const errors = record['errors'];
  if (Array.isArray(errors) && typeof errors[0] === 'object' && errors[0] !== null) {
    const first = errors[0] as Record<string, unknown>;
    const parts = [first['message'], first['context']].filter((part) => typeof part === 'string' && part !== '');
    if (parts.length > 0) return parts.join(' ');
  }
  for (const key of ['message', 'error']) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** Whether an error body is WordPress telling an anonymous caller what it may not do (`rest_cannot_…`, …). */
function aboutAnonymousCaller(body: string): boolean {
  try {
    const code = (JSON.parse(body) as { code?: unknown }).code;
    return typeof code === 'string' && /^rest_(?:cannot_|forbidden|not_logged_in)/.test(code);
  } catch {
    return false;
  }
}

/**
 * Throws a {@link PublishError} unless `response` is a 2xx. Redirects are errors too: the clients never follow
 * them, and the fix is to use the address the site redirects to.
 */
export function expectSuccess(response: HttpResponse, hints: StatusHints): void {
  const { status } = response;
  if (status >= 200 && status < 300) return;
  const said = serverMessage(response.body);
  const detail = said === undefined ? '' : ` ("${said.slice(0, 200)}")`;
  const { service } = hints;
  if (status >= 300 && status < 400) {
    const location = response.headers['location'];
    const target = location === undefined ? '' : ` to ${location}`;
    throw new PublishError(
      'redirect',
      `${service} answered with a redirect (${status})${target}: use the final address of the site (often https:// or with www.) so nothing is sent twice.`,
      status,
    );
  }
  if (status === 401) {
    // WordPress treats a wrong application password as no password at all: its 401 then says what an anonymous
    // visitor may not do ("Sorry, you are not allowed to create terms…"), which only confuses.
    const quoted = aboutAnonymousCaller(response.body) ? '' : detail;
    throw new PublishError(
      'auth',
      `${service} refused ${hints.credential ?? 'the request'} (401)${quoted}: ${hints.auth}`,
      status,
    );
  }
  if (status === 403)
    throw new PublishError('forbidden', `${service} forbade this (403)${detail}: ${hints.forbidden}`, status);
  if (status === 404)
    throw new PublishError('not-found', `${service} found nothing there (404)${detail}: ${hints.notFound}`, status);
  if (status === 400 || status === 422) {
    throw new PublishError(
      'invalid',
      `${service} rejected the content (${status})${detail}: correct it and try again.`,
      status,
    );
  }
  if (status === 429) {
    throw new PublishError('server', `${service} is limiting requests (429): wait a minute and try again.`, status);
  }
  throw new PublishError(
    'server',
    `${service} failed (${status})${detail}: try again later; if it persists, check the site's error log or status page.`,
    status,
  );
}

/** Parses a JSON success body, or throws a 'server' {@link PublishError} naming the service. */
export function parseJson(response: HttpResponse, service: string): unknown {
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    throw new PublishError(
      'server',
      `${service} answered with something that is not JSON (${response.status}): check that the address points to the site itself, not to a login page or a proxy.`,
      response.status,
    );
  }
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Validates a site address that credentials will be sent to: https, or plain http only to a loopback address
 * (127.0.0.1, ::1, localhost). Returns the address without a trailing slash, query or fragment.
 * @throws PublishError 'invalid' before any request is made.
 */
export function secureBaseUrl(address: string, service: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new PublishError('invalid', `"${address}" is not a web address: enter the ${service} site as https://…`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new PublishError(
      'invalid',
      `The ${service} address must not contain a user name or password: enter them separately.`,
    );
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure) {
    throw new PublishError(
      'invalid',
      `${url.protocol === 'http:' ? 'Plain http' : url.protocol} would send the ${service} credentials unprotected: use the https:// address of the site.`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Base64 of the UTF-8 encoding of `text` (for Basic auth). */
export function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes base64 (standard or URL alphabet, whitespace ignored) to bytes. @throws PublishError 'invalid'. */
export function base64ToBytes(base64: string, what: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw new PublishError('invalid', `${what} is not valid base64: re-select the file.`);
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Rejects ids that could escape their URL path segment. @throws PublishError 'invalid'. */
export function checkId(id: string, service: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    throw new PublishError(
      'invalid',
      `"${id}" is not a ${service} post id: remove the stored id to publish a new post.`,
    );
  }
  return id;
}
