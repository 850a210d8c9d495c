import NSpell from 'nspell';
import { CompactDictionary, type SerializedConversion } from './compact-dictionary';
import type { Speller } from './speller';

/** How many `correct` answers to remember: a text repeats its common words. */
const CACHE_SIZE = 5000;

/**
 * A speller over a compiled `.pvdict` dictionary that answers exactly as
 * nspell does, because it is nspell: its own correct() and suggest() run on
 * an instance whose word table (`data`) looks words up in the compact file
 * instead of a JS object of every expanded form.
 */
export function createCompactSpeller(bytes: Uint8Array): Speller {
  const dictionary = new CompactDictionary(bytes);
  const { header } = dictionary;
  const flags: Record<string, unknown> = Object.assign(Object.create(null) as object, header.flags);
  for (const name of header.undefinedFlags) flags[name] = undefined;

  // nspell reads `data[word]` only for its truthiness (every array is truthy)
  // and to test flags with `codes.indexOf(flags[name])`: the codes of the
  // word's mask answer both. One frozen array per mask, shared by all words.
  const codesOf = Array.from({ length: 1 << header.maskFlags.length }, (_, mask) =>
    Object.freeze(header.maskFlags.filter((_name, bit) => mask & (1 << bit)).map((name) => flags[name])),
  );
  // nspell reads the same word two or three times in a row (exact(), then form()).
  let lastWord: string | undefined;
  let lastCodes: readonly unknown[] | undefined;
  const data = new Proxy(Object.create(null) as object, {
    get: (_target, word) => {
      if (typeof word !== 'string') return undefined;
      if (word !== lastWord) {
        const mask = dictionary.lookup(word);
        lastWord = word;
        lastCodes = mask < 0 ? undefined : codesOf[mask];
      }
      return lastCodes;
    },
  });

  const context = Object.assign(Object.create(NSpell.prototype) as NSpell, {
    data,
    flags,
    conversion: { in: header.conversion.in.map(toPattern), out: header.conversion.out.map(toPattern) },
    replacementTable: header.replacementTable,
    compoundRules: header.compoundRules.map(([source, regExpFlags]) => new RegExp(source, regExpFlags)),
    // Only used while adding words, which the compiled dictionary has done.
    compoundRuleCodes: Object.create(null) as object,
    rules: Object.create(null) as object,
  });

  const cache = new Map<string, boolean>();
  return {
    correct(word) {
      let answer = cache.get(word);
      if (answer === undefined) {
        answer = context.correct(word);
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(word, answer);
      }
      return answer;
    },
    suggest: (word) => context.suggest(word),
  };
}

function toPattern([source, regExpFlags, replacement]: SerializedConversion): [RegExp, string] {
  return [new RegExp(source, regExpFlags), replacement];
}
