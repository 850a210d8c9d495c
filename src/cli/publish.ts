/**
 * `porte-voix publish FILE --to wordpress|ghost|devto --url URL`: checks a Markdown article as `porte-voix check`
 * does, publishes it (a draft by default) with the secret from the environment, and records the post in the file's
 * front matter so that the next run updates the same post.
 *
 * Exit status: 0 published; 1 refused (error-level findings without --reason, the blog refused or failed) or
 * published but the post's id could not be saved; 2 a usage, configuration or file error (nothing was sent).
 * With --json, standard output holds exactly one JSON object: {"id","url","status"} on success,
 * {"error":{"code","message"}} on failure (plus "id", "url" and "status" when the post was published but its id
 * not saved). Whatever happens, the secret is never written out.
 */
import path from 'node:path';
import { FrontMatterEditError } from '../core/article/front-matter-edit';
import { HostError } from '../core/host';
import { fetchClient, PublishError, secureBaseUrl, type HttpClient } from '../core/publish/http';
import {
  publicationOn,
  recordOverride,
  recordPublication,
  type OverrideRecord,
  type PublicationRecord,
} from '../core/publish/front-matter-records';
import type { FeaturedImage } from '../core/publish/featured-image';
import { publishDocument, type PublishContent } from '../core/publish/publish-document';
import type { PublishResult } from '../core/publish/result';
import { PUBLISH_TARGET_INFO, type PublishTarget } from '../core/publish/targets';
import { nodeDocumentFs, readTextDocument, writeTextDocument, type DocumentFs } from '../main/services/documents';
import { readFeaturedImage } from '../main/services/featured-image-file';
import { UsageError } from './args';
import { ConfigurationError } from './check';
import { ArticleError, assertMarkdownName, editFrontMatter, readArticle } from './publish-article';
import { parsePublishArgs, PUBLISH_USAGE, type PublishOptions } from './publish-args';
import { checkBeforePublishing, listFindings } from './publish-gate';

/** How long one request to a blog may take before the publication fails with a timeout. */
export const PUBLISH_TIMEOUT_MS = 30_000;

/** Everything `porte-voix publish` touches outside itself, so that tests can drive it. */
export interface PublishIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The app's version (the built-in checks' and bundled packs' version in override records). */
  version: string;
  /** The network; defaults to `fetch` with a {@link PUBLISH_TIMEOUT_MS} timeout, never following redirects. */
  http?: HttpClient;
  /** The clock, for the date of an override record. */
  now?: () => Date;
  /** The user's global checking configuration, as for `porte-voix check`. */
  globalConfigPath?: string;
  /** The file system the article is read from and written to (tests simulate failures). */
  documentFs?: DocumentFs;
}

/** Why the command stops: `code` is the JSON error code, `exitStatus` 1 (refused or failed) or 2 (usage, setup, file). */
class Failure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitStatus: 1 | 2,
    /** The publication, when the post was published but its record could not be saved. */
    readonly published?: { id: string; url: string; status: string },
    /** Whether that publication updated an existing post. */
    readonly updated = false,
  ) {
    super(message);
  }
}

/** Replaces the secret (as given, and without its spaces, as WordPress also accepts it) in everything written out. */
function redactor(secret: string | undefined): (text: string) => string {
  const forms = [secret, secret?.trim(), secret?.replace(/\s+/gu, '')].filter(
    (form): form is string => form !== undefined && form.length >= 6,
  );
  const unique = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return (text) => unique.reduce((out, form) => out.split(form).join('[secret]'), text);
}

/** The status as --status spells it ('published' is 'publish'); other words (`future`, `pending`) as the blog says. */
function statusWord(status: string): string {
  return status === 'published' ? 'publish' : status;
}

interface Account {
  target: PublishTarget;
  /** The site address, normalised (https, no trailing slash). */
  site: string;
  user: string;
  secret: string;
}

/** The account from the options and the environment. @throws Failure (exit 2) naming the variable or option to set. */
function accountFor(options: PublishOptions, env: PublishIo['env']): Account {
  const info = PUBLISH_TARGET_INFO[options.target];
  const secret = env[info.secretEnv];
  if (secret === undefined || secret.trim() === '') {
    throw new Failure(
      'config',
      `The ${info.label} ${info.secretName} is missing: set the environment variable ${info.secretEnv} ` +
        `(export ${info.secretEnv}='…' in the shell; in CI, a secret variable). It is never read from the command line.`,
      2,
    );
  }
  let user = '';
  if (info.needsUser) {
    user = (options.user ?? env['WORDPRESS_USER'] ?? '').trim();
    if (user === '') {
      throw new Failure(
        'config',
        'WordPress needs the user name the application password belongs to: add --user NAME, or set WORDPRESS_USER.',
        2,
      );
    }
  }
  const address = options.url ?? info.defaultUrl ?? '';
  try {
    return { target: options.target, site: secureBaseUrl(address, info.label), user, secret };
  } catch (error) {
    if (error instanceof PublishError) throw new Failure('config', `--url: ${error.message}`, 2);
    throw error;
  }
}

