import { parseArgs } from 'node:util';
import type { Severity } from '../core/engine/diagnostic';

export type OutputFormat = 'CLI' | 'line' | 'JSON' | 'sarif';

export interface CheckOptions {
  config: string | undefined;
  output: OutputFormat;
  minAlertLevel: Severity | undefined;
  /** The format of standard input, and of files whose extension has no known format. Undefined: `.txt` for input. */
  ext: string | undefined;
  sort: boolean;
  normalize: boolean;
  relative: boolean;
  noGlobal: boolean;
  noExit: boolean;
  glob: string;
  ignoreSyntax: boolean;
  /** Porte-voix: the channel written for (rules with `channels`); else each file's front matter `channel`. */
  channel: string | undefined;
  /** Porte-voix: the language of text too short to detect; else each file's front matter `lang`. */
  lang: string | undefined;
  paths: string[];
}

export class UsageError extends Error {}

const OUTPUTS: Record<string, OutputFormat> = { cli: 'CLI', line: 'line', json: 'JSON', sarif: 'sarif' };
const LEVELS = new Set(['suggestion', 'warning', 'error']);
const CHANNELS = new Set(['linkedin', 'x', 'mastodon', 'blog']);
const LANGUAGES = new Set(['en', 'fr']);

/** The options of `porte-voix check`, spelled as Vale spells them. */
export function parseCheckArgs(argv: readonly string[]): CheckOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string' },
      output: { type: 'string', default: 'CLI' },
      minAlertLevel: { type: 'string' },
      ext: { type: 'string' },
      sort: { type: 'boolean', default: false },
      normalize: { type: 'boolean', default: false },
      relative: { type: 'boolean', default: false },
      'no-global': { type: 'boolean', default: false },
      'no-exit': { type: 'boolean', default: false },
      glob: { type: 'string', default: '*' },
      'ignore-syntax': { type: 'boolean', default: false },
      channel: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const output = OUTPUTS[String(values.output).toLowerCase()];
  if (!output) throw new UsageError(`--output=${values.output} is not a format: use CLI, line, JSON or sarif.`);
  if (values.minAlertLevel !== undefined && !LEVELS.has(values.minAlertLevel)) {
    throw new UsageError(`--minAlertLevel=${values.minAlertLevel} is not a level: use suggestion, warning or error.`);
  }
  if (values.channel !== undefined && !CHANNELS.has(values.channel)) {
    throw new UsageError(`--channel=${values.channel} is not a channel: use linkedin, x, mastodon or blog.`);
  }
  if (values.lang !== undefined && !LANGUAGES.has(values.lang)) {
    throw new UsageError(`--lang=${values.lang} is not a language Porte-voix checks: use en or fr.`);
  }
  const ext = values.ext;
  return {
    config: values.config,
    output,
    minAlertLevel: values.minAlertLevel as Severity | undefined,
    ext: ext === undefined ? undefined : ext.startsWith('.') ? ext : `.${ext}`,
    sort: values.sort === true,
    normalize: values.normalize === true,
    relative: values.relative === true,
    noGlobal: values['no-global'] === true,
    noExit: values['no-exit'] === true,
    glob: String(values.glob),
    ignoreSyntax: values['ignore-syntax'] === true,
    channel: values.channel,
    lang: values.lang,
    paths: positionals,
  };
}
