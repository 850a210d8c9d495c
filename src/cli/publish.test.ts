import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../core/document/front-matter';
import { fetchClient, type HttpClient } from '../core/publish/http';
import { closedOrigin } from '../core/publish/local-server.testing';
import { nodeDocumentFs, type DocumentFs } from '../main/services/documents';
import { fakeForem, fakeGhost, fakeWordPress } from './fake-blogs.testing';
import {
  ARTICLE,
  BODY,
  DEVTO_KEY,
  ENV,
  folder,
  frontMatterOf,
  GHOST_KEY,
  HTML,
  publish,
  type Run,
  sentJson,
  started,
  WP_PASSWORD,
  WP_USER,
} from './publish-run.testing';

describe('porte-voix publish to WordPress', () => {
  it('creates a draft with the title, HTML, excerpt, tags and categories, and records it in the front matter', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const { dir, file } = folder();
    const run = await publish(dir, [
      'post.md',
      '--to',
      'wordpress',
      '--url',
      `${wp.server.origin}/`,
      '--user',
      WP_USER,
    ]);
    expect(run).toEqual({
      status: 0,
      stdout: 'Published to WordPress as a draft: https://blog.example/?p=42 (id 42)\n',
      stderr: '',
    });

    const requests = wp.server.requests.map((r) => `${r.method} ${r.path}`);
    expect(requests).toEqual([
      'GET /wp-json/wp/v2/tags?search=%C3%89criture&per_page=100',
      'POST /wp-json/wp/v2/tags',
      'GET /wp-json/wp/v2/tags?search=Style&per_page=100',
      'GET /wp-json/wp/v2/categories?search=Guides&per_page=100',
      'POST /wp-json/wp/v2/categories',
      'POST /wp-json/wp/v2/posts',
    ]);
    expect(wp.server.requests[5]?.headers['authorization']).toBe(
      `Basic ${Buffer.from(`${WP_USER}:${WP_PASSWORD}`).toString('base64')}`,
    );
    expect(sentJson(wp, 5)).toEqual({
      title: 'Écrire pour être lu',
      content: HTML,
      status: 'draft',
      excerpt: 'How to write articles that people read to the end, with examples.',
      tags: [40, 5],
      categories: [41],
    });
    expect(HTML).toContain('<p>A paragraph with a <a href="https://example.com/a">link</a>.</p>');

    const text = readFileSync(file, 'utf8');
    expect(text).toBe(
      ARTICLE.replace(
        'custom:\n  keep: me # a comment\n',
        'custom:\n  keep: me # a comment\nporte-voix:\n  publications:\n    wordpress:\n' +
          `      site: ${wp.server.origin}\n      id: "42"\n      url: https://blog.example/?p=42\n      status: draft\n`,
      ),
    );
  });

  it('updates the same post when run again, with the new title and status', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const { dir, file } = folder();
    const args = ['post.md', '--to=wordpress', `--url=${wp.server.origin}`, `--user=${WP_USER}`];
    expect((await publish(dir, args)).status).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Écrire pour être lu', 'title: Écrire mieux'));
    const again = await publish(dir, [...args, '--status', 'publish', '--json']);
    expect(again).toEqual({
      status: 0,
      stdout: '{"id":"42","url":"https://blog.example/?p=42","status":"publish"}\n',
      stderr: '',
    });
    const last = wp.server.requests[wp.server.requests.length - 1];
    expect(`${last?.method} ${last?.path}`).toBe('POST /wp-json/wp/v2/posts/42');
    expect(wp.posts.size).toBe(1);
    expect(wp.posts.get('42')).toMatchObject({ title: 'Écrire mieux', status: 'publish' });
    expect(frontMatterOf(file)['porte-voix']).toEqual({
      publications: {
        wordpress: { site: wp.server.origin, id: '42', url: 'https://blog.example/?p=42', status: 'publish' },
      },
    });
    const human = await publish(dir, args);
    expect(human.stdout).toBe('Updated on WordPress as a draft: https://blog.example/?p=42 (id 42)\n');
  });

  it('takes the user from WORDPRESS_USER, and stops with 2 when there is none', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const { dir } = folder();
    const args = ['post.md', '--to', 'wordpress', '--url', wp.server.origin];
    expect((await publish(dir, args, { env: { ...ENV, WORDPRESS_USER: WP_USER } })).status).toBe(0);
    const none = await publish(dir, args);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      'porte-voix: WordPress needs the user name the application password belongs to: add --user NAME, or set WORDPRESS_USER.\n',
    );
  });

  it('says what a refused password means, never prints it, and leaves the file byte for byte', async () => {
    const wp = await started(fakeWordPress(WP_USER, 'the right one 1234'));
    const { dir, file } = folder();
    const args = ['post.md', '--to', 'wordpress', '--url', wp.server.origin, '--user', WP_USER];
    const run = await publish(dir, args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^porte-voix: WordPress refused the application password \(401\).*Users → Profile\.\n$/);
    // The fake repeats the password it was sent in its message: it is redacted, in every form.
    expect(run.stderr).toContain('[secret]');
    const json = await publish(dir, [...args, '--json']);
    expect(json.status).toBe(1);
    const error = (JSON.parse(json.stdout) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('auth');
    expect(error.message).toContain('application password');
    for (const output of [run.stdout, run.stderr, json.stdout, json.stderr]) {
      expect(output).not.toContain(WP_PASSWORD);
      expect(output).not.toContain(WP_PASSWORD.replace(/ /g, ''));
    }
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
  });

  it('says the stored id is in the front matter when the post is gone', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const { dir, file } = folder();
    const args = ['post.md', '--to', 'wordpress', '--url', wp.server.origin, '--user', WP_USER];
    await publish(dir, args);
    wp.posts.clear();
    const before = readFileSync(file, 'utf8');
    const run = await publish(dir, args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('WordPress found nothing there (404)');
    expect(run.stderr).toContain(
      'The stored id (42) is under porte-voix: publications: wordpress: in the front matter of post.md.',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('publishes a new post on another site and keeps one record per blog', async () => {
    const first = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const second = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const { dir, file } = folder();
    await publish(dir, ['post.md', '--to', 'wordpress', '--url', first.server.origin, '--user', WP_USER]);
    await publish(dir, ['post.md', '--to', 'wordpress', '--url', second.server.origin, '--user', WP_USER]);
    expect(second.server.requests.at(-1)?.path).toBe('/wp-json/wp/v2/posts');
    const record = (frontMatterOf(file)['porte-voix'] as { publications: Record<string, { site: string }> })
      .publications;
    expect(record['wordpress']?.site).toBe(second.server.origin);
  });
});

describe('porte-voix publish to Ghost and DEV', () => {
  it('creates a Ghost draft, prints exactly one JSON object, then updates the same post', async () => {
    const ghost = await started(fakeGhost(GHOST_KEY));
    const { dir, file } = folder();
    const args = ['post.md', '--to', 'ghost', '--url', ghost.server.origin, '--json'];
    const run = await publish(dir, args);
    const id = '64aa00000000000000000001';
    expect(run).toEqual({
      status: 0,
      stdout: `{"id":"${id}","url":"https://ghost.example/p/${id}/","status":"draft"}\n`,
      stderr: '',
    });
    expect(sentJson(ghost, 0)).toEqual({
      posts: [
        { title: 'Écrire pour être lu', html: HTML, status: 'draft', tags: [{ name: 'Écriture' }, { name: 'Style' }] },
      ],
    });
    const again = await publish(dir, [...args, '--status', 'publish']);
    expect(JSON.parse(again.stdout)).toEqual({ id, url: `https://ghost.example/p/${id}/`, status: 'publish' });
    expect(ghost.server.requests.slice(1).map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /ghost/api/admin/posts/${id}/`,
      `PUT /ghost/api/admin/posts/${id}/?source=html`,
    ]);
    expect(ghost.posts.size).toBe(1);
    expect((frontMatterOf(file)['porte-voix'] as { publications: unknown }).publications).toEqual({
      ghost: { site: ghost.server.origin, id, url: `https://ghost.example/p/${id}/`, status: 'publish' },
    });
  });

  it('sends DEV the Markdown without front matter, the canonical address and tags it accepts, with the changes on stderr', async () => {
    const forem = await started(fakeForem(DEVTO_KEY));
    const { dir, file } = folder(ARTICLE.replace('canonical_url:', 'canonical:'));
    const args = ['post.md', '--to', 'devto', '--url', forem.server.origin, '--json'];
    const run = await publish(dir, args);
    expect(run.stdout).toBe('{"id":"900","url":"https://dev.example/me/article-900","status":"draft"}\n');
    expect(run.stderr).toBe('porte-voix: Tag "Écriture" was sent as "ecriture".\n');
    expect(forem.server.requests[0]?.headers['api-key']).toBe(DEVTO_KEY);
    expect(sentJson(forem, 0)).toEqual({
      article: {
        title: 'Écrire pour être lu',
        body_markdown: BODY,
        published: false,
        tags: ['ecriture', 'style'],
        canonical_url: 'https://example.com/original',
      },
    });
    expect(BODY.startsWith('# A heading')).toBe(true);
    const again = await publish(dir, [...args, '--status=publish']);
    expect(again.stdout).toBe('{"id":"900","url":"https://dev.example/me/article-900","status":"publish"}\n');
    expect(`${forem.server.requests[1]?.method} ${forem.server.requests[1]?.path}`).toBe('PUT /api/articles/900');
    expect(frontMatterOf(file)['canonical']).toBe('https://example.com/original');
  });

  it('stops with 2 and names the variable when the secret is not in the environment, sending nothing', async () => {
    const forem = await started(fakeForem(DEVTO_KEY));
    const { dir, file } = folder();
    const run = await publish(dir, ['post.md', '--to', 'devto', '--url', forem.server.origin], {
      env: { DEVTO_API_KEY: '  ' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "porte-voix: The DEV API key is missing: set the environment variable DEVTO_API_KEY (export DEVTO_API_KEY='…' in the shell; in CI, a secret variable). It is never read from the command line.\n",
    );
    const json = await publish(dir, ['post.md', '--to', 'ghost', '--url', forem.server.origin, '--json'], { env: {} });
    expect(JSON.parse(json.stdout)).toEqual({
      error: { code: 'config', message: expect.stringContaining('GHOST_ADMIN_API_KEY') as unknown },
    });
    expect(forem.server.requests).toHaveLength(0);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
  });

  it('says when the site cannot be reached, and leaves the file as it was', async () => {
    const origin = await closedOrigin(createServer);
    const { dir, file } = folder();
    const run = await publish(dir, ['post.md', '--to', 'ghost', '--url', origin, '--json']);
    expect(run.status).toBe(1);
    const error = (JSON.parse(run.stdout) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('offline');
    expect(error.message).toMatch(/^Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\): check the network connection/);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
  });

  it('gives every refusal of the blog its code, exit status 1 and the file as it was', async () => {
    const forem = await started(fakeForem(DEVTO_KEY));
    const { dir, file } = folder();
    const answers: [number, Record<string, string>, string][] = [
      [302, { location: 'https://www.dev.example/api/articles' }, 'redirect'],
      [403, {}, 'forbidden'],
      [404, {}, 'not-found'],
      [422, {}, 'invalid'],
      [500, {}, 'server'],
    ];
    for (const [status, headers, code] of answers) {
      forem.override = () => ({ status, headers, json: { error: 'refused', status } });
      const run = await publish(dir, ['post.md', '--to', 'devto', '--url', forem.server.origin, '--json']);
      expect(run.status, code).toBe(1);
      const error = (JSON.parse(run.stdout) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe(code);
      expect(run.stderr).toBe(`porte-voix: ${error.message}\n`);
      expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
    }
  });

  it('reports a blog failure as its message with exit status 1', async () => {
    const forem = await started(fakeForem(DEVTO_KEY));
    forem.override = () => ({ status: 503, body: 'down' });
    const { dir, file } = folder();
    const run = await publish(dir, ['post.md', '--to', 'devto', '--url', forem.server.origin]);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toBe(
      "porte-voix: DEV failed (503): try again later; if it persists, check the site's error log or status page.\n",
    );
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
  });
});

describe('porte-voix publish refuses before sending anything', () => {
  const http: HttpClient = () => Promise.reject(new Error('nothing may be sent'));

  async function refused(article: string, args: string[], name = 'post.md'): Promise<Run & { unchanged: boolean }> {
    const { dir, file } = folder(article, name);
    const run = await publish(dir, [name, ...args], { http });
    return { ...run, unchanged: readFileSync(file, 'utf8') === article };
  }

  const wordpress = ['--to', 'wordpress', '--url', 'https://blog.example', '--user', 'me'];

  it('refuses options that look like a secret, naming the variable and never echoing the value', async () => {
    const run = await refused(ARTICLE, [...wordpress, '--password=hunter2hunter2']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'porte-voix: --password: porte-voix publish never takes a secret on the command line, where the shell history and other users could see it. ' +
        'Set it in the environment variable WORDPRESS_APP_PASSWORD instead (in CI, a secret variable), then run the command without --password.\n',
    );
    for (const option of ['--api-key', '--token', '--key', '--secret', '--app-password']) {
      const other = await refused(ARTICLE, ['--to=devto', option, 'value-of-the-secret']);
      expect(other.status).toBe(2);
      expect(other.stderr).toContain(`${option}: porte-voix publish never takes a secret`);
      expect(other.stderr).toContain('DEVTO_API_KEY');
      expect(other.stderr).not.toContain('value-of-the-secret');
    }
  });

  it('refuses an article without a title', async () => {
    const run = await refused('---\ntags: [a]\n---\n\nJust a paragraph.\n', wordpress);
    expect(run).toMatchObject({ status: 2, stdout: '', unchanged: true });
    expect(run.stderr).toBe(
      'porte-voix: post.md has no title: add title: to its front matter (---, title: …, --- at the top), or start the text with a # heading.\n',
    );
  });

  it('takes the first level-1 heading as the title when the front matter has none', async () => {
    const wp = await started(fakeWordPress('me', WP_PASSWORD));
    const { dir } = folder('Intro line.\n\n# The real title\n\nText.\n');
    const run = await publish(dir, ['post.md', '--to', 'wordpress', '--url', wp.server.origin, '--user', 'me']);
    expect(run.status).toBe(0);
    expect(sentJson(wp, 0)['title']).toBe('The real title');
  });

  it('refuses malformed front matter and leaves the file byte for byte', async () => {
    const broken = await refused('---\ntitle: [unclosed\ntags: a\n---\n\nText.\n', wordpress);
    expect(broken).toMatchObject({ status: 2, unchanged: true });
    expect(broken.stderr).toMatch(/^porte-voix: post\.md: The YAML front matter is not valid \(line \d+\): fix it/);
    const record = await refused('---\ntitle: Hi\nporte-voix: yes\n---\n\nText.\n', wordpress);
    expect(record).toMatchObject({ status: 2, unchanged: true });
    expect(record.stderr).toContain('post.md: The front matter’s “porte-voix” key is not a list of “key: value” lines');
    const tags = await refused('---\ntitle: Hi\ntags: { a: b }\n---\n\nText.\n', wordpress);
    expect(tags).toMatchObject({ status: 2, unchanged: true });
    expect(tags.stderr).toContain('“tags” should be a list');
    const json = await refused('---\ntitle: [unclosed\n---\n\nText.\n', [...wordpress, '--json']);
    expect((JSON.parse(json.stdout) as { error: { code: string } }).error.code).toBe('file');
  });

  it('refuses plain text and HTML files, which have no front matter to keep the id', async () => {
    const run = await refused('Title\n\nText.\n', wordpress, 'post.txt');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('post.txt is plain text: porte-voix publish reads Markdown');
    expect((await refused('<p>x</p>', wordpress, 'post.html')).stderr).toContain('post.html is HTML');
  });

  it('says when the file cannot be read', async () => {
    const { dir } = folder();
    const run = await publish(dir, ['missing.md', ...wordpress], { http });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Cannot open “missing.md”: the file no longer exists');
  });

  it('refuses unclear command lines with exit status 2', async () => {
    const cases: [string[], string][] = [
      [[], 'porte-voix: Give the Markdown file to publish'],
      [['post.md'], 'porte-voix: Say which blog to publish to: --to wordpress, --to ghost, --to devto.'],
      [['post.md', '--to', 'medium'], 'porte-voix: --to=medium is not allowed: use wordpress or ghost or devto.'],
      [['post.md', '--to', 'wordpress', '--user', 'me'], 'porte-voix: --url is required for WordPress'],
      [
        ['post.md', '--to', 'ghost', '--url', 'https://g.example', '--user', 'me'],
        'porte-voix: --user is for WordPress only',
      ],
      [[...wordpress, '--status', 'public'], 'porte-voix: --status=public is not allowed: use draft or publish.'],
      [[...wordpress, '--to', 'ghost'], 'porte-voix: --to is given twice: give it once.'],
      [[...wordpress, '--draft'], 'porte-voix: --draft is not an option of porte-voix publish'],
      [[...wordpress, '--reason'], 'porte-voix: --reason needs a value'],
      [[...wordpress, '--reason', ' '], 'porte-voix: --reason is empty'],
      [[...wordpress, 'other.md'], 'porte-voix: porte-voix publish takes one file'],
      [
        ['post.md', '--to', 'wordpress', '--url', 'http://blog.example', '--user', 'me'],
        'porte-voix: --url: Plain http would send',
      ],
    ];
    const { dir } = folder();
    for (const [args, message] of cases) {
      const run = await publish(dir, args[0] === 'post.md' || args.length === 0 ? args : ['post.md', ...args], {
        http,
      });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.startsWith(message), `${args.join(' ')}: ${run.stderr}`).toBe(true);
    }
    const json = await publish(dir, ['post.md', '--json'], { http });
    expect(JSON.parse(json.stdout)).toEqual({
      error: { code: 'usage', message: 'Say which blog to publish to: --to wordpress, --to ghost, --to devto.' },
    });
  });

  it('prints its usage with --help', async () => {
    const run = await publish(tmpdir(), ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: porte-voix publish FILE --to wordpress\|ghost\|devto --url URL/);
    expect(run.stdout).toContain('WORDPRESS_APP_PASSWORD, GHOST_ADMIN_API_KEY or DEVTO_API_KEY');
  });
});

describe('porte-voix publish checks first', () => {
  /** A project whose style Brand has an error-level rule, version 1.2.0, and an article that breaks it. */
  function project(): { dir: string; file: string } {
    const { dir, file } = folder(ARTICLE.replace('A paragraph with', 'Our porte voix paragraph with'));
    mkdirSync(path.join(dir, 'styles', 'Brand'), { recursive: true });
    writeFileSync(
      path.join(dir, 'styles', 'Brand', 'Product.yml'),
      "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nignorecase: true\nswap:\n  porte voix: Porte-voix\n",
    );
    writeFileSync(path.join(dir, 'styles', 'Brand', 'meta.json'), '{ "version": "1.2.0" }\n');
    writeFileSync(path.join(dir, '.vale.ini'), 'StylesPath = styles\n\n[*.md]\nBasedOnStyles = Brand\n');
    return { dir, file };
  }

  it('refuses error-level findings with the lines check prints, and says how to publish anyway', async () => {
    const ghost = await started(fakeGhost(GHOST_KEY));
    const { dir, file } = project();
    const before = readFileSync(file, 'utf8');
    const run = await publish(dir, ['post.md', '--to', 'ghost', '--url', ghost.server.origin]);
    expect(run).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'porte-voix: post.md has 1 error-level finding, so nothing was published:\n' +
        "post.md:14:5:Brand.Product:Use 'Porte-voix' instead of 'porte voix'.\n" +
        'Fix them, or re-run with --reason "why they are fine" to publish anyway (the reason is recorded in the front matter).\n',
    });
    expect(ghost.server.requests).toHaveLength(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const json = await publish(dir, ['post.md', '--to', 'ghost', '--url', ghost.server.origin, '--json']);
    expect((JSON.parse(json.stdout) as { error: { code: string } }).error.code).toBe('gate');
  });

  it('finds the configuration from the file’s folder when the current folder has none', async () => {
    const { dir } = project();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pv-elsewhere-'));
    const run = await publish(elsewhere, [path.join(dir, 'post.md'), '--to', 'ghost', '--url', 'http://127.0.0.1:9'], {
      http: () => Promise.reject(new Error('nothing may be sent')),
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Brand.Product');
  });

  it('publishes with --reason and records the override with the packs that checked the file', async () => {
    const ghost = await started(fakeGhost(GHOST_KEY));
    const { dir, file } = project();
    const run = await publish(dir, [
      'post.md',
      '--to',
      'ghost',
      '--url',
      ghost.server.origin,
      '--reason',
      'The product name is quoted from a customer.',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'porte-voix: publishing despite 1 error-level finding (--reason):\n' +
        "post.md:14:5:Brand.Product:Use 'Porte-voix' instead of 'porte voix'.\n",
    );
    expect(run.stdout).toMatch(/^Published to Ghost as a draft: /);
    expect((frontMatterOf(file)['porte-voix'] as { overrides: unknown }).overrides).toEqual([
      {
        date: '2026-11-27T10:00:00.000Z',
        action: 'publish',
        reason: 'The product name is quoted from a customer.',
        errors: 1,
        packs: ['Brand@1.2.0'],
      },
    ]);
  });

  it('labels the bundled packs and the built-in checks with the app version', async () => {
    const ghost = await started(fakeGhost(GHOST_KEY));
    const { dir, file } = folder(ARTICLE.replace('A paragraph with', 'Nightjar ships soon, a paragraph with'));
    const rules = fileURLToPath(new URL('../../rules', import.meta.url));
    writeFileSync(
      path.join(dir, '.vale.ini'),
      `StylesPath = ${rules}\n\n[*.md]\nBasedOnStyles = Ethics, PorteVoix\nPorteVoix.Spelling = NO\n`,
    );
    const args = ['post.md', '--to', 'ghost', '--url', ghost.server.origin];
    const refused = await publish(dir, args);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("post.md:14:1:Ethics.CodeNames:'Nightjar' is a confidential code name");
    expect((await publish(dir, [...args, '--reason', 'Announced this morning.'])).status).toBe(0);
    const override = (frontMatterOf(file)['porte-voix'] as { overrides: { packs: string[] }[] }).overrides[0];
    expect(override?.packs).toEqual(['Ethics@9.9.9', 'PorteVoix@9.9.9']);
  }, 60_000);

  it('records no override when --reason is given and nothing is wrong', async () => {
    const ghost = await started(fakeGhost(GHOST_KEY));
    const { dir, file } = folder();
    const run = await publish(dir, [
      'post.md',
      '--to',
      'ghost',
      '--url',
      ghost.server.origin,
      '--reason',
      'just in case',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'porte-voix: no error-level findings, so --reason is not needed and no override is recorded.\n',
    );
    expect(frontMatterOf(file)['porte-voix']).not.toHaveProperty('overrides');
  });
});

describe('porte-voix publish records the post in the file', () => {
  it('says the record still names the post when an update cannot be written', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const { dir, file } = folder();
    const args = ['post.md', '--to', 'wordpress', '--url', wp.server.origin, '--user', WP_USER];
    expect((await publish(dir, args)).status).toBe(0);
    const before = readFileSync(file, 'utf8');
    const full: DocumentFs = {
      ...nodeDocumentFs,
      write: () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })),
    };
    const run = await publish(dir, [...args, '--status', 'publish'], { documentFs: full });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('Updated on WordPress: https://blog.example/?p=42 (id 42)\n');
    expect(run.stderr).toContain(
      'porte-voix: Published, but the record in post.md could not be updated (the disk is full): it still names post 42, so the next publication updates that post.',
    );
    expect(run.stderr).toContain('        status: publish\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('applies the record to the file as it is after publishing, when it was edited meanwhile', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const { dir, file } = folder();
    const edited = ARTICLE.replace('- second\n', '- second\n- added while publishing\n');
    const base = fetchClient(globalThis.fetch, { timeoutMs: 10_000 });
    const http: HttpClient = async (request) => {
      writeFileSync(file, edited);
      return base(request);
    };
    const run = await publish(dir, ['post.md', '--to', 'wordpress', '--url', wp.server.origin, '--user', WP_USER], {
      http,
    });
    expect(run.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('- added while publishing\n');
    expect(text).toContain('porte-voix:\n  publications:\n    wordpress:\n');
  });

  it('adds a front matter to a file without one, keeping the text byte for byte', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const article = '# Title from the heading\r\n\r\nText.\r\n';
    const { dir, file } = folder(article);
    const run = await publish(dir, ['post.md', '--to', 'wordpress', '--url', wp.server.origin, '--user', WP_USER]);
    expect(run.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(
      `---\r\nporte-voix:\r\n  publications:\r\n    wordpress:\r\n      site: ${wp.server.origin}\r\n      id: "40"\r\n` +
        `      url: https://blog.example/?p=40\r\n      status: draft\r\n---\r\n\r\n${article}`,
    );
    expect(splitFrontMatter(text).body).toBe(article);
  });

  it('prints the post and what to add by hand when the file cannot be written (exit status 1)', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const { dir, file } = folder();
    const readOnly: DocumentFs = {
      ...nodeDocumentFs,
      write: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    };
    const args = ['post.md', '--to', 'wordpress', '--url', wp.server.origin, '--user', WP_USER];
    const run = await publish(dir, args, { documentFs: readOnly });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('Published to WordPress as a draft: https://blog.example/?p=42 (id 42)\n');
    expect(run.stderr).toBe(
      "porte-voix: Published, but the post's id could not be saved in post.md (permission denied): publishing it again would create another post. " +
        'Add this to its front matter by hand:\n' +
        `  porte-voix:\n    publications:\n      wordpress:\n        site: ${wp.server.origin}\n        id: "42"\n` +
        '        url: https://blog.example/?p=42\n        status: draft\n',
    );
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
    const json = await publish(dir, [...args, '--json'], { documentFs: readOnly });
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      id: '43',
      url: 'https://blog.example/?p=43',
      status: 'draft',
      error: { code: 'save', message: expect.stringContaining('could not be saved in post.md') as unknown },
    });
  });
});
