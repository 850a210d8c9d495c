/**
 * Vale's configuration, read as Vale v3 reads it, without touching the disk (file access goes
 * through `ConfigFs`). Sources, errata-ai/vale (now vale-cli/vale) v3:
 * - search: internal/core/source.go `loadConfig`; names: internal/core/config.go `configNames`;
 * - keys: internal/core/ini.go `coreOpts`, `globalOpts`, `syntaxOpts`, `processConfig`;
 * - per file: internal/core/file.go `NewFile` (styles, rules), internal/lint `shouldRun` (which rule
 *   runs) and `applyPatterns` (ignores), internal/core/format.go `FormatFromExt`;
 * - globs: internal/glob/glob.go; vocabularies: ini.go `loadVocab`, config.go `addWordList`,
 *   vale.sh/docs/keys/vocab.
 */
import { parseValeIni, type ValeIni, type ValeIniSection } from './vale-ini';

export type AlertLevel = 'suggestion' | 'warning' | 'error';
export type RuleSetting = 'YES' | 'NO' | AlertLevel;

export const ALERT_LEVELS: readonly AlertLevel[] = ['suggestion', 'warning', 'error'];

/**
 * The rules of Vale's built-in `Vale` style. They run only where `Vale` is in BasedOnStyles or a
 * rule is switched on by name (`Vale.Spelling = YES`): nothing is on by default
 * (vale.sh/docs/keys/vocab: "The built-in 'Vale' style is required for using Vale.Terms,
 * Vale.Avoid, or Vale.Spelling"). Vale.Terms exists only with accept entries, Vale.Avoid only
 * with reject entries (check/manager.go `loadVocabRules`).
 */
export const VALE_BUILTIN_RULES = ['Vale.Spelling', 'Vale.Repetition', 'Vale.Terms', 'Vale.Avoid'] as const;

/** File access for the core: the CLI and the desktop host implement it with node:fs / node:path. */
export interface ConfigFs {
  /** The file's text, or undefined when it does not exist or is not a readable file (a folder). */
  readText(path: string): string | undefined;
  exists(path: string): boolean;
  join(...parts: string[]): string;
  dirname(path: string): string;
  isAbsolute(path: string): boolean;
  resolve(...parts: string[]): string;
}

export type PathOps = Pick<ConfigFs, 'isAbsolute' | 'resolve'>;

export interface ConfigProblem {
  line: number;
  message: string;
}

export interface ValeSection {
  glob: string;
  line: number;
  /** `[*]`: Vale treats it apart — base styles, rules of lowest precedence, ignores for every file. */
  isGlobal: boolean;
  /** Whether the section has a BasedOnStyles key (an empty one still replaces the styles). */
  setsStyles: boolean;
  basedOnStyles: string[];
  /** `Style.Rule = YES | NO | suggestion | warning | error`; any other value is NO, as in Vale. */
  rules: Record<string, RuleSetting>;
  tokenIgnores: string[];
  blockIgnores: string[];
  /** Transform, Lang, View, CommentDelimiters, keys without a dot, `Rule[param]` keys: raw. */
  other: Record<string, string>;
}

export interface ValeConfig {
  configDir: string;
  /** Absolute (resolved against the config's folder); '' when StylesPath is not set. */
  stylesPath: string;
  minAlertLevel: AlertLevel;
  vocab: string[];
  /** `[formats]`: file extension (no dot) → the format to read it as, e.g. mdx → md. */
  formats: Record<string, string>;
  asciidoctor: Record<string, string>;
  ignoredScopes: string[];
  skippedScopes: string[];
  ignoredClasses: string[];
  packages: string[];
  /** Every top-level key, raw (last value). */
  core: Record<string, string>;
  /** Sections in file order, `[*]` included; `[formats]` and `[asciidoctor]` are not sections. */
  sections: ValeSection[];
  errors: ConfigProblem[];
  notices: ConfigProblem[];
}

