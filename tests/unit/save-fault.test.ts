import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { saveFaultDocument } from '../support/save-writer';

/**
 * Fault tests of writeTextDocument (src/main/services/documents.ts): a writer
 * process is killed with SIGKILL at random moments while it saves, or hits a
 * file-size limit mid-write, and the file on disk must always be one whole
 * version. The timing is random; every check is exact.
 */

const writerScript = fileURLToPath(new URL('../support/save-writer.ts', import.meta.url));
const SAVES = 1000;
const KILLS = 25;
const MAX_KILL_DELAY_MS = 40;

interface WriterRun {
  /** Resolves once the writer has loaded its modules. */
  ready: Promise<void>;
  /** Resolves when the process has exited and its output is read. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last `saved n` it printed, if any. */
  lastSaved(): number | undefined;
  /** Resolves once it has printed `saved n` for `n` (or later), or has exited. */
  saved(n: number): Promise<void>;
  lines: string[];
  pid: number | undefined;
  kill(): void;
  /** Lets a writer started with `--wait` begin saving. */
  go(): void;
}

function startWriter(file: string, from: number, to: number, wait = false): WriterRun {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', writerScript, file, String(from), String(to), ...(wait ? ['--wait'] : [])],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines: string[] = [];
  let last: number | undefined;
  let exited = false;
  let waiting: { n: number; resolve: () => void }[] = [];
  const wake = (): void => {
    const done = waiting.filter(({ n }) => exited || (last !== undefined && last >= n));
    waiting = waiting.filter((waiter) => !done.includes(waiter));
    for (const { resolve } of done) resolve();
  };
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const output = createInterface({ input: child.stdout });
  output.on('line', (line) => {
    lines.push(line);
    if (line === 'ready') onReady();
    const saved = /^saved (\d+)$/.exec(line);
    if (saved) last = Number(saved[1]);
    wake();
  });
  const closed = new Promise<void>((resolve) => output.once('close', resolve));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      // A writer that died early must not hang the test.
      exited = true;
      onReady();
      wake();
      void closed.then(() => resolve({ code, signal }));
    });
  });
  return {
    ready,
    exit,
    lastSaved: () => last,
    saved: (n) =>
      new Promise<void>((resolve) => {
        waiting.push({ n, resolve });
        wake();
      }),
    lines,
    pid: child.pid,
    kill: () => void child.kill('SIGKILL'),
    go: () => void child.stdin.end('go\n'),
  };
}

/** The version of the document in `text`, if `text` is exactly one whole version. */
function wholeVersion(text: string): number | undefined {
  const header = /^doc (\d+)\n/.exec(text);
  if (!header) return undefined;
  const n = Number(header[1]);
  return text === saveFaultDocument(n) ? n : undefined;
}

function describeText(text: string): string {
  const lines = text.split('\n');
  return `${text.length} characters, first line ${JSON.stringify(lines[0])}, last line ${JSON.stringify(lines.at(-2))}`;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('saving under faults', () => {
  // The timeout only guards against a hung writer on a slow machine; nothing is timed.
  it(
    `keeps one whole version on disk through ${KILLS} SIGKILLs during ${SAVES} saves`,
    { timeout: 120_000 },
    async () => {
      const started = performance.now();
      const dir = mkdtempSync(join(tmpdir(), 'pv-save-fault-'));
      const file = join(dir, 'doc.md');
      writeFileSync(file, saveFaultDocument(0));

      let onDisk = 0;
      let kills = 0;
      let runs = 0;
      let interrupted = 0;
      let leftovers: string[] = [];
      let savedByKilledWriters = 0;
      while (onDisk < SAVES) {
        const next = onDisk + 1;
        const run = startWriter(file, next, SAVES);
        runs++;
        if (kills < KILLS) {
          // The kills are spread over all the saves, so that small and large documents are
          // both cut: kill k comes about k / (KILLS + 1) of the way, then after a random delay.
          await run.ready;
          const around = Math.floor(((kills + 1) * SAVES) / (KILLS + 1)) - Math.floor(Math.random() * 10);
          if (around >= next) await run.saved(around);
          await sleep(Math.random() * MAX_KILL_DELAY_MS);
          run.kill();
        }
        const { code, signal } = await run.exit;
        if (signal === 'SIGKILL') kills++;
        else expect({ code, signal, lines: run.lines.slice(-3) }).toMatchObject({ code: 0, signal: null });

        // One whole version, never empty, never a mix.
        const text = readFileSync(file, 'utf8');
        const version = wholeVersion(text);
        expect(version, `after run ${runs}, doc.md is not one whole version: ${describeText(text)}`).toBeDefined();
        // The last save the writer reported, or the one it was in when killed.
        const reported = run.lastSaved() ?? onDisk;
        expect([reported, reported + 1]).toContain(version);
        if (version === reported + 1) interrupted++; // Renamed, but killed before it could say so.
        onDisk = version ?? onDisk;
        if (signal === 'SIGKILL') savedByKilledWriters = onDisk;

        // write-file-atomic cannot clean up after SIGKILL: a killed writer may leave the
        // temporary file of the save it was in (`doc.md.<number>`), never more than one,
        // and never in place of the target.
        const others = readdirSync(dir)
          .filter((name) => name !== 'doc.md')
          .sort();
        const fresh = others.filter((name) => !leftovers.includes(name));
        expect(fresh.length).toBeLessThanOrEqual(signal === 'SIGKILL' ? 1 : 0);
        for (const name of fresh) expect(name).toMatch(/^doc\.md\.\d+$/);
        leftovers = others;
      }

      expect(kills).toBeGreaterThan(0);
      expect(kills).toBeLessThanOrEqual(KILLS);
      expect(wholeVersion(readFileSync(file, 'utf8'))).toBe(SAVES);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `save-fault: ${SAVES} saves, ${kills} SIGKILLs over ${runs} writer runs in ${seconds} s ` +
          `(${savedByKilledWriters} of them before the last kill); ` +
          `${interrupted} kills landed between a rename and its report; ` +
          `${leftovers.length} stale temporary files left by killed writers (${leftovers.join(', ') || 'none'}); ` +
          'doc.md was one whole version after every kill.',
      );
      rmSync(dir, { recursive: true });
    },
  );

  // A short write: over a file-size limit (or on a disk that fills up), write(2)
  // takes what fits and returns a short count without an error; write-file-atomic
  // alone then renames the truncated file over the good one. Linux-only: prlimit
  // sets the limit of the running writer once it is loaded (tsx writes its cache).
  const prlimit = process.platform === 'linux' && !spawnSync('prlimit', ['--version']).error;
  it.skipIf(!prlimit)('never replaces the file with a truncated one when the write is cut short', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pv-save-short-'));
    const file = join(dir, 'doc.md');
    writeFileSync(file, saveFaultDocument(3));
    expect(Buffer.byteLength(saveFaultDocument(SAVES))).toBeGreaterThan(8 * 8192);

    const run = startWriter(file, SAVES, SAVES, true);
    await run.ready;
    const limit = spawnSync('prlimit', [`--pid=${run.pid}`, '--fsize=8192'], { encoding: 'utf8' });
    expect(limit.status, limit.stderr).toBe(0);
    run.go();
    expect(await run.exit).toEqual({ code: 1, signal: null });

    expect(run.lines).toEqual(['ready', `failed ${SAVES} EFBIG`]);
    expect(wholeVersion(readFileSync(file, 'utf8'))).toBe(3);
    expect(readdirSync(dir)).toEqual(['doc.md']);
    rmSync(dir, { recursive: true });
  });
});
