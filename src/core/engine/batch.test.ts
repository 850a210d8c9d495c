import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDocument } from '../../../bench/corpus';
import { loadSpeller } from '../../cli/dictionaries';
import type { Language } from '../language/detect';
import type { Speller } from '../spelling/speller';
import { checkBatch } from './batch';
import { BUILTIN_CHECKS } from './checks';

const spellers: Partial<Record<Language, Speller>> = {};
beforeAll(async () => {
  spellers.en = await loadSpeller('en');
  spellers.fr = await loadSpeller('fr');
}, 120_000);

describe('checkBatch', () => {
  it.each([
    ['en-article-1585w.txt', 'en', 'en'],
    ['en-post-363w.txt', 'en', 'fr'],
    ['fr-article-1614w.txt', 'fr', 'en'],
    ['fr-article-1614w.txt', 'fr', 'fr'],
  ] as const)('gives each block of %s the outcome it gets when checked alone (interface: %s)', (name, language, ui) => {
    const blocks = corpusDocument(name).blocks;
    const vocabulary = new Set(['Rust', 'React']);
    const together = checkBatch(blocks, language, BUILTIN_CHECKS, spellers[language], vocabulary, ui);
    const alone = blocks.map((b) => checkBatch([b], language, BUILTIN_CHECKS, spellers[language], vocabulary, ui)[0]);
    expect(together).toEqual(alone);
    expect(together.reduce((n, o) => n + o.findings.length, 0)).toBeGreaterThan(20);
  });
});
