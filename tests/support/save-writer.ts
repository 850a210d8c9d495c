/**
 * The child process of tests/unit/save-fault.test.ts: saves documents `from`
 * to `to` one after the other to one file with `writeTextDocument`, and prints
 * `saved n` after each save (stdout to a pipe is synchronous on Linux, so a
 * printed save is finished). Prints `ready` once loaded; with `--wait`, then
 * waits for a line on stdin before the first save. A failed save prints
 * `failed n CODE` and exits with 1.
 *
 *     node --import tsx tests/support/save-writer.ts <file> <from> <to> [--wait]
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { HostError } from '../../src/core/host';
import { writeTextDocument } from '../../src/main/services/documents';

/**
 * Version n of the test document: a line `doc n`, n numbered lines of text and
 * a line `end n`, so that every version is recognisable and a torn one shows.
 */
export function saveFaultDocument(n: number): string {
  const lines = [`doc ${n}`];
  for (let i = 1; i <= n; i++)
    lines.push(`line ${i} of ${n}: Le cœur déçu mais l’âme plutôt naïve, Louÿs rêva de crapaüter.`);
  lines.push(`end ${n}`, '');
  return lines.join('\n');
}

async function main([file, from, to, wait]: string[]): Promise<void> {
  const first = Number(from);
  const last = Number(to);
  if (!file || !Number.isInteger(first) || !Number.isInteger(last)) {
    throw new Error('usage: save-writer.ts <file> <from> <to> [--wait]');
  }
  // Over a file-size limit (RLIMIT_FSIZE) the kernel sends SIGXFSZ, which kills the
  // process by default: handled, the write fails with EFBIG instead, as it does with
  // ENOSPC when the disk is full.
  process.on('SIGXFSZ', () => undefined);
  process.stdout.write('ready\n');
  if (wait === '--wait') {
    const input = createInterface({ input: process.stdin });
    await new Promise((resolve) => input.once('line', resolve));
    input.close();
  }
  for (let n = first; n <= last; n++) {
    try {
      await writeTextDocument(file, saveFaultDocument(n));
    } catch (error) {
      process.stdout.write(`failed ${n} ${(error as HostError).code}\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`saved ${n}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
