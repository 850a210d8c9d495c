/**
 * The check before publishing: the same checks as `porte-voix check FILE` (the .vale.ini found from the current
 * folder upwards, else from the file's folder; the global configuration; the styles and built-in checks it turns
 * on), keeping the error-level alerts, and the rule packs that checked the file, as `name@version`.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValeAlert } from '../core/rules/alert';
import { PORTE_VOIX_STYLE } from '../core/rules/porte-voix-style';
import { findConfig, settingsFor, styleOf, type ValeConfig } from '../core/rules/vale-config';
import { packLabels } from '../core/publish/front-matter-records';
import type { Language } from '../core/language/detect';
import { createChecker, loadConfig } from './check';
import { nodeConfigFs } from './config-fs';
import { frontMatterHints } from './front-matter-hints';
import { formatLine } from './output/line';

export interface GateIo {
  cwd: string;
  stderr: (text: string) => void;
  /** The app's version: the version of the built-in checks and of the bundled packs. */
  version: string;
  globalConfigPath?: string;
}

export interface GateResult {
  /** The error-level alerts, in Vale's order. */
  errors: ValeAlert[];
  /** The rule packs that checked the file, `name@version` (`name` when it has no version). */
  packs: string[];
}

/** The packs shipped in rules/: they have the app's version. */
const BUNDLED_RULES = fileURLToPath(new URL('../../rules', import.meta.url));

function realDir(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/** A style's version: the app's for a bundled pack, else its meta.json's `version` (as the app reads user packs). */
function styleVersion(dir: string, appVersion: string): string | undefined {
  if (path.dirname(realDir(dir)) === realDir(BUNDLED_RULES)) return appVersion;
  const meta = path.join(dir, 'meta.json');
  if (!existsSync(meta)) return undefined;
  try {
    const version = (JSON.parse(readFileSync(meta, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The styles that apply to the file and were found (Vale's own built-in style is not a pack). */
function packsFor(config: ValeConfig, relativePath: string, appVersion: string): string[] {
  const settings = settingsFor(config, relativePath);
  const names = new Set(settings.styles);
  for (const [rule, setting] of Object.entries(settings.rules)) if (setting !== 'NO') names.add(styleOf(rule));
  names.delete('Vale');
  const packs: { name: string; version?: string | undefined }[] = [];
  for (const name of [...names].sort()) {
    if (name === PORTE_VOIX_STYLE) {
      packs.push({ name, version: appVersion });
      continue;
    }
    const dir = config.stylesPath ? path.join(config.stylesPath, name) : '';
    if (dir !== '' && existsSync(dir)) packs.push({ name, version: styleVersion(dir, appVersion) });
  }
  return packLabels(packs);
}

/**
 * Checks the article as `porte-voix check` would from the current folder (from the file's folder when no
 * configuration is found from the current one).
 * @throws ConfigurationError on a bad configuration, naming the file and line.
 */
export async function checkBeforePublishing(
  file: { path: string; source: string },
  options: { config: string | undefined; noGlobal: boolean },
  io: GateIo,
): Promise<GateResult> {
  const found = options.config !== undefined || findConfig(io.cwd, nodeConfigFs) !== undefined;
  const base = found ? io.cwd : path.dirname(file.path);
  const config = loadConfig(
    { config: options.config, noGlobal: options.noGlobal },
    { cwd: base, ...(io.globalConfigPath === undefined ? {} : { globalConfigPath: io.globalConfigPath }) },
  );
  const checker = await createChecker(config, io);
  const relativePath = path.relative(base, file.path);
  const hints = frontMatterHints(file.source);
  const errors = checker.lint(
    {
      path: relativePath,
      relativePath,
      source: file.source,
      format: 'markdown',
      ...(hints.channel === undefined ? {} : { channel: hints.channel }),
      ...(hints.language === undefined ? {} : { language: hints.language as Language }),
    },
    'error',
  );
  return { errors, packs: packsFor(config, relativePath, io.version) };
}

/** At most this many findings are listed when publishing is refused; `porte-voix check` lists them all. */
const LISTED = 20;

/** The findings as `porte-voix check --output=line` prints them, the first {@link LISTED} of them. */
export function listFindings(displayPath: string, errors: readonly ValeAlert[]): string {
  const listed = formatLine([{ path: displayPath, alerts: errors.slice(0, LISTED) }]);
  const more = errors.length - LISTED;
  return more > 0 ? `${listed}… and ${more} more: run porte-voix check ${displayPath} to see them all.\n` : listed;
}
