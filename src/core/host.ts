/**
 * The one typed contract between the user interface and whatever hosts it:
 * the Electron main process (through the `porteVoix` object the preload puts on the page) or the
 * test host behind `npm run web`. The renderer never touches the disk or the
 * network itself: it asks the host.
 *
 * Every method is asynchronous and rejects with a `HostError` whose message is
 * written for the user (it names the file and the cause, and says what to do).
 */

import type { PublishStatus, PublishTarget } from './publish/targets';
import type { TargetOverrides } from './scorecard/targets';

export type { PublishStatus, PublishTarget } from './publish/targets';

export type UiLanguage = 'system' | 'en' | 'fr';
export type Theme = 'system' | 'light' | 'dark';

export interface AppInfo {
  name: string;
  version: string;
  /** Node's `process.platform` of the host (`linux`, `darwin`, `win32`, ...). */
  platform: string;
  /** Which host serves the UI. */
  host: 'electron' | 'web';
  /** BCP 47 locale of the operating system, for the UI language and number formats. */
  locale: string;
}

export interface TextDocumentFile {
  /** Absolute path on the host's disk. */
  path: string;
  /** File name without folders, for the window title. */
  name: string;
  content: string;
  /** What was on disk when the file was read, to tell later whether someone else changed it. */
  stamp?: { mtimeMs: number; size: number; sha256: string };
}

export type OpenTextDocumentResult = { canceled: true } | { canceled: false; file: TextDocumentFile };

export interface SaveTextDocumentRequest {
  /** Where to save. Absent: the host asks the user (Save As). */
  path?: string;
  /** Offered to the user when the host asks where to save. */
  suggestedName?: string;
  content: string;
}

export type SaveTextDocumentResult =
  | { canceled: true }
  | {
      canceled: false;
      path: string;
      name: string;
      /** What is on disk after the save, to tell later whether someone else changed it. */
      stamp?: { mtimeMs: number; size: number; sha256: string };
    };

/** The channels a text can be written for. */
export type ChannelSetting = 'linkedin' | 'x' | 'mastodon' | 'blog';

export interface Settings {
  uiLanguage: UiLanguage;
  theme: Theme;
  /** The channel new documents are written for (and the one picked last). */
  channel: ChannelSetting;
  /** Rules turned off, as `Style.Rule`. */
  disabledRules: string[];
  /** The user's own words: accepted by spelling and by rule packs' vocabulary exceptions. */
  vocabulary: string[];
  /** Hemingway-style highlighting of hard and very hard sentences. */
  highlightHardSentences: boolean;
  /** The user's readability targets per channel; what is absent keeps its default. */
  readabilityTargets: TargetOverrides;
  /** Rule packs turned off, by pack name (bundled or the user's). */
  disabledPacks: string[];
}

export type SettingKey = keyof Settings;

/** One rule file of a user's rule pack. */
export interface RulePackFile {
  /** `<Pack>/<Rule>.yml`, as shown in messages. */
  file: string;
  text: string;
}

/** A rule pack from the user's packs folder (a Vale style: one YAML file per rule). */
export interface UserRulePack {
  name: string;
  /** From the pack's `meta.json` (`{ "version": "1.2.0" }`), when it has one. */
  version?: string;
  files: RulePackFile[];
}

export interface UserRulePacks {
  /** Where the packs live: one folder per pack. */
  folder: string;
  packs: UserRulePack[];
  /** Files or folders that could not be read, each naming the file and the cause. */
  problems: string[];
}

/**
 * A user rule pack's name (it names a folder): letters, digits, hyphens and underscores, 1 to 64
 * of them. Letters may carry accents, composed or not (macOS may give a folder's name decomposed).
 */
export const RULE_PACK_NAME_PATTERN = /^[\p{L}\p{M}\p{N}_-]{1,64}$/u;

/** What the user picked to import as a rule pack: a folder of rules or a `.zip` of one. */
export type ChooseRulePackSourceResult = { canceled: true } | { canceled: false; path: string };

