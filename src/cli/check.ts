import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Severity } from '../core/engine/diagnostic';
import { compareAlerts, SEVERITY_RANK, type ValeAlert } from '../core/rules/alert';
import { Engine } from '../core/engine/engine';
import { lintWithEngine, PORTE_VOIX_STYLE } from '../core/rules/porte-voix-style';
import { compileRule } from '../core/rules/checks';
import type { CompiledRule } from '../core/rules/checks/compiled-rule';
import { loadStyle } from '../core/rules/load-style';
import type { RuleDefinition } from '../core/rules/rule-definition';
import { valeBuiltinRules } from '../core/rules/vale-builtin';
import {
  findConfig,
  formatFromPath,
  layerConfigs,
  parseVocabulary,
  resolveConfig,
  ruleLevel,
  settingsFor,
  styleOf,
  vocabPaths,
  type ValeConfig,
} from '../core/rules/vale-config';
import { parseValeIni } from '../core/rules/vale-ini';
import { translateValeRegex } from '../core/rules/vale-regex';
import { lintSource, prepareDocument, type ActiveRule } from '../core/rules/vale-lint';
import type { ValeBlock, ValeDocument } from '../core/rules/vale-text';
import { detectLanguage, type Language } from '../core/language/detect';
import { frontMatterHints } from './front-matter-hints';
import type { Speller } from '../core/spelling/speller';
import type { CheckOptions } from './args';
import { nodeConfigFs } from './config-fs';
import { loadSpeller } from './dictionaries';
import { HunspellFiles } from './hunspell-files';
import { formatCli } from './output/cli';
import { formatJson } from './output/json';
import { formatLine } from './output/line';
import { formatSarif } from './output/sarif';

export interface CheckIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, when it is not a terminal. */
  readStdin: () => Promise<string | undefined>;
  colour: boolean;
  version: string;
  /** How long one rule may run on one file before it is stopped. Default 2,000 ms. */
  ruleBudgetMs?: number;
  /** The user's global configuration, layered under the project's unless --no-global. */
  globalConfigPath?: string;
}

/** A configuration problem: the CLI stops with exit status 2. */
export class ConfigurationError extends Error {}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** Vale's default SkippedScopes. */
const DEFAULT_SKIPPED_SCOPES = ['script', 'style', 'pre', 'figure'];

function walk(target: string, out: string[]): void {
  const info = statSync(target);
  if (info.isFile()) {
    out.push(target);
    return;
  }
  for (const entry of readdirSync(target).sort()) {
    if (SKIPPED_DIRS.has(entry)) continue;
    walk(path.join(target, entry), out);
  }
}

export function loadConfig(
  options: Pick<CheckOptions, 'config' | 'noGlobal'>,
  io: Pick<CheckIo, 'cwd' | 'globalConfigPath'>,
): ValeConfig {
  let file: string | undefined;
  let text: string | undefined;
  if (options.config) {
    file = path.resolve(io.cwd, options.config);
    if (!existsSync(file))
      throw new ConfigurationError(
        `The configuration ${options.config} does not exist: check the path given to --config.`,
      );
    text = readFileSync(file, 'utf8');
  } else {
    const found = findConfig(io.cwd, nodeConfigFs);
    if (found) {
      file = found.path;
      text = found.text;
    }
  }
  const config = resolved(text ?? '', file, file ? path.dirname(file) : io.cwd);
  const global = io.globalConfigPath;
  if (options.noGlobal || !global || !existsSync(global) || global === file) return config;
  return layerConfigs(resolved(readFileSync(global, 'utf8'), global, path.dirname(global)), config);
}

/** One configuration file, resolved against its folder; its problems stop the check, naming the file and line. */
function resolved(text: string, file: string | undefined, dir: string): ValeConfig {
  const { ini, errors } = parseValeIni(text);
  const config = resolveConfig(ini, dir, nodeConfigFs);
  const problems = [...errors, ...config.errors];
  if (problems.length > 0) {
    throw new ConfigurationError(problems.map((p) => `${file ?? '.vale.ini'}:${p.line}: ${p.message}`).join('\n'));
  }
  return config;
}

function readVocabularies(config: ValeConfig): { accepted: string[]; rejected: string[] } {
  const accepted: string[] = [];
  const rejected: string[] = [];
  for (const location of vocabPaths(config)) {
    for (const [file, list] of [
      [location.accept, accepted],
      [location.reject, rejected],
    ] as const) {
      if (existsSync(file)) list.push(...parseVocabulary(readFileSync(file, 'utf8')));
    }
  }
  return { accepted, rejected };
}

