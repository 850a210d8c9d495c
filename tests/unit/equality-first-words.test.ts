import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/equality-first-words.mjs', import.meta.url));

describe('equality-first-words.ts', () => {
  it('lists the first words of the installed retext-equality (else: run scripts/equality-first-words.mjs)', () => {
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toMatch(
      /^\d+ first words, in step with retext-equality \d+\.\d+\.\d+\n$/,
    );
  });
});
