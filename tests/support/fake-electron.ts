/**
 * A stand-in for the `electron` module, for loading the built main bundle in
 * Node: it records what main asks of Electron so tests can check it.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Handler = (...args: unknown[]) => unknown;

export const userData = mkdtempSync(join(tmpdir(), 'porte-voix-main-'));

export const recorded = {
  enableSandbox: 0,
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  openedExternally: [] as string[],
  permissionRequestHandler: undefined as Handler | undefined,
  permissionCheckHandler: undefined as Handler | undefined,
  devicePermissionHandler: undefined as Handler | undefined,
  menu: undefined as unknown,
  /** What `dialog.showMessageBoxSync` was asked, and the button index it answers (set by a test). */
  messageBoxes: [] as unknown[],
  messageBoxAnswer: 0,
  /** What `safeStorage.getSelectedStorageBackend` answers: Linux without a keyring by default, as on CI. */
  storageBackend: 'basic_text' as string,
};

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  mainFrame = new FakeFrame('');
  windowOpenHandler: Handler | undefined;
  /** What main sent to the page (`webContents.send`). */
  sent: unknown[][] = [];
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
}

class FakeApp extends EventEmitter {
  whenReady = async (): Promise<void> => undefined;
  enableSandbox = (): void => {
    recorded.enableSandbox += 1;
  };
  getPath = (_name: string): string => userData;
  getVersion = (): string => '0.0.0-test';
  getLocale = (): string => 'en-US';
  quit = (): void => undefined;
  exit = (code?: number): void => {
    throw new Error(`app.exit(${code}) called: main failed to start`);
  };
}

export const app = new FakeApp();

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return null;
  }
  webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  constructor(public options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
  }
  show(): void {}
}

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
  on(channel: string): void {
    throw new Error(`main registered a raw ipcMain.on(${channel}) listener`);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Handler): void {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler): void {
      recorded.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: Handler): void {
      recorded.devicePermissionHandler = handler;
    },
  },
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    recorded.openedExternally.push(url);
  },
};

export const dialog = {
  async showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    return { canceled: true, filePaths: [] };
  },
  async showSaveDialog(): Promise<{ canceled: boolean; filePath: string }> {
    return { canceled: true, filePath: '' };
  },
  showMessageBoxSync(_window: unknown, options: unknown): number {
    recorded.messageBoxes.push(options);
    return recorded.messageBoxAnswer;
  },
};

/** Encrypts by XOR with a fixed byte behind a `v11` prefix: reversible, and never the plain text. */
function scramble(bytes: Buffer): Buffer {
  return Buffer.from(bytes.map((byte) => byte ^ 0x5a));
}

export const safeStorage = {
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    return true;
  },
  getSelectedStorageBackend(): string {
    return recorded.storageBackend;
  },
  async encryptStringAsync(plainText: string): Promise<Buffer> {
    return Buffer.concat([Buffer.from('v11'), scramble(Buffer.from(plainText, 'utf8'))]);
  },
  async decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    return { shouldReEncrypt: false, result: scramble(encrypted.subarray(3)).toString('utf8') };
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown): unknown => template,
  setApplicationMenu(menu: unknown): void {
    recorded.menu = menu;
  },
};

export default { app, BrowserWindow, ipcMain, protocol, session, shell, dialog, Menu, safeStorage };
