import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseCheckArgs, UsageError } from './args';
import { ConfigurationError, runCheck } from './check';
import { runPublish } from './publish';

const COMMANDS = `Usage: porte-voix check [options] [files | folders | globs]
       porte-voix publish FILE --to wordpress|ghost|devto --url URL [options]

check    checks prose with the Vale configuration (.vale.ini) found from the current folder upwards
publish  publishes a Markdown article to WordPress, Ghost or DEV, checked first
Run porte-voix check --help or porte-voix publish --help for a command's options.`;

const USAGE = `Usage: porte-voix check [options] [files | folders | globs]

Checks prose with the Vale configuration (.vale.ini) found from the current folder upwards.
Options: --config=PATH --output=CLI|line|JSON|sarif --minAlertLevel=suggestion|warning|error
         --ext=.md (for standard input) --glob=PATTERN --sort --normalize --relative
         --no-global --no-exit --ignore-syntax --channel=linkedin|x|mastodon|blog --lang=en|fr
Exit status: 0 clean, 1 an error-level alert, 2 a runtime or configuration error.`;

async function readStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

/** The user's global configuration: $XDG_CONFIG_HOME/porte-voix/.vale.ini (~/.config when unset). */
function globalConfigPath(): string {
  const base = process.env['XDG_CONFIG_HOME'] || path.join(homedir(), '.config');
  return path.join(base, 'porte-voix', '.vale.ini');
}

/** The command line: `porte-voix check ...` or `porte-voix publish ...`. Returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${COMMANDS}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === 'publish') {
    return runPublish(rest, {
      cwd: process.cwd(),
      env: process.env,
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      version: version(),
      globalConfigPath: globalConfigPath(),
    });
  }
  if (command !== 'check') {
    process.stderr.write(
      `porte-voix: unknown command "${command}". Use "porte-voix check [files]" or "porte-voix publish FILE --to …".\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const options = parseCheckArgs(rest);
    return await runCheck(options, {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readStdin,
      colour: process.stdout.isTTY === true && !process.env['NO_COLOR'],
      version: version(),
      globalConfigPath: globalConfigPath(),
    });
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigurationError ||
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      process.stderr.write(`porte-voix: ${(error as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`porte-voix: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
