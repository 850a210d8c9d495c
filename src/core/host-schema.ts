import * as v from 'valibot';
import type {
  DocumentBackup,
  PublishAccount,
  PublishRequest,
  PublishTarget,
  DocumentStamp,
  LibraryEntryUpdate,
  RulePackSource,
  SaveTextDocumentRequest,
  SettingKey,
  Settings,
} from './host';
import { RULE_PACK_NAME_PATTERN } from './host';
import { PUBLISH_STATUSES, PUBLISH_TARGETS } from './publish/targets';

/** Limits shared by every host: the UI cannot ask for more than this. */
export const MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;
const MAX_PATH_CHARS = 4096;

const pathSchema = v.pipe(
  v.string('a file path must be text'),
  v.minLength(1, 'a file path cannot be empty'),
  v.maxLength(MAX_PATH_CHARS, 'a file path is limited to 4,096 characters'),
  v.check((p) => !p.includes('\0'), 'a file path cannot contain a NUL character'),
);

export const saveTextDocumentRequestSchema = v.strictObject(
  {
    path: v.optional(pathSchema),
    suggestedName: v.optional(v.pipe(v.string(), v.maxLength(255, 'a file name is limited to 255 characters'))),
    content: v.pipe(
      v.string('the document content must be text'),
      v.maxLength(MAX_DOCUMENT_CHARS, 'a document is limited to 10 MB of text'),
    ),
  },
  (issue) => `unexpected field ${String(issue.input)}`,
);

/** A window's backup id: lowercase letters, digits and hyphens, 8 to 64 of them (it names a file). */
export const BACKUP_ID_PATTERN = /^[a-z0-9-]{8,64}$/;

/** A backup id, as sent by the renderer. */
export const backupIdSchema = v.pipe(
  v.string('a backup id must be text'),
  v.regex(BACKUP_ID_PATTERN, 'a backup id is 8 to 64 lowercase letters, digits or hyphens'),
);

/** The argument of `writeBackup`: a window's unsaved document. */
export const documentBackupSchema = v.strictObject(
  {
    id: backupIdSchema,
    name: v.optional(
      v.pipe(v.string('a file name must be text'), v.maxLength(255, 'a file name is limited to 255 characters')),
    ),
    path: v.optional(pathSchema),
    content: v.pipe(
      v.string('the document content must be text'),
      v.maxLength(MAX_DOCUMENT_CHARS, 'a document is limited to 10 MB of text'),
    ),
  },
  (issue) => `unexpected field ${String(issue.input)}`,
);