/** A rule pack to import: a path the user picked with `chooseRulePackSource`. */
export interface RulePackSource {
  path: string;
}

/** What an import did. */
export interface ImportedRulePack {
  /** The pack's name: its folder's, or the `.zip`'s when the rules are at the archive's root. */
  name: string;
  /** Rule files copied (the engine reports the ones with mistakes when it loads them). */
  rules: number;
  /** A user pack of this name was there, and the import replaced it. */
  replaced: boolean;
}

/**
 * A copy of a window's unsaved document (hot exit): written while the user
 * types, offered back at the next start if the app closed before a save.
 */
export interface DocumentBackup {
  /** The window's backup id, made once per window: `[a-z0-9-]{8,64}`. */
  id: string;
  /** The document's file name, when it has one. */
  name?: string;
  /** The document's file path, when it has one. */
  path?: string;
  /** The document as Markdown, front matter included: what Save would write. */
  content: string;
}

/** A backup as the host keeps it, with the time it was written. */
export interface StoredDocumentBackup extends DocumentBackup {
  /** When it was written, as an ISO 8601 date and time. */
  savedAt: string;
}

/** What was on disk when a document was read or written (see `TextDocumentFile.stamp`). */
export type DocumentStamp = NonNullable<TextDocumentFile['stamp']>;

/** Whether a document's file is still what the editor read or wrote (`checkTextDocument`). */
export interface DocumentDiskState {
  /** The file's content is no longer the stamp's, or the file is gone. */
  changed: boolean;
  /** The file is gone: deleted, moved, or replaced by a folder. */
  missing: boolean;
}

/** The readability score a library entry shows: the document language's main one, with its findings. */
export interface LibraryScore {
  /** Flesch reading ease (English) or Kandel–Moles (French). */
  name: 'fleschReadingEase' | 'kandelMoles';
  value: number;
  errors: number;
  warnings: number;
}

/** What the renderer tells the drafts library about a document it opened, saved or edited. */
export interface LibraryEntryUpdate {
  /** Absolute path of the document: one entry per path. */
  path: string;
  /** File name, without folders. */
  name: string;
  /** From the front matter or the first heading; empty when the document has neither. */
  title: string;
  channel?: ChannelSetting;
  language?: 'en' | 'fr';
  score?: LibraryScore;
  /** Where the caret was: the index of its block among the document's blocks, and its offset in that block's text. */
  caret?: { block: number; offset: number };
  /** How far the page was scrolled, in CSS pixels. */
  scroll?: number;
  /** The text changed (typed or saved): the entry's last edit becomes now. Opening a document does not count. */
  edited: boolean;
}

/** One document of the drafts library, as the host keeps it. */
export interface LibraryEntry extends Omit<LibraryEntryUpdate, 'edited'> {
  /** When the text last changed, as far as Porte-voix knows (ISO 8601). */
  editedAt: string;
  /** When the document was last opened, saved or edited (ISO 8601): the order of recent documents. */
  usedAt: string;
}

/** A blog account the user set up for publishing (one per blog). The secret stays in the host. */
export interface PublishAccount {
  target: PublishTarget;
  /** The site address (dev.to: https://dev.to, or another Forem instance). */
  url: string;
  /** The WordPress user name; empty for Ghost and dev.to. */
  user: string;
}

/** How the host keeps publishing secrets (Electron's safeStorage on the desktop). */
export interface CredentialStorageInfo {
  /** Secrets can be encrypted here; when false, publishing accounts cannot be saved. */
  available: boolean;
  /**
   * The operating system offers no keyring, only a key built into the app (Electron's `basic_text` backend on
   * Linux): any program of this user can read the secrets. The UI says so and asks before storing one.
   */
  weak: boolean;
  /** The backend's name, for the user (`gnome_libsecret`, `kwallet5`, `basic_text`, `Keychain`, ...). */
  backend: string;
}

