import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { HOST_METHODS, hostFailure, type AppInfo, type HostMethod, type HostResult } from '../../core/host';
import { MAX_DOCUMENT_CHARS, validateHostArguments } from '../../core/host-schema';
import { CONTENT_SECURITY_POLICY } from '../../main/csp';
import { fetchClient } from '../../core/publish/http';
import { ACCOUNTS_FILE_NAME, createCredentialStore } from '../../main/services/credentials';
import { createHostService } from '../../main/services/host-service';
import { PUBLISH_TIMEOUT_MS } from '../../main/services/publishing';
import { createSettingsService, openSettingsStore } from '../../main/services/settings';
import { readStaticFile, securityHeaders } from '../../main/static-files';
import { LIBRARY_FILE_NAME } from '../../main/services/library';
import { memoryKeyCipher } from './memory-key-cipher';
import { createWebDialogs, insideDocumentsFolder } from './web-dialogs';

export interface WebHostOptions {
  /** The built renderer (out/renderer): the same files the desktop app loads. */
  rendererRoot: string;
  /** The built browser side of this host (out/web/web-host.js). */
  webHostScript: string;
  /** Settings live here; documents in its `documents` folder, backups of unsaved work in `backups`. */
  dataDir: string;
  appInfo: Omit<AppInfo, 'host'>;
}

export const WEB_HOST_SCRIPT_PATH = '/__porte-voix/web-host.js';
const API_PREFIX = '/__porte-voix/api/';
const MAX_BODY_BYTES = 4 * MAX_DOCUMENT_CHARS + 4096;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpError(415, 'expected application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'malformed JSON');
  }
}

function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    ...securityHeaders(CONTENT_SECURITY_POLICY),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/**
 * The test host behind `npm run web`: serves the built renderer and implements
 * the host contract over HTTP with the same services the desktop app's main
 * process uses. It listens on loopback only and answers only its own page
 * (Host and Origin are checked, against DNS rebinding and other sites).
 */
export function createWebHostServer(options: WebHostOptions): Server {
  const documentsDir = join(options.dataDir, 'documents');
  mkdirSync(documentsDir, { recursive: true });
  const { store, notice } = openSettingsStore(options.dataDir, options.appInfo.version);
  const settings = createSettingsService(store, notice);
  if (notice) console.warn(`[web host] ${notice}`);
  const appInfo: AppInfo = { ...options.appInfo, host: 'web' };
  /** The rule packs the page's user picked (chooseRulePackSource), kept from one request to the next. */
  const rulePackSources = new Set<string>();
  /** Secrets are encrypted with a key this server keeps in memory only: they last as long as it runs. */
  const credentials = createCredentialStore(join(options.dataDir, ACCOUNTS_FILE_NAME), memoryKeyCipher());
  const http = fetchClient(fetch, { timeoutMs: PUBLISH_TIMEOUT_MS });

  async function callHost(method: HostMethod, body: unknown): Promise<HostResult<unknown>> {
    const { args, dialog } = (body ?? {}) as { args?: unknown; dialog?: unknown };
    if (!Array.isArray(args)) throw new HttpError(400, 'body.args must be an array');
    if (dialog !== undefined && dialog !== null && typeof dialog !== 'string')
      throw new HttpError(400, 'body.dialog must be text');
    let valid: unknown[];
    try {
      valid = (validateHostArguments[method] as (a: readonly unknown[]) => unknown[])(args);
    } catch (error) {
      throw new HttpError(400, (error as Error).message);
    }
    const host = createHostService({
      appInfo,
      settings,
      dialogs: createWebDialogs(documentsDir, dialog),
      packsDir: join(options.dataDir, 'packs'),
      backupsDir: join(options.dataDir, 'backups'),
      libraryFile: join(options.dataDir, LIBRARY_FILE_NAME),
      allowDocumentPath: (path) => insideDocumentsFolder(documentsDir, path),
      rulePackSources,
      credentials,
      http,
    });
    try {
      return { ok: true, value: await (host[method] as (...a: unknown[]) => Promise<unknown>)(...valid) };
    } catch (error) {
      return hostFailure(error);
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const port = (request.socket.address() as { port: number }).port;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) throw new HttpError(421, 'unexpected Host header');
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);

    if (url.pathname.startsWith(API_PREFIX)) {
      if (request.method !== 'POST') throw new HttpError(405, 'use POST');
      if (request.headers.origin !== `http://${request.headers.host}`) throw new HttpError(403, 'foreign origin');
      const method = url.pathname.slice(API_PREFIX.length) as HostMethod;
      if (!HOST_METHODS.includes(method)) throw new HttpError(404, 'no such host method');
      const result = await callHost(method, await readJsonBody(request));
      send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'use GET');
    if (url.pathname === WEB_HOST_SCRIPT_PATH) {
      send(response, 200, await readFile(options.webHostScript), 'text/javascript; charset=utf-8');
      return;
    }
    const file = await readStaticFile(options.rendererRoot, url.pathname);
    if (file.status !== 200) throw new HttpError(file.status, file.status === 404 ? 'not found' : 'forbidden');
    let body: string | Buffer = file.body;
    if (file.contentType.startsWith('text/html')) {
      // A classic script runs before the page's module scripts: window.porteVoix exists when the app starts.
      body = file.body
        .toString('utf8')
        .replace('<script type="module"', `<script src="${WEB_HOST_SCRIPT_PATH}"></script>\n    <script type="module"`);
    }
    send(response, 200, body, file.contentType);
  }

  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error('[web host]', error);
      if (!response.headersSent)
        send(response, status, error instanceof Error ? error.message : 'error', 'text/plain; charset=utf-8');
      else response.destroy();
    });
  });
}