/** A path given by the UI to open or check a document without a dialog: the save path's rules, and absolute. */
export const documentPathSchema = v.pipe(
  pathSchema,
  v.check(
    (p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'),
    'a file path must be absolute',
  ),
);

/** What was on disk when a document was read or written (`TextDocumentFile.stamp`). */
export const documentStampSchema = v.strictObject(
  {
    mtimeMs: v.pipe(v.number('mtimeMs must be a number'), v.finite('mtimeMs must be finite'), v.minValue(0)),
    size: v.pipe(v.number('size must be a number'), v.safeInteger('size must be an integer'), v.minValue(0)),
    sha256: v.pipe(v.string('sha256 must be text'), v.regex(/^[0-9a-f]{64}$/, 'sha256 is 64 hexadecimal digits')),
  },
  (issue) => `unexpected stamp field ${String(issue.input)}`,
);

/** The drafts library keeps at most this many documents (the least recently used are dropped). */
export const MAX_LIBRARY_ENTRIES = 500;

const count = (what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.safeInteger(`${what} must be a whole number`),
    v.minValue(0, `${what} cannot be negative`),
    v.maxValue(100_000_000, `${what} is too large`),
  );

/** The argument of `updateLibraryEntry`: what the UI knows about a document it opened, saved or edited. */
export const libraryEntryUpdateSchema = v.strictObject(
  {
    path: documentPathSchema,
    name: v.pipe(
      v.string('a file name must be text'),
      v.minLength(1, 'a file name cannot be empty'),
      v.maxLength(255, 'a file name is limited to 255 characters'),
    ),
    title: v.pipe(v.string('a title must be text'), v.maxLength(500, 'a title is limited to 500 characters')),
    channel: v.exactOptional(
      v.picklist(['linkedin', 'x', 'mastodon', 'blog'], 'the channel must be linkedin, x, mastodon or blog'),
    ),
    language: v.exactOptional(v.picklist(['en', 'fr'], 'the language must be en or fr')),
    score: v.exactOptional(
      v.strictObject(
        {
          name: v.picklist(['fleschReadingEase', 'kandelMoles'], 'the score must be fleschReadingEase or kandelMoles'),
          value: v.pipe(
            v.number('a score must be a number'),
            v.finite('a score must be a finite number'),
            v.minValue(-1000, 'a score is at least -1000'),
            v.maxValue(1000, 'a score is at most 1000'),
          ),
          errors: count('the number of errors'),
          warnings: count('the number of warnings'),
        },
        (issue) => `unexpected score field ${String(issue.input)}`,
      ),
    ),
    caret: v.exactOptional(
      v.strictObject(
        { block: count('the caret’s block'), offset: count('the caret’s offset') },
        (issue) => `unexpected caret field ${String(issue.input)}`,
      ),
    ),
    scroll: v.exactOptional(
      v.pipe(
        v.number('the scroll position must be a number'),
        v.finite('the scroll position must be finite'),
        v.minValue(0, 'the scroll position cannot be negative'),
        v.maxValue(100_000_000, 'the scroll position is too large'),
      ),
    ),
    edited: v.boolean('edited must be true or false'),
  },
  (issue) => `unexpected field ${String(issue.input)}`,
);

/** The argument of `removeRulePack`. */
export const rulePackNameSchema = v.pipe(
  v.string('a rule pack name must be text'),
  v.regex(RULE_PACK_NAME_PATTERN, 'a rule pack name is 1 to 64 letters, digits, hyphens or underscores'),
);

/** The argument of `importRulePack`: a folder or a `.zip` the user picked. */
export const rulePackSourceSchema = v.strictObject(
  { path: pathSchema },
  (issue) => `unexpected field ${String(issue.input)}`,
);

/** At most this many entries in a settings list (rules turned off, vocabulary). */
export const MAX_SETTING_LIST = 5000;

const wordList = (what: string) =>
  v.pipe(
    v.array(
      v.pipe(
        v.string(`each ${what} must be text`),
        v.minLength(1, `an empty ${what} is not allowed`),
        v.maxLength(200, `a ${what} is limited to 200 characters`),
      ),
      `the ${what}s must be a list`,
    ),
    v.maxLength(MAX_SETTING_LIST, `at most ${MAX_SETTING_LIST} ${what}s`),
  );

/** A readability target: a finite number within what the scores can reach. */
const targetLimit = v.pipe(
  v.number('a readability target must be a number'),
  v.finite('a readability target must be a finite number'),
  v.minValue(-100, 'a readability target is at least -100'),
  v.maxValue(200, 'a readability target is at most 200'),
);

const channelTargetsSchema = v.strictObject(
  {
    en: v.exactOptional(
      v.strictObject(
        { minFleschReadingEase: v.exactOptional(targetLimit), maxFleschKincaidGrade: v.exactOptional(targetLimit) },
        (issue) => `unexpected English target ${String(issue.input)}`,
      ),
    ),
    fr: v.exactOptional(
      v.strictObject(
        { minKandelMoles: v.exactOptional(targetLimit), maxLix: v.exactOptional(targetLimit) },
        (issue) => `unexpected French target ${String(issue.input)}`,
      ),
    ),
  },
  (issue) => `unexpected target language ${String(issue.input)}`,
);

/** The user's readability targets per channel (`TargetOverrides`): only the limits they changed. */
export const readabilityTargetsSchema = v.strictObject(
  {
    linkedin: v.exactOptional(channelTargetsSchema),
    x: v.exactOptional(channelTargetsSchema),
    mastodon: v.exactOptional(channelTargetsSchema),
    blog: v.exactOptional(channelTargetsSchema),
  },
  (issue) => `unexpected channel ${String(issue.input)} in the readability targets`,
);

export const settingsSchema = v.strictObject({
  uiLanguage: v.picklist(['system', 'en', 'fr'], 'the UI language must be system, en or fr'),
  theme: v.picklist(['system', 'light', 'dark'], 'the theme must be system, light or dark'),
  channel: v.picklist(['linkedin', 'x', 'mastodon', 'blog'], 'the channel must be linkedin, x, mastodon or blog'),
  disabledRules: wordList('rule id'),
  vocabulary: wordList('word'),
  highlightHardSentences: v.boolean('highlightHardSentences must be true or false'),
  readabilityTargets: readabilityTargetsSchema,
  disabledPacks: wordList('pack name'),
});

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'system',
  theme: 'system',
  channel: 'linkedin',
  disabledRules: [],
  vocabulary: [],
  highlightHardSentences: true,
  readabilityTargets: {},
  disabledPacks: [],
};

export const publishTargetSchema = v.picklist(PUBLISH_TARGETS, 'the blog must be wordpress, ghost or devto');

const siteUrlSchema = v.pipe(
  v.string('a site address must be text'),
  v.maxLength(2048, 'a site address is limited to 2,048 characters'),
  v.check(
    (url) => URL.canParse(url.trim()) && /^https?:$/.test(new URL(url.trim()).protocol),
    'a site address starts with https://',
  ),
);