export interface FileSettings {
  /** BasedOnStyles that apply: `[*]`'s, replaced by the last matching section that sets them. */
  styles: string[];
  /** Rules switched by name: matching sections in file order (later wins) over `[*]`. */
  rules: Record<string, RuleSetting>;
  tokenIgnores: string[];
  blockIgnores: string[];
  /** Normalised extension without the dot, after [formats]: 'md' for a.mdx with `mdx = md`. */
  format: string;
  /** Vale's kind of that format: markup, text, code, data, fragment or unknown. */
  formatKind: string;
  /** Globs of the sections that matched the path (styles and rules), in file order. */
  matchedSections: string[];
}

export interface VocabLocation {
  name: string;
  /** Where Vale v3 reads the vocabulary: <StylesPath>/config/vocabularies/<Name>. */
  dir: string;
  accept: string;
  reject: string;
  /** Vale 2's <StylesPath>/Vocab/<Name>: v3 no longer reads it; useful to tell users to move it. */
  legacyDir: string;
}

/** Vale's search order in each folder (config.go `configNames`): `.vale` first, then `_vale`, .... */
export const CONFIG_NAMES = ['.vale', '_vale', 'vale.ini', '.vale.ini', '_vale.ini'] as const;

const CORE_KEYS = new Set([
  'StylesPath',
  'MinAlertLevel',
  'IgnoredScopes',
  'WordTemplate',
  'SkippedScopes',
  'IgnoredClasses',
  'Vocab',
  'NLPEndpoint',
]);
/** Top-level keys that something other than the loader reads (`vale sync`). */
const NON_OPT_CORE_KEYS = new Set(['Packages']);
const SYNTAX_KEYS = new Set([
  'BasedOnStyles',
  'IgnorePatterns',
  'BlockIgnores',
  'CommentDelimiters',
  'TokenIgnores',
  'Transform',
  'Lang',
  'View',
]);
const GLOBAL_SECTION_KEYS = new Set(['BasedOnStyles', 'IgnorePatterns', 'BlockIgnores', 'TokenIgnores', 'Lang']);
const SPECIAL_SECTIONS = new Set(['*', 'DEFAULT', 'formats', 'asciidoctor']);
const RULE_SETTINGS = new Set<string>(['YES', 'NO', ...ALERT_LEVELS]);

export interface FoundConfig {
  path: string;
  dir: string;
  text: string;
}

/**
 * Vale's local search (source.go `loadConfig`): from the starting folder up to the root, the first
 * folder holding one of CONFIG_NAMES as a file (a `.vale/` folder does not count) wins; if none,
 * the home folder is tried when `homeDir` is given. Vale starts from its working folder; we start
 * from `startDir` (the document's folder). Not done here, as they are not part of the local search:
 * `--config` and `VALE_CONFIG_PATH` replace the search; the user's global
 * `<XDG config>/vale/.vale.ini` is loaded in addition and merged; `VALE_STYLES_PATH` adds a
 * default styles folder.
 */
export function findConfig(
  startDir: string,
  fs: ConfigFs,
  options: { homeDir?: string } = {},
): FoundConfig | undefined {
  let dir = fs.resolve(startDir);
  for (;;) {
    const found = configIn(dir, fs);
    if (found) return found;
    const parent = fs.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return options.homeDir === undefined ? undefined : configIn(fs.resolve(options.homeDir), fs);
}

function configIn(dir: string, fs: ConfigFs): FoundConfig | undefined {
  for (const name of CONFIG_NAMES) {
    const path = fs.join(dir, name);
    const text = fs.readText(path);
    if (text !== undefined) return { path, dir, text };
  }
  return undefined;
}

/** Find, parse and resolve the configuration that applies to files in `startDir`. */
export function loadValeConfig(
  startDir: string,
  fs: ConfigFs,
  options: { homeDir?: string } = {},
): { path: string; config: ValeConfig } | undefined {
  const found = findConfig(startDir, fs, options);
  if (!found) return undefined;
  const { ini, errors } = parseValeIni(found.text);
  const config = resolveConfig(ini, found.dir, fs);
  config.errors.unshift(...errors);
  return { path: found.path, config };
}

/**
 * The user's global configuration under a project's, as Vale layers its global
 * `.vale.ini` (skipped with `--no-global`): the project's core settings win,
 * vocabularies, formats and packages add up, and the global sections come
 * first so that the project's sections override them.
 */
export function layerConfigs(global: ValeConfig, project: ValeConfig): ValeConfig {
  const own = (key: string): boolean => key in project.core;
  return {
    ...project,
    stylesPath: own('StylesPath') ? project.stylesPath : global.stylesPath,
    minAlertLevel: own('MinAlertLevel') ? project.minAlertLevel : global.minAlertLevel,
    vocab: mergeValues([...global.vocab, ...project.vocab]),
    formats: { ...global.formats, ...project.formats },
    asciidoctor: { ...global.asciidoctor, ...project.asciidoctor },
    ignoredScopes: own('IgnoredScopes') ? project.ignoredScopes : global.ignoredScopes,
    skippedScopes: own('SkippedScopes') ? project.skippedScopes : global.skippedScopes,
    ignoredClasses: own('IgnoredClasses') ? project.ignoredClasses : global.ignoredClasses,
    packages: mergeValues([...global.packages, ...project.packages]),
    core: { ...global.core, ...project.core },
    sections: [...global.sections, ...project.sections],
  };
}

/** Vale's `mergeValues`: trimmed, empty entries dropped, duplicates dropped, order kept. */
function mergeValues(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const entry = value.trim();
    if (entry !== '' && !out.includes(entry)) out.push(entry);
  }
  return out;
}

