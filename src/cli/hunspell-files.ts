import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import type { SpellingRule } from '../core/rules/rule-definition';
import type { Speller } from '../core/spelling/speller';

/**
 * The dictionaries and word lists spelling rules name (`dicpath`,
 * `dictionaries`, `aff`/`dic`, `ignore`), read from disk relative to
 * StylesPath and built once each with nspell.
 */
export class HunspellFiles {
  private readonly cache = new Map<string, Speller | undefined>();

  constructor(
    private readonly stylesPath: string,
    private readonly warn: (message: string) => void,
  ) {}

  private resolve(file: string): string {
    return path.isAbsolute(file) ? file : path.join(this.stylesPath, file);
  }

  /** The rule's own speller (with the default one when `append` is set), or the default one. */
  spellerFor(rule: SpellingRule, fallback: Speller | undefined): Speller | undefined {
    const pairs: { aff: string; dic: string }[] = [];
    const dir = this.resolve(rule.dicpath ?? '');
    for (const name of rule.dictionaries)
      pairs.push({ aff: path.join(dir, `${name}.aff`), dic: path.join(dir, `${name}.dic`) });
    if (rule.aff && rule.dic) pairs.push({ aff: this.resolve(rule.aff), dic: this.resolve(rule.dic) });
    if (pairs.length === 0) return fallback;
    const key = JSON.stringify(pairs);
    if (!this.cache.has(key)) this.cache.set(key, this.build(rule, pairs));
    const own = this.cache.get(key);
    if (!own) return fallback;
    if (!rule.append || !fallback) return own;
    return {
      correct: (word) => own.correct(word) || fallback.correct(word),
      suggest: (word) => [...own.suggest(word), ...fallback.suggest(word)],
    };
  }

  private build(rule: SpellingRule, pairs: { aff: string; dic: string }[]): Speller | undefined {
    const missing = pairs.flatMap((p) => [p.aff, p.dic]).find((f) => !existsSync(f));
    if (missing) {
      this.warn(
        `${rule.file}: the dictionary file ${missing} does not exist: check "dicpath" and "dictionaries". Spelling uses the default dictionary.`,
      );
      return undefined;
    }
    const [first, ...rest] = pairs;
    if (!first) return undefined;
    const speller = nspell(readFileSync(first.aff), readFileSync(first.dic));
    for (const pair of rest) speller.dictionary(readFileSync(pair.dic));
    return { correct: (word) => speller.correct(word), suggest: (word) => speller.suggest(word) };
  }

  /** The words of the rule's `ignore` files, one a line. */
  ignoredWords(rule: SpellingRule): string[] {
    return rule.ignore.flatMap((file) => {
      const full = this.resolve(file);
      if (!existsSync(full)) {
        this.warn(`${rule.file}: the ignore file ${file} does not exist under StylesPath.`);
        return [];
      }
      return readFileSync(full, 'utf8')
        .split(/\r?\n/u)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
    });
  }
}