const shortText = (what: string, max: number) =>
  v.pipe(v.string(`${what} must be text`), v.maxLength(max, `${what} is limited to ${max} characters`));

/** The first argument of `savePublishAccount`. */
export const publishAccountSchema = v.strictObject(
  { target: publishTargetSchema, url: siteUrlSchema, user: shortText('a user name', 200) },
  (issue) => `unexpected field ${String(issue.input)}`,
);

/** A publishing secret: an application password, an Admin API key or an API key. */
export const publishSecretSchema = v.pipe(
  shortText('a secret', 4096),
  v.check((secret) => secret.trim() !== '', 'the secret cannot be empty'),
);

/** The argument of `publishDocument`. */
export const publishRequestSchema = v.strictObject(
  {
    target: publishTargetSchema,
    title: shortText('a title', 1000),
    html: shortText('the HTML', MAX_DOCUMENT_CHARS),
    markdown: shortText('the Markdown', MAX_DOCUMENT_CHARS),
    excerpt: v.exactOptional(shortText('an excerpt', 10_000)),
    tags: v.pipe(v.array(shortText('a tag', 200)), v.maxLength(100, 'at most 100 tags')),
    status: v.picklist(PUBLISH_STATUSES, 'the status must be draft or publish'),
    canonicalUrl: v.exactOptional(siteUrlSchema),
    id: v.exactOptional(
      v.pipe(shortText('a post id', 200), v.regex(/^[A-Za-z0-9_-]+$/, 'a post id is letters, digits, _ or -')),
    ),
    image: v.exactOptional(
      v.strictObject(
        { documentPath: documentPathSchema, path: pathSchema },
        (issue) => `unexpected image field ${String(issue.input)}`,
      ),
    ),
    previousImageSha256: v.exactOptional(
      v.pipe(
        v.string('previousImageSha256 must be text'),
        v.regex(/^[0-9a-f]{64}$/, 'previousImageSha256 is 64 hexadecimal digits'),
      ),
    ),
  },
  (issue) => `unexpected field ${String(issue.input)}`,
);

export const settingKeySchema = v.picklist(Object.keys(settingsSchema.entries) as SettingKey[], 'unknown setting');

/** Thrown when a caller sends arguments the contract does not allow. */
export class InvalidArgumentsError extends Error {
  constructor(method: string, detail: string) {
    super(`${method}: invalid arguments (${detail})`);
    this.name = 'InvalidArgumentsError';
  }
}

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues.map((i) => i.message).join('; ');
}

function noArguments(method: string, args: readonly unknown[]): void {
  if (args.length !== 0) throw new InvalidArgumentsError(method, `expected no arguments, got ${args.length}`);
}

/**
 * Validates the raw arguments of each host method, as they arrive over IPC or
 * HTTP, and returns them typed. Anything else is refused.
 */