/** The manual fix when the records could not be written: the YAML to add to the front matter, indented. */
function recordsToAddByHand(target: PublishTarget, record: PublicationRecord, override?: OverrideRecord): string {
  const yaml = recordPublication(undefined, target, record);
  return (override === undefined ? yaml : recordOverride(yaml, override))
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function saveCause(error: unknown): string {
  if (error instanceof FrontMatterEditError) return error.message.replace(/: fix it first, then try again\.$/u, '');
  const code = error instanceof HostError ? error.code : (error as { code?: unknown }).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'ENOENT':
      return 'the file is gone';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Whether `argv` asks for JSON output (before any `--`), so that even a usage error is reported as JSON. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * `porte-voix publish`: parses `argv` (the arguments after `publish`), checks, publishes, records. Never throws:
 * every failure is reported (as JSON with --json) and gives the exit status.
 */
export async function runPublish(argv: readonly string[], io: PublishIo): Promise<number> {
  const json = wantsJson(argv);
  let redact = redactor(undefined);
  const out = (text: string): void => io.stdout(redact(text));
  const err = (text: string): void => io.stderr(redact(text));
  let account: Account | undefined;
  try {
    const options = parsePublishArgs(argv);
    if (options === 'help') {
      out(`${PUBLISH_USAGE}\n`);
      return 0;
    }
    account = accountFor(options, io.env);
    redact = redactor(account.secret);
    const published = await publish(options, account, { ...io, stderr: err });
    for (const warning of published.result.warnings) err(`porte-voix: ${warning}\n`);
    const { id, url } = published.result;
    const status = statusWord(published.result.status);
    out(json ? `${JSON.stringify({ id, url, status })}\n` : humanLine(account, published.updated, { id, url, status }));
    return 0;
  } catch (error) {
    const failure = failureOf(error);
    if (json) {
      out(`${JSON.stringify({ ...failure.published, error: { code: failure.code, message: failure.message } })}\n`);
    } else if (failure.published !== undefined && account !== undefined) {
      out(humanLine(account, failure.updated, failure.published));
    }
    err(`porte-voix: ${failure.message}\n`);
    return failure.exitStatus;
  }
}

/** `Published to WordPress as a draft: URL (id 42)`, or `Updated on …` when the post existed. */
function humanLine(account: Account, updated: boolean, post: { id: string; url: string; status: string }): string {
  const label = PUBLISH_TARGET_INFO[account.target].label;
  const verb = updated ? `Updated on ${label}` : `Published to ${label}`;
  const how = post.status === 'draft' ? ' as a draft' : post.status === 'publish' ? '' : ` (${post.status})`;
  return `${verb}${how}: ${post.url || account.site} (id ${post.id})\n`;
}

function failureOf(error: unknown): Failure {
  if (error instanceof Failure) return error;
  if (error instanceof UsageError) return new Failure('usage', error.message, 2);
  if (error instanceof ConfigurationError) return new Failure('config', error.message, 2);
  if (error instanceof ArticleError || error instanceof HostError || error instanceof FrontMatterEditError) {
    return new Failure('file', error.message, 2);
  }
  if (error instanceof PublishError) {
    // 'invalid' without an HTTP status is refused before anything is sent: a setting to fix, as for --url.
    return new Failure(error.code, error.message, error.code === 'invalid' && error.status === undefined ? 2 : 1);
  }
  return new Failure('internal', error instanceof Error ? (error.stack ?? error.message) : String(error), 2);
}

/** Reads, checks, publishes and records; returns the blog's answer. @throws Failure, or an error failureOf maps. */
async function publish(
  options: PublishOptions,
  account: Account,
  io: PublishIo,
): Promise<{ result: PublishResult; updated: boolean }> {
  const fs = io.documentFs ?? nodeDocumentFs;
  const file = path.resolve(io.cwd, options.file);
  const name = options.file;
  assertMarkdownName(file);
  const { content: source } = await readTextDocument(file, fs);
  const article = readArticle(source, name, account.target);
  const previous = publicationOn(article.frontMatter, account.target, account.site);
  const id = previous?.id;
  const { imagePath } = article;
  let image: FeaturedImage | undefined;
  // Read before the gate and before anything is sent (exit status 2 when it cannot be); DEV does not take it.
  if (imagePath !== undefined && account.target !== 'devto') image = await readFeaturedImage(file, imagePath, fs);
  // The records are written after publishing: make sure now that the front matter can take them.
  try {
    editFrontMatter(source, (yaml) =>
      recordPublication(yaml, account.target, { site: account.site, id: '0', url: '', status: '' }),
    );
  } catch (error) {
    if (error instanceof FrontMatterEditError) throw new ArticleError(`${name}: ${error.message}`);
    throw error;
  }

  const gate = await checkBeforePublishing({ path: file, source }, options, {
    cwd: io.cwd,
    stderr: io.stderr,
    version: io.version,
    ...(io.globalConfigPath === undefined ? {} : { globalConfigPath: io.globalConfigPath }),
  });
  const count = gate.errors.length;
  const findings = `${count} error-level finding${count === 1 ? '' : 's'}`;
  if (count > 0 && options.reason === undefined) {
    throw new Failure(
      'gate',
      `${name} has ${findings}, so nothing was published:\n${listFindings(name, gate.errors)}` +
        `Fix them, or re-run with --reason "why they are fine" to publish anyway (the reason is recorded in the front matter).`,
      1,
    );
  }
  if (count > 0) {
    io.stderr(`porte-voix: publishing despite ${findings} (--reason):\n${listFindings(name, gate.errors)}`);
  } else if (options.reason !== undefined) {
    io.stderr('porte-voix: no error-level findings, so --reason is not needed and no override is recorded.\n');
  }

  const content: PublishContent = {
    ...article.content,
    status: options.status,
    ...(id === undefined ? {} : { id }),
    ...(imagePath === undefined
      ? {}
      : { image: { path: imagePath, load: async () => image ?? readFeaturedImage(file, imagePath, fs) } }),
    ...(previous?.imageSha256 === undefined ? {} : { previousImageSha256: previous.imageSha256 }),
  };
  let result: PublishResult;
  try {
    result = await publishDocument(
      io.http ?? fetchClient(globalThis.fetch, { timeoutMs: PUBLISH_TIMEOUT_MS }),
      { target: account.target, url: account.site, user: account.user, secret: account.secret },
      content,
    );
  } catch (error) {
    if (error instanceof PublishError && error.code === 'not-found' && id !== undefined) {
      throw new PublishError(
        error.code,
        `${error.message} The stored id (${id}) is under porte-voix: publications: ${account.target}: in the front matter of ${name}.`,
        error.status,
      );
    }
    throw error;
  }

  const record: PublicationRecord = {
    site: account.site,
    id: result.id,
    url: result.url,
    status: statusWord(result.status),
    // The record says which image the post has (WordPress, Ghost).
    ...(image === undefined ? {} : { imageSha256: image.sha256 }),
  };
  const override: OverrideRecord | undefined =
    count > 0 && options.reason !== undefined
      ? {
          date: (io.now ?? (() => new Date()))().toISOString(),
          action: 'publish',
          reason: options.reason,
          errors: count,
          packs: gate.packs,
        }
      : undefined;
  try {
    // Someone may have edited the file meanwhile: the records go into its front matter as it is now.
    const { content: current } = await readTextDocument(file, fs);
    const edited = editFrontMatter(current, (yaml) => {
      const withRecord = recordPublication(yaml, account.target, record);
      return override === undefined ? withRecord : recordOverride(withRecord, override);
    });
    await writeTextDocument(file, edited, fs);
  } catch (error) {
    const lines = recordsToAddByHand(account.target, record, override);
    const cause = saveCause(error);
    const message =
      id === result.id
        ? `Published, but the record in ${name} could not be updated (${cause}): it still names post ${id}, so the next publication updates that post. ` +
          `To record this one, set this in its front matter by hand:\n${lines}`
        : `Published, but the post's id could not be saved in ${name} (${cause}): publishing it again would create another post. ` +
          `Add this to its front matter by hand:\n${lines}`;
    throw new Failure('save', message, 1, { id: result.id, url: result.url, status: record.status }, id !== undefined);
  }
  return { result, updated: id !== undefined };
}