function loadStyles(config: ValeConfig, io: Pick<CheckIo, 'stderr'>): Map<string, RuleDefinition> {
  const wanted = new Set<string>();
  for (const section of config.sections) {
    for (const style of section.basedOnStyles) wanted.add(style);
    for (const rule of Object.keys(section.rules)) wanted.add(styleOf(rule));
  }
  wanted.delete('Vale');
  wanted.delete(PORTE_VOIX_STYLE);
  const rules = new Map<string, RuleDefinition>();
  for (const style of wanted) {
    const dir = config.stylesPath ? path.join(config.stylesPath, style) : '';
    if (!dir || !existsSync(dir)) {
      io.stderr(
        `The style ${style} is not in StylesPath (${config.stylesPath || 'not set'}): its rules are skipped.\n`,
      );
      continue;
    }
    const files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/i.test(f))
      .map((f) => ({ file: `${style}/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
    const loaded = loadStyle(style, files);
    for (const error of loaded.errors) io.stderr(`${error.message}\n`);
    for (const [id, rule] of loaded.rules) rules.set(id, rule);
  }
  return rules;
}

function usesPorteVoix(config: ValeConfig): boolean {
  return config.sections.some(
    (s) =>
      s.basedOnStyles.includes(PORTE_VOIX_STYLE) || Object.keys(s.rules).some((r) => styleOf(r) === PORTE_VOIX_STYLE),
  );
}

/** The checking engine with both spellers, for the PorteVoix style. */
async function createEngine(): Promise<Engine> {
  const engine = new Engine();
  engine.setSpeller('en', await loadSpeller('en'));
  engine.setSpeller('fr', await loadSpeller('fr'));
  return engine;
}

function formatOf(file: string, config: ValeConfig, options: CheckOptions): 'markdown' | 'text' | undefined {
  if (options.ignoreSyntax) return 'text';
  let { ext } = formatFromPath(file, config.formats);
  // --ext names the format of files Porte-voix cannot tell from their extension.
  if (ext === 'unknown' && options.ext) ext = formatFromPath(`file${options.ext}`, config.formats).ext;
  if (ext === '.md') return 'markdown';
  if (ext === '.txt') return 'text';
  return undefined;
}

export interface CheckInput {
  /** The path as reported, and (relative to the current folder) as matched against the configuration's globs. */
  path: string;
  relativePath: string;
  source: string;
  format: 'markdown' | 'text';
  /** The channel written for (--channel, else front matter): rules with `channels` need it. */
  channel?: string;
  /** The language of text too short to detect (--lang, else front matter, else detected on the whole file). */
  language?: Language;
}

/** Styles loaded and compiled once for a run; `lint` checks one file. */
export interface Checker {
  lint(input: CheckInput, minimum: Severity): ValeAlert[];
}

/** The language of each block, detected, with the file's language for short blocks. */
function blockLanguages(doc: ValeDocument, given: Language | undefined): (block: ValeBlock) => Language {
  const known = new WeakMap<ValeBlock, Language>();
  let fallback = given;
  return (block) => {
    let language = known.get(block);
    if (language === undefined) {
      fallback ??= detectLanguage(
        doc.blocks
          .filter((b) => b.scopes[0] === 'text')
          .map((b) => b.text)
          .join('\n\n'),
        'en',
      );
      language = detectLanguage(block.text, fallback);
      known.set(block, language);
    }
    return language;
  };
}

/** Loads the vocabularies and styles of a configuration and compiles their rules (and the engine for PorteVoix). */
export async function createChecker(
  config: ValeConfig,
  io: Pick<CheckIo, 'stderr' | 'ruleBudgetMs'>,
): Promise<Checker> {
  const { accepted, rejected } = readVocabularies(config);
  const definitions = loadStyles(config, io);
  for (const rule of valeBuiltinRules(accepted, rejected)) definitions.set(rule.id, rule);

  let english: Speller | undefined;
  const needsSpeller = [...definitions.values()].some((d) => d.extends === 'spelling');
  if (needsSpeller) english = await loadSpeller('en');
  const spellers = new HunspellFiles(config.stylesPath, (message) => io.stderr(`${message}\n`));
  const compiled = new Map<string, CompiledRule>();
  for (const [id, definition] of definitions) {
    const result = compileRule(definition, {
      accepted,
      spellerFor: (d) => (d.extends === 'spelling' ? spellers.spellerFor(d, english) : english),
      ignoredWordsFor: (d) => (d.extends === 'spelling' ? spellers.ignoredWords(d) : []),
    });
    if (!result) continue;
    if (result.ok) compiled.set(id, result.rule);
    else io.stderr(`${result.error}\n`);
  }
  const patternCache = new Map<string, RegExp | undefined>();
  const patterns = (kind: string, list: readonly string[]): RegExp[] =>
    list.flatMap((pattern) => {
      if (!patternCache.has(pattern)) {
        const result = translateValeRegex(pattern);
        if (!result.ok) io.stderr(`${kind} ${pattern}: ${result.error}\n`);
        patternCache.set(pattern, result.ok ? result.regex : undefined);
      }
      const regex = patternCache.get(pattern);
      return regex ? [regex] : [];
    });
  const engine = usesPorteVoix(config) ? await createEngine() : undefined;
  const stopped = new Set<string>();

  return {
    lint(input, minimum) {
      const settings = settingsFor(config, input.relativePath);
      const rules: ActiveRule[] = [];
      for (const [id, rule] of compiled) {
        const level = ruleLevel(settings, { minAlertLevel: 'suggestion' }, id, rule.definition.level);
        if (level && SEVERITY_RANK[level] >= SEVERITY_RANK[minimum]) rules.push({ rule, level });
      }
      const blockIgnores = patterns('BlockIgnores', settings.blockIgnores);
      const document = prepareDocument(
        input.source,
        input.format,
        blockIgnores,
        config.ignoredClasses,
        config.ignoredScopes,
      );
      const alerts = lintSource(
        input.source,
        {
          format: input.format,
          rules,
          tokenIgnores: patterns('TokenIgnores', settings.tokenIgnores),
          blockIgnores,
          ignoredClasses: config.ignoredClasses,
          ignoredScopes: config.ignoredScopes,
          valeLocations: true,
          ...(input.channel === undefined ? {} : { channel: input.channel }),
          languageOf: blockLanguages(document, input.language),
          skippedScopes: config.skippedScopes.length > 0 ? config.skippedScopes : DEFAULT_SKIPPED_SCOPES,
          accepted,
          stopped,
          ...(io.ruleBudgetMs === undefined ? {} : { budgetMs: io.ruleBudgetMs }),
          onSlowRule: (ruleId, ms) => {
            stopped.add(ruleId);
            io.stderr(
              `${ruleId} took ${(ms / 1000).toFixed(1)} s on ${input.path} and is stopped for the rest of this check: simplify its pattern (nested repetitions such as (a+)+ make a regular expression very slow).\n`,
            );
          },
          onRuleError: (ruleId, message) => {
            stopped.add(ruleId);
            io.stderr(`${ruleId} failed on ${input.path} (${message}) and is stopped for the rest of this check.\n`);
          },
        },
        document,
      );
      const porteVoixOn =
        settings.styles.includes(PORTE_VOIX_STYLE) ||
        Object.keys(settings.rules).some((r) => styleOf(r) === PORTE_VOIX_STYLE);
      if (engine && porteVoixOn) {
        alerts.push(...lintWithEngine(engine, input.source, document, settings.rules, minimum));
        alerts.sort(compareAlerts);
      }
      return alerts;
    },
  };
}

/** `porte-voix check`: lint files (or standard input) with the Vale configuration that applies. Returns the exit status. */
export async function runCheck(options: CheckOptions, io: CheckIo): Promise<number> {
  const config = loadConfig(options, io);
  const checker = await createChecker(config, io);

  const inputs: CheckInput[] = [];
  if (options.paths.length === 0) {
    const source = await io.readStdin();
    if (source === undefined)
      throw new ConfigurationError('Nothing to check: give files or folders, or pipe text to standard input.');
    const name = `stdin${options.ext ?? '.txt'}`;
    inputs.push({ path: name, relativePath: name, source, format: formatOf(name, config, options) ?? 'text' });
  } else {
    const glob = picomatch(options.glob, { dot: true, basename: !options.glob.includes('/') });
    for (const target of options.paths) {
      const absolute = path.resolve(io.cwd, target);
      if (!existsSync(absolute)) {
        // As Vale does, an argument that is no path is text to check.
        const name = `stdin${options.ext ?? '.txt'}`;
        inputs.push({
          path: name,
          relativePath: name,
          source: target,
          format: formatOf(name, config, options) ?? 'text',
        });
        continue;
      }
      const files: string[] = [];
      walk(absolute, files);
      for (const file of files) {
        const relative = path.relative(io.cwd, file);
        if (!glob(relative)) continue;
        const format = formatOf(file, config, options);
        if (!format) continue;
        inputs.push({
          path: options.relative ? relative : file,
          relativePath: relative,
          source: readFileSync(file, 'utf8'),
          format,
        });
      }
    }
  }

  const minimum = options.minAlertLevel ?? config.minAlertLevel;
  for (const input of inputs) {
    const hints = input.format === 'markdown' ? frontMatterHints(input.source) : {};
    const channel = options.channel ?? hints.channel;
    const language = (options.lang as Language | undefined) ?? hints.language;
    if (channel !== undefined) input.channel = channel;
    if (language !== undefined) input.language = language;
  }
  const results: { path: string; alerts: ValeAlert[] }[] = inputs.map((input) => ({
    path: options.normalize ? input.path.split(path.sep).join('/') : input.path,
    alerts: checker.lint(input, minimum),
  }));
  if (options.sort) results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  switch (options.output) {
    case 'line':
      io.stdout(formatLine(results));
      break;
    case 'JSON':
      io.stdout(formatJson(results));
      break;
    case 'sarif':
      io.stdout(formatSarif(results, io.version));
      break;
    default:
      io.stdout(formatCli(results, { colour: io.colour }));
  }
  const hasError = results.some((r) => r.alerts.some((a) => (a.severity as Severity) === 'error'));
  return hasError && !options.noExit ? 1 : 0;
}
