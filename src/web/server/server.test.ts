import { DEFAULT_SETTINGS } from '../../core/host-schema';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWebHostServer, WEB_HOST_SCRIPT_PATH } from './server';

const root = mkdtempSync(join(tmpdir(), 'pv-web-'));
const rendererRoot = join(root, 'renderer');
mkdirSync(rendererRoot);
writeFileSync(join(rendererRoot, 'index.html'), '<head><script type="module" src="./app.js"></script></head>');
writeFileSync(join(root, 'web-host.js'), 'window.porteVoix = {};');
const dataDir = join(root, 'data');

const server = createWebHostServer({
  rendererRoot,
  webHostScript: join(root, 'web-host.js'),
  dataDir,
  appInfo: { name: 'Porte-voix', version: '0.0.0-test', platform: 'linux', locale: 'fr-FR' },
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function api(method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/__porte-voix/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base, ...headers },
    body: JSON.stringify(body),
  });
}

describe('web test host', () => {
  it('serves the renderer with the host script before the app and the CSP header', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toBe(
      `<head><script src="${WEB_HOST_SCRIPT_PATH}"></script>\n    <script type="module" src="./app.js"></script></head>`,
    );
    expect(await (await fetch(`${base}${WEB_HOST_SCRIPT_PATH}`)).text()).toBe('window.porteVoix = {};');
  });

  it('implements the host contract with the desktop services', async () => {
    const info = await (await api('getAppInfo', { args: [] })).json();
    expect(info).toEqual({
      ok: true,
      value: { name: 'Porte-voix', version: '0.0.0-test', platform: 'linux', locale: 'fr-FR', host: 'web' },
    });
    expect(await (await api('setSetting', { args: ['uiLanguage', 'fr'] })).json()).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, uiLanguage: 'fr' },
    });
  });

  it('saves and opens files in its documents folder, never outside', async () => {
    const saved = await (await api('saveTextDocument', { args: [{ content: '# Hello' }], dialog: 'post.md' })).json();
    expect(saved).toEqual({
      ok: true,
      value: {
        canceled: false,
        path: join(dataDir, 'documents', 'post.md'),
        name: 'post.md',
        stamp: expect.objectContaining({ sha256: expect.any(String) }),
      },
    });
    expect(readFileSync(join(dataDir, 'documents', 'post.md'), 'utf8')).toBe('# Hello');
    const opened = (await (await api('openTextDocument', { args: [], dialog: 'post.md' })).json()) as {
      value: { file: { content: string } };
    };
    expect(opened.value.file.content).toBe('# Hello');
    expect(await (await api('openTextDocument', { args: [], dialog: null })).json()).toEqual({
      ok: true,
      value: { canceled: true },
    });
    const outside = (await (await api('openTextDocument', { args: [], dialog: '../../etc/passwd' })).json()) as {
      ok: boolean;
      error: { message: string };
    };
    expect(outside.ok).toBe(false);
    expect(outside.error.message).toMatch(/outside the web host's documents folder/);
  });

  it('keeps the drafts library, and opens and checks library paths only in its documents folder', async () => {
    const path = join(dataDir, 'documents', 'library-post.md');
    const saved = (await (
      await api('saveTextDocument', { args: [{ content: '# Drafts' }], dialog: 'library-post.md' })
    ).json()) as { value: { stamp: unknown } };
    const entry = { path, name: 'library-post.md', title: 'Drafts', edited: true };
    expect(await (await api('updateLibraryEntry', { args: [entry] })).json()).toEqual({ ok: true });
    const listed = (await (await api('listLibrary', { args: [] })).json()) as { value: { path: string }[] };
    expect(listed.value[0]).toMatchObject({ path, name: 'library-post.md', title: 'Drafts' });
    expect(readFileSync(join(dataDir, 'library.json'), 'utf8')).toContain('library-post.md');

    const opened = (await (await api('openTextDocumentAt', { args: [path] })).json()) as {
      value: { content: string };
    };
    expect(opened.value.content).toBe('# Drafts');
    expect(await (await api('checkTextDocument', { args: [path, saved.value.stamp] })).json()).toEqual({
      ok: true,
      value: { changed: false, missing: false },
    });
    writeFileSync(path, '# Changed elsewhere');
    expect(await (await api('checkTextDocument', { args: [path, saved.value.stamp] })).json()).toEqual({
      ok: true,
      value: { changed: true, missing: false },
    });

    for (const outside of ['/etc/passwd', join(dataDir, 'settings.json'), join(dataDir, 'documents', '..', 'x.md')]) {
      const refused = (await (await api('openTextDocumentAt', { args: [outside] })).json()) as {
        ok: boolean;
        error: { message: string };
      };
      expect(refused.ok, outside).toBe(false);
      expect(refused.error.message).toMatch(/outside the web host's documents folder/);
    }
    expect((await api('openTextDocumentAt', { args: ['relative.md'] })).status).toBe(400);
    expect((await api('updateLibraryEntry', { args: [{ ...entry, caret: { block: -1, offset: 0 } }] })).status).toBe(
      400,
    );

    expect(await (await api('forgetLibraryEntry', { args: [path] })).json()).toEqual({ ok: true });
    expect(await (await api('listLibrary', { args: [] })).json()).toEqual({ ok: true, value: [] });
  });

  it('refuses other sites, other hosts and arguments outside the contract', async () => {
    expect((await api('getSettings', { args: [] }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('getSettings', { args: [] }, { Origin: '' })).status).toBe(403);
    // fetch cannot forge Host (DNS rebinding does): use a raw request.
    const rebound = await new Promise<number>((resolve, reject) => {
      const r = request(`${base}/`, { headers: { Host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0));
      r.on('error', reject);
      r.end();
    });
    expect(rebound).toBe(421);
    expect((await api('setSetting', { args: ['theme', 'purple'] })).status).toBe(400);
    expect((await api('nope', { args: [] })).status).toBe(404);
    expect((await api('getSettings', { args: 'x' })).status).toBe(400);
    const notJson = await fetch(`${base}/__porte-voix/api/getSettings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: '{',
    });
    expect(notJson.status).toBe(400);
    expect((await fetch(`${base}/%2e%2e/data/settings.json`)).status).not.toBe(200);
  });

  it('imports a rule pack the user picked in its documents folder, and removes it', async () => {
    const zip = join(dataDir, 'documents', 'team.zip');
    writeFileSync(zip, zipSync({ Team: { 'Rule.yml': strToU8('extends: existence\nmessage: x\ntokens: [a]\n') } }));
    // Only a pack the user picked: a path the page names itself is refused.
    const unpicked = (await (await api('importRulePack', { args: [{ path: zip }] })).json()) as {
      ok: false;
      error: { code: string };
    };
    expect(unpicked.error.code).toBe('ENOTCHOSEN');
    expect(await (await api('chooseRulePackSource', { args: [], dialog: 'team.zip' })).json()).toEqual({
      ok: true,
      value: { canceled: false, path: zip },
    });
    expect(await (await api('importRulePack', { args: [{ path: zip }] })).json()).toEqual({
      ok: true,
      value: { name: 'Team', rules: 1, replaced: false },
    });
    const listed = (await (await api('listRulePacks', { args: [] })).json()) as {
      value: { packs: { name: string }[] };
    };
    expect(listed.value.packs.map((p) => p.name)).toEqual(['Team']);
    expect(await (await api('removeRulePack', { args: ['Team'] })).json()).toEqual({ ok: true });
    expect(readdirSync(join(dataDir, 'packs'))).toEqual([]);
    expect((await api('removeRulePack', { args: ['../documents'] })).status).toBe(400);
  });
});

describe('web test host settings file', () => {
  it('has no notice for a sound settings file', async () => {
    expect(await (await api('getSettingsNotice', { args: [] })).json()).toEqual({ ok: true });
  });

  it('keeps a corrupt settings file aside and gives the notice through the host contract', async () => {
    const corruptDir = mkdtempSync(join(tmpdir(), 'pv-web-corrupt-'));
    writeFileSync(join(corruptDir, 'settings.json'), '{ "theme": ');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const other = createWebHostServer({
      rendererRoot,
      webHostScript: join(root, 'web-host.js'),
      dataDir: corruptDir,
      appInfo: { name: 'Porte-voix', version: '0.0.0-test', platform: 'linux', locale: 'en-US' },
    });
    warn.mockRestore();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      const response = await fetch(`${otherBase}/__porte-voix/api/getSettingsNotice`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: otherBase },
        body: JSON.stringify({ args: [] }),
      });
      const result = (await response.json()) as { ok: true; value: string };
      const aside = readdirSync(corruptDir).find((name) => name.startsWith('settings.corrupt-'));
      expect(aside).toMatch(/^settings\.corrupt-.+\.json$/);
      expect(readFileSync(join(corruptDir, aside ?? ''), 'utf8')).toBe('{ "theme": ');
      expect(result.value).toContain(join(corruptDir, aside ?? ''));
      expect(result.value).toMatch(/reset to their defaults/);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