export const validateHostArguments = {
  getAppInfo: (args: readonly unknown[]): [] => {
    noArguments('getAppInfo', args);
    return [];
  },
  openTextDocument: (args: readonly unknown[]): [] => {
    noArguments('openTextDocument', args);
    return [];
  },
  getSettings: (args: readonly unknown[]): [] => {
    noArguments('getSettings', args);
    return [];
  },
  listRulePacks: (args: readonly unknown[]): [] => {
    noArguments('listRulePacks', args);
    return [];
  },
  chooseRulePackSource: (args: readonly unknown[]): [] => {
    noArguments('chooseRulePackSource', args);
    return [];
  },
  importRulePack: (args: readonly unknown[]): [RulePackSource] => {
    if (args.length !== 1) throw new InvalidArgumentsError('importRulePack', 'expected one source');
    const result = v.safeParse(rulePackSourceSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('importRulePack', describe(result.issues));
    return [{ path: result.output.path }];
  },
  removeRulePack: (args: readonly unknown[]): [string] => {
    if (args.length !== 1) throw new InvalidArgumentsError('removeRulePack', 'expected one pack name');
    const result = v.safeParse(rulePackNameSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('removeRulePack', describe(result.issues));
    return [result.output];
  },
  getSettingsNotice: (args: readonly unknown[]): [] => {
    noArguments('getSettingsNotice', args);
    return [];
  },
  listBackups: (args: readonly unknown[]): [] => {
    noArguments('listBackups', args);
    return [];
  },
  writeBackup: (args: readonly unknown[]): [DocumentBackup] => {
    if (args.length !== 1) throw new InvalidArgumentsError('writeBackup', 'expected one backup');
    const result = v.safeParse(documentBackupSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('writeBackup', describe(result.issues));
    const { id, name, path, content } = result.output;
    return [{ id, content, ...(name === undefined ? {} : { name }), ...(path === undefined ? {} : { path }) }];
  },
  discardBackup: (args: readonly unknown[]): [string] => {
    if (args.length !== 1) throw new InvalidArgumentsError('discardBackup', 'expected one backup id');
    const result = v.safeParse(backupIdSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('discardBackup', describe(result.issues));
    return [result.output];
  },
  saveTextDocument: (args: readonly unknown[]): [SaveTextDocumentRequest] => {
    if (args.length !== 1) throw new InvalidArgumentsError('saveTextDocument', 'expected one request');
    const result = v.safeParse(saveTextDocumentRequestSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('saveTextDocument', describe(result.issues));
    const { path, suggestedName, content } = result.output;
    return [
      { content, ...(path === undefined ? {} : { path }), ...(suggestedName === undefined ? {} : { suggestedName }) },
    ];
  },
  listLibrary: (args: readonly unknown[]): [] => {
    noArguments('listLibrary', args);
    return [];
  },
  updateLibraryEntry: (args: readonly unknown[]): [LibraryEntryUpdate] => {
    if (args.length !== 1) throw new InvalidArgumentsError('updateLibraryEntry', 'expected one entry');
    const result = v.safeParse(libraryEntryUpdateSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('updateLibraryEntry', describe(result.issues));
    return [result.output];
  },
  forgetLibraryEntry: (args: readonly unknown[]): [string] => {
    if (args.length !== 1) throw new InvalidArgumentsError('forgetLibraryEntry', 'expected one path');
    const result = v.safeParse(documentPathSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('forgetLibraryEntry', describe(result.issues));
    return [result.output];
  },
  openTextDocumentAt: (args: readonly unknown[]): [string] => {
    if (args.length !== 1) throw new InvalidArgumentsError('openTextDocumentAt', 'expected one path');
    const result = v.safeParse(documentPathSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('openTextDocumentAt', describe(result.issues));
    return [result.output];
  },
  checkTextDocument: (args: readonly unknown[]): [string, DocumentStamp] => {
    if (args.length !== 2) throw new InvalidArgumentsError('checkTextDocument', 'expected a path and a stamp');
    const path = v.safeParse(documentPathSchema, args[0]);
    if (!path.success) throw new InvalidArgumentsError('checkTextDocument', describe(path.issues));
    const stamp = v.safeParse(documentStampSchema, args[1]);
    if (!stamp.success) throw new InvalidArgumentsError('checkTextDocument', describe(stamp.issues));
    return [path.output, stamp.output];
  },
  getCredentialStorage: (args: readonly unknown[]): [] => {
    noArguments('getCredentialStorage', args);
    return [];
  },
  listPublishAccounts: (args: readonly unknown[]): [] => {
    noArguments('listPublishAccounts', args);
    return [];
  },
  savePublishAccount: (args: readonly unknown[]): [PublishAccount, string, boolean] => {
    if (args.length !== 3) {
      throw new InvalidArgumentsError(
        'savePublishAccount',
        'expected an account, a secret and the weak-storage consent',
      );
    }
    const account = v.safeParse(publishAccountSchema, args[0]);
    if (!account.success) throw new InvalidArgumentsError('savePublishAccount', describe(account.issues));
    const secret = v.safeParse(publishSecretSchema, args[1]);
    if (!secret.success) throw new InvalidArgumentsError('savePublishAccount', describe(secret.issues));
    if (typeof args[2] !== 'boolean')
      throw new InvalidArgumentsError('savePublishAccount', 'the consent must be true or false');
    return [account.output, secret.output, args[2]];
  },
  forgetPublishAccount: (args: readonly unknown[]): [PublishTarget] => {
    if (args.length !== 1) throw new InvalidArgumentsError('forgetPublishAccount', 'expected one blog');
    const result = v.safeParse(publishTargetSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('forgetPublishAccount', describe(result.issues));
    return [result.output];
  },
  publishDocument: (args: readonly unknown[]): [PublishRequest] => {
    if (args.length !== 1) throw new InvalidArgumentsError('publishDocument', 'expected one request');
    const result = v.safeParse(publishRequestSchema, args[0]);
    if (!result.success) throw new InvalidArgumentsError('publishDocument', describe(result.issues));
    return [result.output];
  },
  setSetting: (args: readonly unknown[]): [SettingKey, Settings[SettingKey]] => {
    if (args.length !== 2) throw new InvalidArgumentsError('setSetting', 'expected a key and a value');
    const key = v.safeParse(settingKeySchema, args[0]);
    if (!key.success) throw new InvalidArgumentsError('setSetting', `unknown setting ${JSON.stringify(args[0])}`);
    const value = v.safeParse(settingsSchema.entries[key.output], args[1]);
    if (!value.success) throw new InvalidArgumentsError('setSetting', describe(value.issues));
    return [key.output, value.output];
  },
} as const;
