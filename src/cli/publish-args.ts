import { parseArgs } from 'node:util';
import {
  PUBLISH_STATUSES,
  PUBLISH_TARGET_INFO,
  PUBLISH_TARGETS,
  isPublishTarget,
  type PublishStatus,
  type PublishTarget,
} from '../core/publish/targets';
import { UsageError } from './args';

/** The options of `porte-voix publish`. */
export interface PublishOptions {
  /** The article, as given (relative to the current folder or absolute). */
  file: string;
  target: PublishTarget;
  /** The site address; undefined for dev.to means https://dev.to. */
  url: string | undefined;
  /** The WordPress user name (else WORDPRESS_USER). */
  user: string | undefined;
  status: PublishStatus;
  json: boolean;
  /** Why to publish despite error-level findings; recorded in the front matter. */
  reason: string | undefined;
  /** The checks' configuration, as `porte-voix check --config`. */
  config: string | undefined;
  /** Leave out the user's global configuration, as `porte-voix check --no-global`. */
  noGlobal: boolean;
}

export const PUBLISH_USAGE = `Usage: porte-voix publish FILE --to wordpress|ghost|devto --url URL [options]

Publishes a Markdown article as a draft (title, description, tags and, for WordPress, the featured image named by
image: from its front matter), or updates the post it was published as on that site before: the post's id is kept in
the front matter (porte-voix: publications:).
It is checked first, as porte-voix check does: error-level findings stop it unless --reason says why.
Options: --to=wordpress|ghost|devto   the blog
         --url=URL                    the site, https:// (http:// only on 127.0.0.1); dev.to: https://dev.to by default
         --user=USER                  the WordPress user name (else the WORDPRESS_USER variable)
         --status=draft|publish       draft (default) or public
         --reason=TEXT                publish despite error-level findings; the reason is kept in the front matter
         --json                       print {"id","url","status"}, or {"error":{"code","message"}}, on standard output
         --config=PATH --no-global    the checks' configuration, as for porte-voix check
Secrets come from the environment only: WORDPRESS_APP_PASSWORD, GHOST_ADMIN_API_KEY or DEVTO_API_KEY.
Exit status: 0 published, 1 refused (findings, the blog) or the post's id not saved, 2 a usage, configuration or file error.`;

/** An option name that would carry a secret: secrets are never read from the command line. */
const SECRET_OPTION = /pass|secret|token|key|credential|auth/i;

const VALUE_OPTIONS = ['to', 'url', 'user', 'status', 'reason', 'config'] as const;

/** The blog named by `--to`, read leniently, to name its environment variable in an early error. */
function targetIn(argv: readonly string[]): PublishTarget | undefined {
  for (const [index, arg] of argv.entries()) {
    const value = arg === '--to' ? argv[index + 1] : arg.startsWith('--to=') ? arg.slice(5) : undefined;
    if (isPublishTarget(value)) return value;
  }
  return undefined;
}

function secretVariables(target: PublishTarget | undefined): string {
  if (target !== undefined) return PUBLISH_TARGET_INFO[target].secretEnv;
  return PUBLISH_TARGETS.map((t) => PUBLISH_TARGET_INFO[t].secretEnv).join(', ');
}

/** Refuses options that look like a secret, naming the option but never its value. */
function refuseSecretOptions(argv: readonly string[]): void {
  for (const arg of argv) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const name = arg.slice(2).split('=')[0] ?? '';
    if (!SECRET_OPTION.test(name)) continue;
    const target = targetIn(argv);
    throw new UsageError(
      `--${name}: porte-voix publish never takes a secret on the command line, where the shell history and other users could see it. ` +
        `Set it in the environment variable ${secretVariables(target)} instead (in CI, a secret variable), then run the command without --${name}.`,
    );
  }
}

/** Node's parseArgs errors, said as what to do (never echoing a value, which could be a secret). */
function usageErrorOf(error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'(-[^'\s=]*)/.exec(message)?.[1] ?? 'an option';
    return new UsageError(
      `${option} is not an option of porte-voix publish: run porte-voix publish --help for the list.`,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(--[a-z-]+)/.exec(message)?.[1] ?? 'an option';
    return VALUE_OPTIONS.some((name) => option === `--${name}`)
      ? new UsageError(`${option} needs a value: write ${option}=VALUE (use = when the value starts with a dash).`)
      : new UsageError(`${option} takes no value: write it alone.`);
  }
  return new UsageError(message);
}

/** Refuses an option given twice: which one wins would be a guess. */
function refuseRepeats(tokens: readonly { kind: string; name?: string }[]): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice: give it once.`);
    seen.add(token.name);
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option}=${value} is not allowed: use ${allowed.join(' or ')}.`);
}

/**
 * The options of `porte-voix publish`, strictly: one file, `--to` required, no option twice, nothing that looks
 * like a secret. Returns 'help' for --help or -h. @throws UsageError naming the problem and the fix.
 */
export function parsePublishArgs(argv: readonly string[]): PublishOptions | 'help' {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) return 'help';
  refuseSecretOptions(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        to: { type: 'string' },
        url: { type: 'string' },
        user: { type: 'string' },
        status: { type: 'string' },
        reason: { type: 'string' },
        json: { type: 'boolean' },
        config: { type: 'string' },
        'no-global': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw usageErrorOf(error);
  }
  const { values, positionals, tokens } = parsed;
  refuseRepeats(tokens);

  const [file, ...extra] = positionals;
  if (file === undefined) {
    throw new UsageError(
      'Give the Markdown file to publish: porte-voix publish FILE --to wordpress|ghost|devto --url URL.',
    );
  }
  if (extra.length > 0) {
    throw new UsageError(
      `porte-voix publish takes one file, and ${extra.length + 1} arguments are not options: publish one file at a time (quote a --reason of several words).`,
    );
  }
  if (values.to === undefined) {
    throw new UsageError(`Say which blog to publish to: --to ${PUBLISH_TARGETS.join(', --to ')}.`);
  }
  const target = oneOf('to', values.to, PUBLISH_TARGETS);
  const info = PUBLISH_TARGET_INFO[target];
  if (values.user !== undefined && !info.needsUser) {
    throw new UsageError(`--user is for WordPress only: ${info.label} knows the account from its ${info.secretName}.`);
  }
  if (values.user !== undefined && values.user.trim() === '') {
    throw new UsageError('--user is empty: give the WordPress user name the application password belongs to.');
  }
  if (values.url !== undefined && values.url.trim() === '') {
    throw new UsageError('--url is empty: give the address of the site, e.g. --url https://blog.example.com.');
  }
  if (values.url === undefined && info.defaultUrl === undefined) {
    throw new UsageError(
      `--url is required for ${info.label}: give the address of the site, e.g. --url https://blog.example.com.`,
    );
  }
  if (values.reason !== undefined && values.reason.trim() === '') {
    throw new UsageError('--reason is empty: say why the findings are fine, e.g. --reason "Legal approved the claim".');
  }
  return {
    file,
    target,
    url: values.url,
    user: values.user,
    status: values.status === undefined ? 'draft' : oneOf('status', values.status, PUBLISH_STATUSES),
    json: values.json === true,
    reason: values.reason?.trim(),
    config: values.config,
    noGlobal: values['no-global'] === true,
  };
}