/** What to publish: the document as the blogs take it. The host adds the account and its secret. */
export interface PublishRequest {
  target: PublishTarget;
  title: string;
  /** The body as an HTML fragment (WordPress, Ghost). */
  html: string;
  /** The body as Markdown, without front matter (dev.to). */
  markdown: string;
  /** The meta description. */
  excerpt?: string;
  tags: string[];
  status: PublishStatus;
  /** dev.to's canonical URL. */
  canonicalUrl?: string;
  /** The post this document was published as on this account's site (from its front matter): it is updated. */
  id?: string;
  /**
   * The featured image (the front matter's `image:`): `path` as written, relative to the folder of the saved document
   * at `documentPath`. The host reads it (WordPress and Ghost take it; DEV's outcome warns it was not sent).
   */
  image?: { documentPath: string; path: string };
  /**
   * SHA-256 of the featured image the post got at its last publication (its record's `image_sha256`): the same image
   * is not uploaded again, and an update without `image` takes it off the post.
   */
  previousImageSha256?: string;
}

/** What a publication gave: the blog's id, address and status of the post. */
export interface PublishOutcome {
  /** The site the post lives on (the account's address). */
  site: string;
  id: string;
  url: string;
  status: string;
  /** What the blog changed (e.g. tags dropped), for the user to see. */
  warnings: string[];
  /** SHA-256 of the featured image the post now has from Porte-voix (WordPress, Ghost), for the publication record. */
  imageSha256?: string;
}

export interface PorteVoixHost {
  getAppInfo(): Promise<AppInfo>;
  openTextDocument(): Promise<OpenTextDocumentResult>;
  saveTextDocument(request: SaveTextDocumentRequest): Promise<SaveTextDocumentResult>;
  getSettings(): Promise<Settings>;
  setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<Settings>;
  /** The user's rule packs, from the app's data folder. */
  listRulePacks(): Promise<UserRulePacks>;
  /** Asks the user for a rule pack to import: a folder of rules or a `.zip` (a native dialog). */
  chooseRulePackSource(): Promise<ChooseRulePackSourceResult>;
  /**
   * Copies a pack the user picked with `chooseRulePackSource` into the packs folder, replacing
   * a user pack of the same name. A failed import changes nothing.
   */
  importRulePack(source: RulePackSource): Promise<ImportedRulePack>;
  /** Deletes one of the user's packs (never a bundled one) from the packs folder. */
  removeRulePack(name: string): Promise<void>;
  /** Writes (or replaces) the backup of one window's unsaved document (hot exit). */
  writeBackup(backup: DocumentBackup): Promise<void>;
  /** Every backup kept, newest first; unreadable or corrupt ones are left out. */
  listBackups(): Promise<StoredDocumentBackup[]>;
  /** Deletes a backup (nothing happens when there is none with this id). */
  discardBackup(id: string): Promise<void>;
  /**
   * What the host has to tell the user about the settings file, once it has
   * opened it: that a corrupt file was kept aside and the settings reset
   * (in English, naming the file). Undefined when all is well.
   */
  getSettingsNotice(): Promise<string | undefined>;
  /** Every document of the drafts library, the most recently used first; the first 10 are the recent documents. */
  listLibrary(): Promise<LibraryEntry[]>;
  /** Adds or replaces the library entry of a document (by path). */
  updateLibraryEntry(entry: LibraryEntryUpdate): Promise<void>;
  /** Removes a document from the library (never the file itself); nothing happens when it is not there. */
  forgetLibraryEntry(path: string): Promise<void>;
  /** Opens the document at a path the UI knows (the library, recent documents), without asking the user. */
  openTextDocumentAt(path: string): Promise<TextDocumentFile>;
  /** Whether the file at `path` is still what `stamp` describes (someone else may have changed, moved or deleted it). */
  checkTextDocument(path: string, stamp: DocumentStamp): Promise<DocumentDiskState>;
  /** How publishing secrets would be kept: whether encryption is available, and whether it is weak. */
  getCredentialStorage(): Promise<CredentialStorageInfo>;
  /** The blog accounts set up, without their secrets. */
  listPublishAccounts(): Promise<PublishAccount[]>;
  /**
   * Keeps a blog account and its secret, encrypted (replacing the account of that blog). Refuses with code
   * `EWEAKSTORAGE` when the storage is weak and `acceptWeakStorage` is false, and with `ENOENCRYPTION` when
   * nothing can encrypt it: a secret is never written in plain text.
   */
  savePublishAccount(account: PublishAccount, secret: string, acceptWeakStorage: boolean): Promise<void>;
  /** Deletes a blog account and its secret; nothing happens when there is none. */
  forgetPublishAccount(target: PublishTarget): Promise<void>;
  /** Publishes to the account of `request.target`. Failures name the cause and the fix; nothing is kept locally. */
  publishDocument(request: PublishRequest): Promise<PublishOutcome>;
}

