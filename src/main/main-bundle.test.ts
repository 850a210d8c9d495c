/**
 * Loads the built main process (out/main/index.js, made by `npm run build`)
 * with a stand-in for `electron`, and checks the security settings it applies.
 */
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, HOST_METHODS } from '../core/host';
import {
  BrowserWindow,
  FakeFrame,
  FakeWebContents,
  ipcMain,
  recorded,
  userData,
} from '../../tests/support/fake-electron';

vi.mock('electron', async () => await import('../../tests/support/fake-electron'));

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = join(root, 'out/main/index.js');

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` before the unit tests.`);
  const main = (await import(/* @vite-ignore */ bundle)) as { ready: Promise<void> };
  await main.ready;
});

function handlerFor(channel: string): (...args: unknown[]) => unknown {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`main registered no handler for ${channel}`);
  return handler;
}

function window(): BrowserWindow {
  expect(BrowserWindow.instances).toHaveLength(1);
  return BrowserWindow.instances[0] as BrowserWindow;
}

describe('the built main process', () => {
  it('creates its window with the secure web preferences and loads the app from app://', () => {
    const w = window();
    expect(w.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    const preload = w.options.webPreferences?.['preload'] as string;
    expect(preload.endsWith(join('out', 'preload', 'index.cjs'))).toBe(true);
    expect(existsSync(preload)).toBe(true);
    expect(w.loadedUrl).toBe('app://porte-voix/index.html');
    expect(recorded.enableSandbox).toBe(1);
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('denies navigation away from the app and opens only safe web links in the browser', () => {
    const contents = window().webContents;
    const navigate = (url: string): boolean => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    recorded.openedExternally.length = 0;
    expect(navigate('app://porte-voix/index.html')).toBe(false);
    expect(navigate('https://example.org/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(navigate('app://evil/index.html')).toBe(true);
    expect(recorded.openedExternally).toEqual(['https://example.org/']);

    const redirect = { preventDefault: vi.fn() };
    contents.emit('will-redirect', redirect, 'https://example.org/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window', () => {
    const open = window().webContents.windowOpenHandler;
    recorded.openedExternally.length = 0;
    for (const url of [
      'https://www.linkedin.com/',
      'app://porte-voix/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(open?.({ url })).toEqual({ action: 'deny' });
    }
    expect(recorded.openedExternally).toEqual(['https://www.linkedin.com/']);
  });

  it('has a File menu whose items send their command to the app’s window only', () => {
    type Item = {
      label?: string;
      role?: string;
      type?: string;
      accelerator?: string;
      registerAccelerator?: boolean;
      click?: (item: unknown, window: unknown) => void;
      submenu?: Item[];
    };
    const file = (recorded.menu as Item[]).find((item) => item.label === 'File');
    const items = file?.submenu ?? [];
    expect(items.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'New',
      'Open…',
      'Save',
      'Save As…',
      'separator',
      'Publish…',
      'separator',
      process.platform === 'darwin' ? 'close' : 'quit',
    ]);
    // Registered (the window leaves these keys to the menu when it has one).
    expect(items.slice(0, 4).map((i) => [i.accelerator, i.registerAccelerator])).toEqual([
      ['CmdOrCtrl+N', undefined],
      ['CmdOrCtrl+O', undefined],
      ['CmdOrCtrl+S', undefined],
      ['CmdOrCtrl+Shift+S', undefined],
    ]);
    const contents = window().webContents;
    contents.sent.length = 0;
    items[3]?.click?.({}, window());
    items[0]?.click?.({}, undefined);
    items[0]?.click?.({}, new EventEmitter());
    items[5]?.click?.({}, window());
    expect(items[5]?.accelerator).toBe('CmdOrCtrl+Shift+P');
    expect(contents.sent).toEqual([
      ['porte-voix:menu', 'saveAs'],
      ['porte-voix:menu', 'publish'],
    ]);
  });

  it('asks before closing a window with unsaved work, and saves through the menu command', () => {
    const contents = window().webContents;
    const closing = (answer: number): { prevented: boolean } => {
      recorded.messageBoxAnswer = answer;
      const event = { preventDefault: vi.fn() };
      contents.emit('will-prevent-unload', event);
      return { prevented: event.preventDefault.mock.calls.length > 0 };
    };
    contents.sent.length = 0;
    recorded.messageBoxes.length = 0;
    // Don't save: the renderer's beforeunload is overridden, the window closes.
    expect(closing(1)).toEqual({ prevented: true });
    // Cancel: the close stays cancelled.
    expect(closing(2)).toEqual({ prevented: false });
    expect(contents.sent).toEqual([]);
    // Save: the close stays cancelled and the window is told to save.
    expect(closing(0)).toEqual({ prevented: false });
    expect(contents.sent).toEqual([['porte-voix:menu', 'save']]);
    expect(recorded.messageBoxes[0]).toMatchObject({ buttons: ['Save', 'Don’t save', 'Cancel'], cancelId: 2 });
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      recorded.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(recorded.permissionCheckHandler?.({}, permission)).toBe(false);
    }
    expect(recorded.devicePermissionHandler?.({})).toBe(false);
  });

  it('serves the built renderer on app://porte-voix only, with the CSP header', async () => {
    const handler = recorded.protocolHandlers.get('app');
    if (!handler) throw new Error('main registered no app:// protocol handler');
    const page = await handler(new Request('app://porte-voix/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await handler(new Request('app://other-host/index.html'))).status).toBe(403);
    // out/main/index.js exists beside out/renderer: no spelling of ".." may reach it.
    for (const escape of ['%2e%2e/main/index.js', '..%2fmain%2findex.js', '%2e%2e%5cmain%5cindex.js']) {
      expect([403, 404], escape).toContain((await handler(new Request(`app://porte-voix/${escape}`))).status);
    }
    expect((await handler(new Request('app://porte-voix/nothing-here.js'))).status).toBe(404);
  });

  describe('IPC', () => {
    const trustedEvent = () => {
      const sender = new FakeWebContents();
      sender.mainFrame = new FakeFrame('app://porte-voix/index.html');
      return { sender, senderFrame: sender.mainFrame };
    };
    const foreignEvents = () => {
      const fromIframe = trustedEvent();
      const iframe = new FakeFrame('app://porte-voix/index.html', fromIframe.sender.mainFrame);
      const fromOtherSite = trustedEvent();
      fromOtherSite.sender.mainFrame.url = 'https://evil.example/';
      const fromDestroyedFrame = trustedEvent();
      const fromFile = trustedEvent();
      fromFile.sender.mainFrame.url = 'file:///tmp/index.html';
      return {
        iframe: { sender: fromIframe.sender, senderFrame: iframe },
        'another site': fromOtherSite,
        'a destroyed frame': { sender: fromDestroyedFrame.sender, senderFrame: null },
        'a file: page': fromFile,
      };
    };
    const validArgs: Record<string, unknown[]> = {
      getAppInfo: [],
      openTextDocument: [],
      saveTextDocument: [{ path: '/nonexistent-dir/x.md', content: 'x' }],
      getSettings: [],
      setSetting: ['theme', 'dark'],
      listRulePacks: [],
      chooseRulePackSource: [],
      importRulePack: [{ path: '/nonexistent-dir/pack.zip' }],
      removeRulePack: ['Team'],
      writeBackup: [{ id: 'test-window-1', content: 'x' }],
      listBackups: [],
      discardBackup: ['test-window-1'],
      getSettingsNotice: [],
      listLibrary: [],
      updateLibraryEntry: [{ path: '/nonexistent-dir/x.md', name: 'x.md', title: 'X', edited: false }],
      forgetLibraryEntry: ['/nonexistent-dir/x.md'],
      openTextDocumentAt: ['/nonexistent-dir/x.md'],
      checkTextDocument: ['/nonexistent-dir/x.md', { mtimeMs: 0, size: 1, sha256: '0'.repeat(64) }],
      getCredentialStorage: [],
      listPublishAccounts: [],
      savePublishAccount: [{ target: 'ghost', url: 'https://blog.example', user: '' }, 'id:00', false],
      forgetPublishAccount: ['ghost'],
      publishDocument: [{ target: 'ghost', title: 'T', html: '<p>x</p>', markdown: 'x', tags: [], status: 'draft' }],
    };

    it('has exactly one handler per host method', () => {
      expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort());
    });

    for (const method of HOST_METHODS) {
      it(`${method} refuses a foreign frame`, async () => {
        const handler = handlerFor(HOST_CHANNELS[method]);
        for (const [what, event] of Object.entries(foreignEvents())) {
          await expect(handler(event, ...(validArgs[method] ?? [])), what).rejects.toThrow(/refused/);
        }
      });
    }

    it('answers the app itself', async () => {
      const info = handlerFor(HOST_CHANNELS.getAppInfo);
      await expect(info(trustedEvent())).resolves.toMatchObject({
        ok: true,
        value: { name: 'Porte-voix', host: 'electron' },
      });
      const set = handlerFor(HOST_CHANNELS.setSetting);
      await expect(set(trustedEvent(), 'theme', 'dark')).resolves.toEqual({
        ok: true,
        value: expect.objectContaining({ uiLanguage: 'system', theme: 'dark' }),
      });
    });

    it('keeps a blog secret only through safeStorage, and asks first when the backend is basic_text', async () => {
      const storage = handlerFor(HOST_CHANNELS.getCredentialStorage);
      await expect(storage(trustedEvent())).resolves.toEqual({
        ok: true,
        value: { available: true, weak: true, backend: 'basic_text' },
      });
      const save = handlerFor(HOST_CHANNELS.savePublishAccount);
      const account = { target: 'devto', url: 'https://dev.to', user: '' };
      const secret = 'devto-secret-4f9a1c';
      await expect(save(trustedEvent(), account, secret, false)).resolves.toMatchObject({
        ok: false,
        error: { code: 'EWEAKSTORAGE' },
      });
      await expect(save(trustedEvent(), account, secret, true)).resolves.toEqual({ ok: true, value: undefined });
      const list = handlerFor(HOST_CHANNELS.listPublishAccounts);
      await expect(list(trustedEvent())).resolves.toEqual({ ok: true, value: [account] });
      const stored = readFileSync(join(userData, 'accounts.json'), 'utf8');
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(Buffer.from(secret).toString('base64'));
      await expect(save(trustedEvent(), account, '', true)).rejects.toThrow(/secret cannot be empty/);
      const forget = handlerFor(HOST_CHANNELS.forgetPublishAccount);
      await expect(forget(trustedEvent(), 'devto')).resolves.toEqual({ ok: true, value: undefined });
      await expect(list(trustedEvent())).resolves.toEqual({ ok: true, value: [] });
    });

    it('refuses arguments outside the contract', async () => {
      const set = handlerFor(HOST_CHANNELS.setSetting);
      await expect(set(trustedEvent(), 'theme', 'purple')).rejects.toThrow(/theme must be/);
      await expect(set(trustedEvent(), '__proto__', 'x')).rejects.toThrow(/unknown setting/);
      const save = handlerFor(HOST_CHANNELS.saveTextDocument);
      await expect(save(trustedEvent(), { content: 1 })).rejects.toThrow(/invalid arguments/);
      await expect(save(trustedEvent(), { content: 'x', path: '/tmp/x', extra: true })).rejects.toThrow(
        /invalid arguments/,
      );
      const info = handlerFor(HOST_CHANNELS.getAppInfo);
      await expect(info(trustedEvent(), 'unexpected')).rejects.toThrow(/expected no arguments/);
    });

    it('reports a failing service as a message for the user', async () => {
      const save = handlerFor(HOST_CHANNELS.saveTextDocument);
      const result = (await save(trustedEvent(), { path: '/nonexistent-dir/notes.md', content: 'x' })) as {
        ok: boolean;
        error: { message: string; code: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('ENOENT');
      expect(result.error.message).toMatch(/Cannot save “notes.md”.*Save As/);
    });
  });
});
