import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostError, type PublishRequest } from '../../core/host';
import { fetchClient } from '../../core/publish/http';
import { closedOrigin, startLocalServer, type LocalServer } from '../../core/publish/local-server.testing';
import { fakeWordPress } from '../../cli/fake-blogs.testing';
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

describe('publishing a featured image with a stored account', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  /** A saved document with its image in `images/`, and a host that allows documents in that folder only. */
  function documentWithImage(): { folder: string; documentPath: string; allow: (path: string) => string } {
    const folder = mkdtempSync(join(tmpdir(), 'porte-voix-image-'));
    mkdirSync(join(folder, 'images'));
    writeFileSync(join(folder, 'images', 'cover.png'), PNG);
    const documentPath = join(folder, 'launch.md');
    writeFileSync(documentPath, '# Launch\n');
    const allow = (path: string): string => {
      if (!path.startsWith(`${folder}/`)) throw new HostError('outside the documents folder', 'EOUTSIDE');
      return path;
    };
    return { folder, documentPath, allow };
  }

  it('reads the image next to the document, uploads it to WordPress, and gives its digest with the outcome', async () => {
    const wp = await fakeWordPress('ana', 'pass word');
    try {
      const credentials = store();
      await credentials.save({ target: 'wordpress', url: wp.server.origin, user: 'ana' }, 'pass word', false);
      const { documentPath, allow } = documentWithImage();
      const outcome = await publishWithStoredAccount(
        credentials,
        http,
        { ...request, target: 'wordpress', tags: [], image: { documentPath, path: 'images/cover.png' } },
        allow,
      );
      expect(outcome.imageSha256).toBe(createHash('sha256').update(PNG).digest('hex'));
      expect([...wp.media.values()].map((m) => [m.filename, m.type, m.bytes.equals(PNG)])).toEqual([
        ['cover.png', 'image/png', true],
      ]);
      expect(wp.posts.get(outcome.id)?.['featured_media']).toBe(Number([...wp.media.keys()][0]));

      // A document the host does not allow: its refusal, and nothing sent.
      const sent = wp.server.requests.length;
      await expect(
        publishWithStoredAccount(
          credentials,
          http,
          { ...request, target: 'wordpress', image: { documentPath: '/etc/launch.md', path: 'images/cover.png' } },
          allow,
        ),
      ).rejects.toMatchObject({ code: 'EOUTSIDE' });
      // An image outside what the host allows: its refusal too.
      await expect(
        publishWithStoredAccount(
          credentials,
          http,
          { ...request, target: 'wordpress', image: { documentPath, path: '../../etc/cover.png' } },
          allow,
        ),
      ).rejects.toMatchObject({ code: 'EOUTSIDE' });
      // A missing image: the cause and the fix, and nothing sent.
      await expect(
        publishWithStoredAccount(
          credentials,
          http,
          { ...request, target: 'wordpress', image: { documentPath, path: 'images/gone.png' } },
          allow,
        ),
      ).rejects.toMatchObject({
        code: 'EPUBLISH_INVALID',
        message: expect.stringMatching(/^The featured image “images\/gone\.png” cannot be read: there is no file at /u),
      });
      expect(wp.server.requests.length).toBe(sent);
    } finally {
      await wp.server.close();
    }
  });

  it('tells a DEV user the image was not sent, without reading it', async () => {
    server = await startLocalServer(createServer, () => ({
      status: 201,
      json: { id: 32, url: 'https://dev.to/ana/launch-32', published: false },
    }));
    const credentials = store();
    await credentials.save({ target: 'devto', url: server.origin, user: '' }, 'the-key', false);
    const outcome = await publishWithStoredAccount(credentials, http, {
      ...request,
      image: { documentPath: '/nowhere/launch.md', path: 'images/cover.png' },
    });
    expect(outcome.imageSha256).toBeUndefined();
    expect(outcome.warnings).toEqual([
      'The featured image “images/cover.png” was not sent: DEV takes a featured image by address only. Add it in DEV’s editor.',
    ]);
  });
});