/** Every value of a repeated key, each split on commas (go-ini `StringsWithShadows(",")`). */
function listValues(values: readonly string[] | undefined): string[] {
  return mergeValues((values ?? []).flatMap((v) => v.split(',')));
}

/** Vale's `patternsWithShadows`: split on commas, `\,` keeps a comma inside a regex like `{2,}`. */
function patternValues(values: readonly string[] | undefined): string[] {
  const parts: string[] = [];
  for (const value of values ?? []) {
    let buf = '';
    let escape = false;
    for (const ch of value) {
      if (escape) {
        if (ch !== ',') buf += '\\';
        buf += ch;
        escape = false;
      } else if (ch === '\\') {
        escape = true;
      } else if (ch === ',') {
        parts.push(buf);
        buf = '';
      } else {
        buf += ch;
      }
    }
    if (escape) buf += '\\';
    parts.push(buf);
  }
  return mergeValues(parts);
}

function isAlertLevel(value: string): value is AlertLevel {
  return (ALERT_LEVELS as readonly string[]).includes(value);
}

/** A minimal POSIX/Windows path resolver, for callers that give no PathOps. */
const PLAIN_PATHS: PathOps = {
  isAbsolute: (path) => /^(?:[A-Za-z]:[\\/]|[\\/])/.test(path),
  resolve: (...parts) => {
    let out = '';
    for (const part of parts) {
      if (part === '') continue;
      out = PLAIN_PATHS.isAbsolute(part) || out === '' ? part : `${out.replace(/[\\/]+$/, '')}/${part}`;
    }
    const absolute = out.startsWith('/');
    const segments: string[] = [];
    for (const segment of out.split(/[\\/]+/)) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
      else segments.push(segment);
    }
    return (absolute ? '/' : '') + segments.join('/');
  },
};

/**
 * Turn a parsed INI into Vale's settings. Problems are collected, not thrown: `errors` are what
 * stops Vale (E201), `notices` what Vale ignores or warns about.
 */
