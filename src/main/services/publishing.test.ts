import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostError, type PublishRequest } from '../../core/host';
import { fetchClient } from '../../core/publish/http';
import { closedOrigin, startLocalServer, type LocalServer } from '../../core/publish/local-server.testing';
import { memoryKeyCipher } from '../../web/server/memory-key-cipher';
import { ACCOUNTS_FILE_NAME, createCredentialStore } from './credentials';
import { publishWithStoredAccount } from './publishing';

const http = fetchClient(globalThis.fetch, { timeoutMs: 500 });
const request: PublishRequest = {
  target: 'devto',
  title: 'Ten years of remote work',
  html: '<p>Hello</p>',
  markdown: 'Hello',
  tags: ['remote', 'Work'],
  status: 'draft',
};

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function store() {
  return createCredentialStore(
    join(mkdtempSync(join(tmpdir(), 'porte-voix-publishing-')), ACCOUNTS_FILE_NAME),
    memoryKeyCipher(),
  );
}

describe('publishing with a stored account', () => {
  it('adds the stored secret to the request and gives the site with the result', async () => {
    server = await startLocalServer(createServer, (received) =>
      received.headers['api-key'] === 'the-key'
        ? { status: 201, json: { id: 31, url: 'https://dev.to/ana/ten-years-31', published: false } }
        : { status: 401, json: { error: 'unauthorized' } },
    );
    const credentials = store();
    await credentials.save({ target: 'devto', url: server.origin, user: '' }, 'the-key', false);
    await expect(publishWithStoredAccount(credentials, http, request)).resolves.toEqual({
      site: server.origin,
      id: '31',
      url: 'https://dev.to/ana/ten-years-31',
      status: 'draft',
      warnings: [],
    });
    const body = JSON.parse(server.requests[0]?.text ?? '{}') as { article: Record<string, unknown> };
    expect(body.article).toMatchObject({
      title: request.title,
      body_markdown: 'Hello',
      published: false,
      tags: ['remote', 'work'],
    });
  });

  it('turns a refusal into a HostError that names the cause and the fix', async () => {
    server = await startLocalServer(createServer, () => ({ status: 401, json: { error: 'unauthorized' } }));
    const credentials = store();
    await credentials.save({ target: 'devto', url: server.origin, user: '' }, 'wrong', false);
    const error = await publishWithStoredAccount(credentials, http, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'EPUBLISH_AUTH', message: expect.stringContaining('API key') });
  });

  it('says the site is unreachable when nothing answers', async () => {
    const credentials = store();
    await credentials.save({ target: 'devto', url: await closedOrigin(createServer), user: '' }, 'k', false);
    await expect(publishWithStoredAccount(credentials, http, request)).rejects.toMatchObject({
      code: 'EPUBLISH_OFFLINE',
    });
  });

  it('asks for an account first when the blog has none', async () => {
    await expect(publishWithStoredAccount(store(), http, request)).rejects.toMatchObject({ code: 'ENOACCOUNT' });
  });
});
