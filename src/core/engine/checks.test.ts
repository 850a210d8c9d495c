import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS } from './checks';

const documentation = readFileSync(new URL('../../../docs/checks.md', import.meta.url), 'utf8');

describe('built-in checks', () => {
  it('are each documented in docs/checks.md, with their languages', () => {
    for (const check of BUILTIN_CHECKS) {
      const row = documentation.split('\n').find((line) => new RegExp(`^\\|\\s*\`${check.rule}\`\\s*\\|`).test(line));
      expect(row, check.rule).toBeDefined();
      for (const language of check.languages) expect(row, `${check.rule} ${language}`).toContain(language);
    }
  });

  it('have a summary, and one rule name per check except HardSentence, shared by its English and French checks', () => {
    const names = BUILTIN_CHECKS.map((c) => c.rule);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual(['HardSentence']);
    for (const check of BUILTIN_CHECKS) expect(check.summary.length, check.rule).toBeGreaterThan(20);
  });
});