export function resolveConfig(ini: ValeIni, configDir: string, paths: PathOps = PLAIN_PATHS): ValeConfig {
  const errors: ConfigProblem[] = [];
  const notices: ConfigProblem[] = [];
  const config: ValeConfig = {
    configDir,
    stylesPath: '',
    minAlertLevel: 'warning',
    vocab: [],
    formats: {},
    asciidoctor: {},
    ignoredScopes: [],
    skippedScopes: [],
    ignoredClasses: [],
    packages: [],
    core: { ...ini.global },
    sections: [],
    errors,
    notices,
  };

  for (const [key, value] of Object.entries(ini.global)) {
    const line = ini.globalLines[key] ?? 0;
    const values = ini.globalValues[key];
    if (key === 'StylesPath') {
      // expandPaths: a relative StylesPath is relative to the config file's folder.
      config.stylesPath = paths.isAbsolute(value) ? paths.resolve(value) : paths.resolve(configDir, value);
    } else if (key === 'MinAlertLevel') {
      const level = (value.split(',').pop() ?? '').trim();
      if (isAlertLevel(level)) config.minAlertLevel = level;
      else {
        errors.push({
          line,
          message: `Line ${line}: MinAlertLevel is '${value}'; it must be 'suggestion', 'warning', or 'error'.`,
        });
      }
    } else if (key === 'Vocab') config.vocab = listValues(values);
    else if (key === 'IgnoredScopes') config.ignoredScopes = listValues(values);
    else if (key === 'SkippedScopes') config.skippedScopes = listValues(values);
    else if (key === 'IgnoredClasses') config.ignoredClasses = listValues(values);
    else if (key === 'Packages') config.packages = listValues(values);
    else if (CORE_KEYS.has(key) || NON_OPT_CORE_KEYS.has(key)) continue;
    else if (SYNTAX_KEYS.has(key)) {
      errors.push({
        line,
        message: `Line ${line}: '${key}' is a syntax-specific option; move it under a section such as [*] or [*.md].`,
      });
    } else {
      notices.push({ line, message: `Line ${line}: '${key}' isn't a core option; Vale is ignoring it.` });
    }
  }
  if (!('StylesPath' in ini.global)) {
    notices.push({
      line: 0,
      message:
        'StylesPath is not set: Vale would use only its built-in style and the default styles folder ' +
        '(VALE_STYLES_PATH, or vale/styles in the user data folder).',
    });
  }

  for (const section of ini.sections) {
    if (section.name === 'formats') {
      // processConfig uses Key.String(): the first value of a repeated key.
      for (const [key, values] of Object.entries(section.values)) config.formats[key] = values[0] ?? '';
      continue;
    }
    if (section.name === 'asciidoctor') {
      for (const [key, values] of Object.entries(section.values)) config.asciidoctor[key] = values[0] ?? '';
      continue;
    }
    const resolved = resolveSection(section, errors, notices);
    if (resolved) config.sections.push(resolved);
  }
  return config;
}

function resolveSection(
  section: ValeIniSection,
  errors: ConfigProblem[],
  notices: ConfigProblem[],
): ValeSection | undefined {
  const isGlobal = section.name === '*';
  if (!isGlobal && SPECIAL_SECTIONS.has(section.name)) return undefined;
  const compiled = compileValeGlob(section.name);
  if ('error' in compiled) {
    errors.push({
      line: section.line,
      message: `Line ${section.line}: the section [${section.name}] is not a valid glob (${compiled.error}). Write a file pattern such as [*.md] or [docs/**/*.md].`,
    });
    return undefined;
  }
  const out: ValeSection = {
    glob: section.name,
    line: section.line,
    isGlobal,
    setsStyles: false,
    basedOnStyles: [],
    rules: {},
    tokenIgnores: [],
    blockIgnores: [],
    other: {},
  };
  for (const [key, value] of Object.entries(section.entries)) {
    const line = section.lines[key] ?? section.line;
    const values = section.values[key];
    if (CORE_KEYS.has(key)) {
      errors.push({
        line,
        message: `Line ${line}: '${key}' is a core option; it should be defined above any syntax-specific options (\`[...]\`).`,
      });
    } else if (isGlobal && SYNTAX_KEYS.has(key) && !GLOBAL_SECTION_KEYS.has(key)) {
      // Vale reads only BasedOnStyles, ignores and Lang from [*]; Transform, View, ... are dropped.
      notices.push({
        line,
        message: `Line ${line}: Vale ignores '${key}' in [*]; put it under a section such as [*.md].`,
      });
      out.other[key] = value;
    } else if (key === 'BasedOnStyles') {
      out.setsStyles = true;
      out.basedOnStyles = listValues(values);
    } else if (key === 'TokenIgnores') {
      out.tokenIgnores = patternValues(values);
    } else if (key === 'BlockIgnores' || key === 'IgnorePatterns') {
      // IgnorePatterns is the old name; both write the same slot, so the later key wins.
      out.blockIgnores = key === 'BlockIgnores' ? patternValues(values) : mergeValues(value.split(','));
    } else if (SYNTAX_KEYS.has(key)) {
      out.other[key] = value;
    } else if (/^[^[\]]+\.[^[\]]+$/.test(key)) {
      if (!RULE_SETTINGS.has(value)) {
        notices.push({
          line,
          message: `Line ${line}: '${key} = ${value}' turns the rule off: Vale accepts YES, NO, suggestion, warning or error.`,
        });
      }
      out.rules[key] = RULE_SETTINGS.has(value) ? (value as RuleSetting) : 'NO';
    } else {
      out.other[key] = value;
    }
  }
  return out;
}

