import type { Language } from '../language/detect';
import { countLetters, isComplexWord, isLongWord, type ReadabilityCounts } from '../readability/formulas';
import { frenchSyllables } from '../readability/syllables-fr';
import { isHemingwayAdverb } from '../retext/adverbs';
import { hasLetter, type SentenceToken } from '../retext/nlcst-walk';
import { englishSyllables } from '../readability/syllables-en';
import { countGraphemes } from '../stats/segment';
import type { Finding } from './diagnostic';

/** The counts that add up from block to block: the readability counts and these. */
export interface SummableCounts extends ReadabilityCounts {
  /** User-perceived characters, spaces included. */
  characters: number;
  /** Sentences with at least one passive construction. */
  passiveSentences: number;
  /** Sentences rated hard / very hard to read. */
  hardSentences: number;
  veryHardSentences: number;
  adverbs: number;
}

export const SUMMABLE_KEYS = [
  'words',
  'sentences',
  'syllables',
  'letters',
  'complexWords',
  'polysyllables',
  'longWords',
  'characters',
  'passiveSentences',
  'hardSentences',
  'veryHardSentences',
  'adverbs',
] as const satisfies readonly (keyof SummableCounts)[];

/**
 * What one block contributes to the document's figures. Cached with the
 * block's findings; document-wide figures are sums of these.
 */
export interface BlockFacts extends SummableCounts {
  language: Language;
  /** Words in each sentence, in order. */
  sentenceLengths: number[];
}

/** Syllable counts are the costly part of the facts: remember them per word (bounded). */
function cached(count: (word: string) => number): (word: string) => number {
  const memory = new Map<string, number>();
  return (word) => {
    let n = memory.get(word);
    if (n === undefined) {
      if (memory.size >= 50_000) memory.clear();
      n = count(word);
      memory.set(word, n);
    }
    return n;
  };
}

const cachedEnglish = cached(englishSyllables);
const cachedFrench = cached(frenchSyllables);

/** The facts of one block from its sentences and findings (ranges within the block). */
export function computeBlockFacts(
  text: string,
  language: Language,
  sentences: readonly SentenceToken[],
  findings: readonly Finding[],
): BlockFacts {
  const syllablesOf = language === 'fr' ? cachedFrench : cachedEnglish;
  const facts: BlockFacts = {
    language,
    words: 0,
    sentences: 0,
    syllables: 0,
    letters: 0,
    complexWords: 0,
    polysyllables: 0,
    longWords: 0,
    characters: countGraphemes(text),
    sentenceLengths: [],
    passiveSentences: 0,
    hardSentences: 0,
    veryHardSentences: 0,
    adverbs: 0,
  };
  for (const sentence of sentences) {
    let length = 0;
    for (const { text: word } of sentence.words) {
      const letters = countLetters(word);
      if (letters === 0) continue;
      length += 1;
      facts.letters += letters;
      if (isLongWord(word)) facts.longWords += 1;
      if (!hasLetter(word)) {
        facts.syllables += 1;
        continue;
      }
      const syllables = syllablesOf(word);
      facts.syllables += syllables;
      if (syllables >= 3) {
        facts.polysyllables += 1;
        if (isComplexWord(word, syllablesOf)) facts.complexWords += 1;
      }
      if (language === 'en' && isHemingwayAdverb(word)) facts.adverbs += 1;
    }
    if (length === 0) continue;
    facts.words += length;
    facts.sentences += 1;
    facts.sentenceLengths.push(length);
    const inSentence = (f: Finding): boolean =>
      f.range.start >= sentence.range.start && f.range.start < sentence.range.end;
    if (findings.some((f) => f.rule === 'Passive' && inSentence(f))) facts.passiveSentences += 1;
    const hard = findings.find((f) => f.rule === 'HardSentence' && inSentence(f));
    if (hard?.severity === 'warning') facts.veryHardSentences += 1;
    else if (hard) facts.hardSentences += 1;
  }
  return facts;
}
