/**
 * Test support: a local HTTP server that records requests and answers with a handler, for the publishing
 * clients' tests. The core may not import Node, so the test passes `createServer` from node:http in.
 */
import { PublishError } from './http';

/** A request as the local server received it; header names are lower-case. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/wp-json/wp/v2/posts?x=1". */
  path: string;
  headers: Record<string, string>;
  bytes: Uint8Array;
  /** The body decoded as UTF-8. */
  text: string;
}

/** The handler's answer; 'hang' never answers (timeouts). A plain object body is sent as JSON. */
export type LocalAnswer = { status: number; json?: unknown; body?: string; headers?: Record<string, string> } | 'hang';

/** The part of node:http's `createServer` the helper uses. */
export interface CreateServerLike {
  (
    listener: (
      request: AsyncIterable<Uint8Array> & {
        method?: string | undefined;
        url?: string | undefined;
        headers: Record<string, string | string[] | undefined>;
      },
      response: { writeHead(status: number, headers: Record<string, string>): unknown; end(body?: string): unknown },
    ) => void,
  ): {
    listen(port: number, host: string, callback: () => void): unknown;
    address(): unknown;
    close(callback?: (error?: Error) => void): unknown;
    closeAllConnections(): void;
  };
}

/** A running local server. */
export interface LocalServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 and a random port. */
export async function startLocalServer(
  createServer: CreateServerLike,
  handler: (request: RecordedRequest) => LocalAnswer | Promise<LocalAnswer>,
): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of request) chunks.push(chunk);
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers,
        bytes,
        text: new TextDecoder().decode(bytes),
      };
      requests.push(recorded);
      let answer: LocalAnswer;
      try {
        answer = await handler(recorded);
      } catch (error) {
        answer = { status: 599, body: String(error) };
      }
      if (answer === 'hang') return;
      const body = answer.json === undefined ? (answer.body ?? '') : JSON.stringify(answer.json);
      const contentType = answer.json === undefined ? 'text/html' : 'application/json';
      response.writeHead(answer.status, { 'content-type': contentType, ...answer.headers });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An origin on 127.0.0.1 where nothing listens (a server started, then closed). */
export async function closedOrigin(createServer: CreateServerLike): Promise<string> {
  const server = await startLocalServer(createServer, () => ({ status: 200 }));
  await server.close();
  return server.origin;
}

/** The PublishError `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function publishError(promise: Promise<unknown>): Promise<PublishError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PublishError) return error;
    throw error;
  }
  throw new Error('expected a PublishError');
}