/** Vale's FormatByExtension (internal/core/format.go): extension → [normalised extension, kind]. */
const FORMAT_BY_EXTENSION: readonly [RegExp, string, string][] = [
  [/\.(?:[rc]?py[3w]?|[Ss][Cc]onstruct)$/, '.py', 'code'],
  [/\.(?:adoc|asciidoc|asc)$/, '.adoc', 'markup'],
  [/\.(?:clj|cljs|cljc|cljd)$/, '.clj', 'code'],
  [/\.(?:cpp|cc|c|cp|cxx|c\+\+|h|hpp|h\+\+)$/, '.cpp', 'code'],
  [/\.(?:css)$/, '.css', 'code'],
  [/\.(?:cs|csx)$/, '.c', 'code'],
  [/\.(?:dita)$/, '.dita', 'markup'],
  [/\.(?:go)$/, '.go', 'code'],
  [/\.(?:hs)$/, '.hs', 'code'],
  [/\.(?:html|htm|shtml|xhtml)$/, '.html', 'markup'],
  [/\.(?:java|bsh)$/, '.java', 'code'],
  [/\.(?:jl)$/, '.jl', 'code'],
  [/\.(?:js|jsx)$/, '.js', 'code'],
  [/\.(?:lua)$/, '.lua', 'code'],
  [/\.(?:md|mdown|markdown|markdn)$/, '.md', 'markup'],
  [/\.(?:mdx)$/, '.mdx', 'markup'],
  [/\.(?:org)$/, '.org', 'markup'],
  [/\.(?:php)$/, '.php', 'code'],
  [/\.(?:pl|pm|pod)$/, '.r', 'code'],
  [/\.(?:proto)$/, '.proto', 'code'],
  [/\.(?:ps1|psm1|psd1)$/, '.ps1', 'code'],
  [/\.(?:rb|Gemfile|Rakefile|Brewfile|gemspec)$/, '.rb', 'code'],
  [/\.(?:rs)$/, '.rs', 'code'],
  [/\.(?:rst|rest)$/, '.rst', 'markup'],
  [/\.(?:r|R)$/, '.r', 'code'],
  [/\.(?:sass|less)$/, '.c', 'code'],
  [/\.(?:scala|sbt)$/, '.c', 'code'],
  [/\.(?:swift)$/, '.c', 'code'],
  [/\.(?:ts|tsx)$/, '.ts', 'code'],
  [/\.(?:txt)$/, '.txt', 'text'],
  [/\.(?:xml)$/, '.xml', 'markup'],
  [/\.(?:yaml|yml)$/, '.yml', 'data'],
  [/\.(?:json)$/, '.json', 'data'],
  [/\.(?:toml)$/, '.toml', 'data'],
];

function formatEntry(ext: string): readonly [RegExp, string, string] | undefined {
  return FORMAT_BY_EXTENSION.find(([pattern]) => pattern.test(ext));
}

/** Go's filepath.Ext: from the last dot of the last element, '' when there is none. */
function extname(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot === -1 ? '' : base.slice(dot);
}