export type HostMethod = keyof PorteVoixHost;

/** A command of the native File menu, which the window carries out as its own buttons and shortcuts do. */
export type MenuCommand = 'new' | 'open' | 'save' | 'saveAs' | 'publish';

export const MENU_COMMANDS: readonly MenuCommand[] = ['new', 'open', 'save', 'saveAs', 'publish'];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The channel on which main sends menu commands to the app's window (main to renderer only). */
export const MENU_CHANNEL = 'porte-voix:menu';

/**
 * The native menu, in the desktop app only (the web host has none): not a
 * request to the host but a subscription to what the user picks in it.
 */
export interface PorteVoixMenu {
  /** Calls `listener` with each command picked in the menu; returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** What the preload (or the web host's script) puts on the page, as the global `porteVoix`. */
export type PorteVoixApi = PorteVoixHost & Partial<PorteVoixMenu>;

/** The IPC channel of each host method. The preload and main share this table. */
export const HOST_CHANNELS = {
  getAppInfo: 'porte-voix:app:info',
  openTextDocument: 'porte-voix:documents:open',
  saveTextDocument: 'porte-voix:documents:save',
  getSettings: 'porte-voix:settings:get',
  setSetting: 'porte-voix:settings:set',
  listRulePacks: 'porte-voix:rule-packs:list',
  chooseRulePackSource: 'porte-voix:rule-packs:choose-source',
  importRulePack: 'porte-voix:rule-packs:import',
  removeRulePack: 'porte-voix:rule-packs:remove',
  writeBackup: 'porte-voix:backups:write',
  listBackups: 'porte-voix:backups:list',
  discardBackup: 'porte-voix:backups:discard',
  getSettingsNotice: 'porte-voix:settings:notice',
  listLibrary: 'porte-voix:library:list',
  updateLibraryEntry: 'porte-voix:library:update',
  forgetLibraryEntry: 'porte-voix:library:forget',
  openTextDocumentAt: 'porte-voix:documents:open-at',
  checkTextDocument: 'porte-voix:documents:check',
  getCredentialStorage: 'porte-voix:publishing:credential-storage',
  listPublishAccounts: 'porte-voix:publishing:accounts',
  savePublishAccount: 'porte-voix:publishing:save-account',
  forgetPublishAccount: 'porte-voix:publishing:forget-account',
  publishDocument: 'porte-voix:publishing:publish',
} as const satisfies Record<HostMethod, string>;

export const HOST_METHODS = Object.keys(HOST_CHANNELS) as HostMethod[];

/** An error meant for the user: `message` names the cause and the fix. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/** How a host method's outcome crosses a process boundary (IPC or HTTP). */
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: { message: string; code: string } };

/** Turns a thrown error into the user-facing failure of a HostResult. */
export function hostFailure(error: unknown): { ok: false; error: { message: string; code: string } } {
  if (error instanceof HostError) return { ok: false, error: { message: error.message, code: error.code } };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    error: {
      message: `Something went wrong in Porte-voix (${detail}). Your text is still in the editor; try again.`,
      code: 'EINTERNAL',
    },
  };
}

/** Unwraps a HostResult: the value, or a HostError with the host's message. */
export function unwrapHostResult<T>(result: HostResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.message, result.error.code);
}
