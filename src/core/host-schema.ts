import * as v from 'valibot';
import type { DocumentBackup, SaveTextDocumentRequest, SettingKey, Settings } from './host';

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
  setSetting: (args: readonly unknown[]): [SettingKey, Settings[SettingKey]] => {
    if (args.length !== 2) throw new InvalidArgumentsError('setSetting', 'expected a key and a value');
    const key = v.safeParse(settingKeySchema, args[0]);
    if (!key.success) throw new InvalidArgumentsError('setSetting', `unknown setting ${JSON.stringify(args[0])}`);
    const value = v.safeParse(settingsSchema.entries[key.output], args[1]);
    if (!value.success) throw new InvalidArgumentsError('setSetting', describe(value.issues));
    return [key.output, value.output];
  },
} as const;