/** FormatFromExt: the normalised extension (with its dot) and the kind of a path. */
export function formatFromPath(path: string, formats: Record<string, string>): { ext: string; kind: string } {
  let base = extname(path).replace(/^\.+|\.+$/g, '');
  const kind = formatEntry(`.${base}`)?.[2] ?? '';
  const mapped = Object.hasOwn(formats, base) ? formats[base] : undefined;
  if (mapped !== undefined) {
    const mappedKind = formatEntry(`.${mapped}`)?.[2];
    // Markup embedded in code or data is linted as a fragment.
    if (kind === 'code' && mappedKind === 'markup') return { ext: `.${mapped}`, kind: 'fragment' };
    if (kind === 'data' && mappedKind === 'markup') return { ext: `.${mapped}`, kind: 'data' };
    base = mapped;
  }
  const entry = formatEntry(`.${base}`);
  return entry ? { ext: entry[1], kind: entry[2] } : { ext: 'unknown', kind: 'unknown' };
}

/**
 * The settings Vale gives one file. `relativePath` is the path as Vale receives it — relative to
 * the folder Vale runs in, normally the config's folder — with `/` or `\` separators.
 *
 * - styles: `[*]`'s BasedOnStyles, replaced (not merged) by each matching section that has a
 *   BasedOnStyles key, in file order: the last matching one wins (file.go `NewFile`).
 * - rules: every matching section's `Style.Rule` keys, in file order, later overriding earlier;
 *   `[*]`'s keys apply only where no matching section names the rule (lint `shouldRun` looks at
 *   the file's checks before the global ones). Levels follow the same precedence (Vale ≥ 3.x
 *   keeps levels per section, #965; older v3 releases let the last section in the file decide).
 * - ignores: all sections whose glob matches the file's normalised extension (".md") or its real
 *   one (".mdx") — not its path (lint `applyPatterns`) — concatenated, `[*]` first, then in file
 *   order. So `[docs/*.md] TokenIgnores` never applies, while `[*.md]` does.
 * Section globs are matched against the whole path, not the base name: `*.md` matches
 * `docs/a.md` because `*` crosses `/` in globs without `**`. A file read through [formats]
 * (`mdx = md`) also matches with its format's extension, as Vale's suite shows.
 */
export function settingsFor(config: ValeConfig, relativePath: string): FileSettings {
  const path = relativePath.replace(/\\/g, '/');
  const format = formatFromPath(path, config.formats);
  const realExt = extname(path);
  const settings: FileSettings = {
    styles: [],
    rules: {},
    tokenIgnores: [],
    blockIgnores: [],
    format: format.ext.replace(/^\./, ''),
    formatKind: format.kind,
    matchedSections: [],
  };
  const globalRules: Record<string, RuleSetting> = {};
  const sectionRules: Record<string, RuleSetting> = {};
  const ordered = [...config.sections.filter((s) => s.isGlobal), ...config.sections.filter((s) => !s.isGlobal)];

  for (const section of ordered) {
    const compiled = compileValeGlob(section.glob);
    if ('error' in compiled) continue;
    const { glob } = compiled;
    if (glob.match(format.ext) || glob.match(realExt)) {
      settings.blockIgnores.push(...section.blockIgnores);
      settings.tokenIgnores.push(...section.tokenIgnores);
    }
    if (section.isGlobal) {
      settings.styles = [...section.basedOnStyles];
      Object.assign(globalRules, section.rules);
      continue;
    }
    // A file read through [formats] (`mdx = md`) also matches the sections of its format (`[*.md]`).
    const mapped =
      format.ext !== 'unknown' && realExt !== format.ext
        ? path.slice(0, path.length - realExt.length) + format.ext
        : path;
    if (!glob.match(path) && !glob.match(mapped)) continue;
    settings.matchedSections.push(section.glob);
    if (section.setsStyles) settings.styles = [...section.basedOnStyles];
    Object.assign(sectionRules, section.rules);
  }
  settings.rules = { ...globalRules, ...sectionRules };
  return settings;
}

/** The name of a rule's style: `Microsoft` for `Microsoft.Terms`. */
export function styleOf(rule: string): string {
  const dot = rule.indexOf('.');
  return dot === -1 ? rule : rule.slice(0, dot);
}

/**
 * Whether Vale runs `rule` on a file with these settings and what level its alerts get
 * (lint `shouldRun`): a rule named in the settings is on unless NO, whatever its style; any other
 * rule runs when its style is in BasedOnStyles. Alerts below MinAlertLevel are dropped.
 */
export function ruleLevel(
  settings: FileSettings,
  config: Pick<ValeConfig, 'minAlertLevel'>,
  rule: string,
  definedLevel: AlertLevel,
): AlertLevel | undefined {
  const setting = Object.hasOwn(settings.rules, rule) ? settings.rules[rule] : undefined;
  if (setting === 'NO') return undefined;
  if (setting === undefined && !settings.styles.includes(styleOf(rule))) return undefined;
  const level = setting === undefined || setting === 'YES' ? definedLevel : setting;
  return ALERT_LEVELS.indexOf(level) < ALERT_LEVELS.indexOf(config.minAlertLevel) ? undefined : level;
}

function joinPlain(base: string, ...parts: string[]): string {
  const sep = base.includes('\\') && !base.includes('/') ? '\\' : '/';
  return [base.replace(/[\\/]+$/, ''), ...parts].join(sep);
}

/**
 * Where each `Vocab` lives. Vale v3 looks for the folder `<StylesPath>/config/vocabularies/<Name>`
 * (in each StylesPath, the default one first) and reads every `accept.txt` and `reject.txt` under
 * it, subfolders included; a missing folder is an error ("'<Name>' vocabulary not found").
 */
export function vocabPaths(config: Pick<ValeConfig, 'stylesPath' | 'vocab'>): VocabLocation[] {
  return config.vocab.map((name) => {
    const dir = joinPlain(config.stylesPath, 'config', 'vocabularies', name);
    return {
      name,
      dir,
      accept: joinPlain(dir, 'accept.txt'),
      reject: joinPlain(dir, 'reject.txt'),
      legacyDir: joinPlain(config.stylesPath, 'Vocab', name),
    };
  });
}

/**
 * The entries of an accept.txt or reject.txt (config.go `addWordList`): one per line, trimmed;
 * blank lines and lines starting with "# " (hash and space) are skipped — "#word" is an entry.
 * Each entry is a regular expression, kept as written. Case: an entry matches case-sensitively
 * unless it carries `(?i)`. Accepted entries become exceptions in every rule of the styles in use
 * and feed Vale.Terms, a substitution rule (ignorecase, level error) that flags a different casing
 * of the entry ("Use 'GitHub' instead of 'github'"); rejected entries feed Vale.Avoid, an
 * existence rule (case-sensitive, level error). Both belong to the `Vale` style.
 */
export function parseVocabulary(text: string): string[] {
  const entries: string[] = [];
  for (const raw of text.split('\n')) {
    const word = raw.trim();
    if (word === '' || word.startsWith('# ')) continue;
    entries.push(word);
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Globs
// ---------------------------------------------------------------------------------------------

/*
 * Vale's section globs (internal/glob/glob.go): a leading `!` negates; a pattern containing `**`
 * is matched by doublestar (path-aware: `*` and `?` stop at `/`, a `**` segment spans folders,
 * a trailing `/**` also matches the folder itself); any other pattern by gobwas/glob compiled
 * without separators, where `*` also crosses `/`. Both know `?`, `[abc]`, `[!a-z]` (doublestar
 * also `[^a-z]`), `{a,b}` (nestable) and `\` escapes. Paths are matched with `/` separators.
 */

export interface ValeGlob {
  pattern: string;
  negated: boolean;
  match(path: string): boolean;
}

export type ValeGlobResult = { glob: ValeGlob } | { error: string };

class GlobSyntaxError extends Error {}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, '\\$&');
}

function escapeClassChar(ch: string): string {
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}

class Translator {
  private index = 0;
  private readonly chars: string[];

  constructor(
    pattern: string,
    private readonly pathAware: boolean,
  ) {
    this.chars = Array.from(pattern);
  }

  translate(): string {
    const body = this.sequence(false);
    if (this.index < this.chars.length) throw new GlobSyntaxError(`unexpected "${this.chars[this.index] ?? ''}"`);
    return body;
  }

  private peek(offset = 0): string | undefined {
    return this.chars[this.index + offset];
  }

  private sequence(inBraces: boolean): string {
    const start = this.index;
    let out = '';
    while (this.index < this.chars.length) {
      const ch = this.chars[this.index] as string;
      if (inBraces && (ch === ',' || ch === '}')) break;
      if (ch === '\\') {
        const next = this.peek(1);
        out += escapeRegex(next ?? '\\');
        this.index += next === undefined ? 1 : 2;
      } else if (ch === '*') {
        out += this.star(start, inBraces);
      } else if (ch === '?') {
        out += this.pathAware ? '[^/]' : '[\\s\\S]';
        this.index++;
      } else if (ch === '[') {
        out += this.charClass();
      } else if (ch === '{') {
        out += this.alternatives();
      } else if (
        this.pathAware &&
        ch === '/' &&
        this.peek(1) === '*' &&
        this.peek(2) === '*' &&
        this.endsAlternative(this.index + 3, inBraces)
      ) {
        // doublestar: a trailing `/**` also matches the folder itself.
        out += '(?:/[\\s\\S]*)?';
        this.index += 3;
      } else {
        out += escapeRegex(ch);
        this.index++;
      }
    }
    return out;
  }

  private endsAlternative(at: number, inBraces: boolean): boolean {
    const ch = this.chars[at];
    return ch === undefined || (inBraces && (ch === ',' || ch === '}'));
  }

  private star(start: number, inBraces: boolean): string {
    const begin = this.index;
    while (this.peek() === '*') this.index++;
    if (!this.pathAware) return '[\\s\\S]*';
    const segmentStart = begin === start || this.chars[begin - 1] === '/';
    if (this.index - begin >= 2 && segmentStart) {
      if (this.peek() === '/') {
        this.index++;
        return '(?:[\\s\\S]*/)?';
      }
      if (this.endsAlternative(this.index, inBraces)) return '[\\s\\S]*';
    }
    return '[^/]*';
  }

  private charClass(): string {
    this.index++; // [
    let negated = false;
    const first = this.peek();
    if (first === '!' || (this.pathAware && first === '^')) {
      negated = true;
      this.index++;
    }
    let body = '';
    let closed = false;
    let items = 0;
    while (this.index < this.chars.length) {
      let ch = this.chars[this.index] as string;
      if (ch === ']') {
        closed = true;
        this.index++;
        break;
      }
      if (ch === '\\' && this.peek(1) !== undefined) {
        this.index++;
        ch = this.chars[this.index] as string;
      }
      this.index++;
      if (this.peek() === '-') {
        const hi = this.peek(1);
        if (hi === undefined || hi === ']') throw new GlobSyntaxError('a range in "[...]" has no upper bound');
        this.index += 2;
        if ((ch.codePointAt(0) ?? 0) > (hi.codePointAt(0) ?? 0)) {
          throw new GlobSyntaxError(`the range "${ch}-${hi}" is reversed`);
        }
        body += `${escapeClassChar(ch)}-${escapeClassChar(hi)}`;
      } else {
        body += escapeClassChar(ch);
      }
      items++;
    }
    if (!closed) throw new GlobSyntaxError('"[" is never closed with "]"');
    if (items === 0) throw new GlobSyntaxError('"[]" is empty');
    if (negated) return this.pathAware ? `[^/${body}]` : `[^${body}]`;
    return `[${body}]`;
  }

  private alternatives(): string {
    this.index++; // {
    const options: string[] = [];
    for (;;) {
      options.push(this.sequence(true));
      const ch = this.peek();
      if (ch === ',') {
        this.index++;
        continue;
      }
      if (ch === '}') {
        this.index++;
        break;
      }
      throw new GlobSyntaxError('"{" is never closed with "}"');
    }
    return `(?:${options.join('|')})`;
  }
}

export function compileValeGlob(pattern: string): ValeGlobResult {
  const negated = pattern.startsWith('!');
  const body = pattern.replace(/^!+/, '');
  const pathAware = body.includes('**');
  let source: string;
  try {
    source = new Translator(body, pathAware).translate();
  } catch (error) {
    if (error instanceof GlobSyntaxError) return { error: error.message };
    throw error;
  }
  const regex = new RegExp(`^${source}$`, 'u');
  return {
    glob: {
      pattern,
      negated,
      match: (path: string) => regex.test(path.replace(/\\/g, '/')) !== negated,
    },
  };
}
