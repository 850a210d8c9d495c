import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';
import type { BlockCheck, Wording } from '../engine/check';
import type { Finding } from '../engine/diagnostic';

/**
 * retext-readability's per-sentence test, computed once per sentence for both
 * levels: the same seven formulas from the same packages, the same counts and
 * the same age conversions (src/core/retext/readability-sentence-en.test.ts
 * proves the same sentences are flagged on the corpus). What differs is speed:
 * the plugin looks words up in its word lists with Array#includes and runs
 * once per level; here the lists are Sets and syllables are remembered.
 */
export const HARD = { age: 16, threshold: 4 / 7 } as const;
export const VERY_HARD = { age: 21, threshold: 5 / 7 } as const;
const MIN_WORDS = 5;
const URL = 'https://github.com/retextjs/retext-readability#readme';

const familiar = new Set(spache);
const easy = new Set(daleChall);
const syllables = new Map<string, number>();

function syllablesOf(word: string): number {
  let n = syllables.get(word);
  if (n === undefined) {
    if (syllables.size >= 50_000) syllables.clear();
    n = syllable(word);
    syllables.set(word, n);
  }
  return n;
}

const gradeToAge = (grade: number): number => Math.round(grade + 5);
const fleschToAge = (value: number): number => 20 - Math.floor(value / 10);
const smogToAge = (value: number): number => Math.ceil(Math.sqrt(value) + 2.5);

/** The reading ages the seven formulas give a sentence, or undefined under five words. */
export function sentenceAges(sentence: Sentence): number[] | undefined {
  const familiarWords = new Set<string>();
  const easyWords = new Set<string>();
  let complexPolysillabicWord = 0;
  let letters = 0;
  let polysillabicWord = 0;
  let totalSyllables = 0;
  let wordCount = 0;
  const visitWords = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'WordNode') {
      const value = toString(node as Parameters<typeof toString>[0]);
      const caseless = value.toLowerCase();
      const count = syllablesOf(value);
      wordCount++;
      totalSyllables += count;
      letters += value.length;
      if (count >= 3) {
        polysillabicWord++;
        if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysillabicWord++;
      }
      if (familiar.has(caseless)) familiarWords.add(caseless);
      if (easy.has(caseless)) easyWords.add(caseless);
      return;
    }
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) visitWords(child);
  };
  visitWords(sentence);
  if (wordCount < MIN_WORDS) return undefined;
  const counts = {
    character: letters,
    complexPolysillabicWord,
    difficultWord: wordCount - easyWords.size,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: wordCount - familiarWords.size,
    word: wordCount,
  };
  return [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    fleschToAge(flesch(counts)),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts)),
  ];
}

/** The messages of `HardSentence`, shared by its English and French checks. */
export const HARD_SENTENCE_MESSAGES = {
  hard: {
    en: () => 'This sentence is hard to read: shorten it or use simpler words.',
    fr: () => 'Cette phrase est difficile à lire\u00A0: raccourcissez-la ou employez des mots plus simples.',
  },
  veryHard: {
    en: () => 'This sentence is very hard to read: split it, and prefer short, common words.',
    fr: () => 'Cette phrase est très difficile à lire\u00A0: coupez-la, et préférez des mots courts et courants.',
  },
} as const satisfies Record<string, Wording>;

/** Whether enough formulas (`threshold`) put the sentence above `age`. */
export function isHarderThan(ages: readonly number[], level: { age: number; threshold: number }): boolean {
  return ages.filter((a) => a > level.age).length / ages.length >= level.threshold;
}

/**
 * English sentences that are hard to read (most of seven formulas say the
 * sentence needs a reading age above 16), and very hard (above 21).
 */
export const sentenceReadabilityEnCheck: BlockCheck = {
  rule: 'HardSentence',
  languages: ['en'],
  summary: 'Finds English sentences that most readability formulas rate hard (or very hard) to read.',
  run({ tree, ui }) {
    const findings: Finding[] = [];
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue;
        const start = sentence.position?.start.offset;
        const end = sentence.position?.end.offset;
        if (start === undefined || end === undefined) continue;
        const ages = sentenceAges(sentence);
        if (!ages || !isHarderThan(ages, HARD)) continue;
        const veryHard = isHarderThan(ages, VERY_HARD);
        findings.push({
          rule: 'HardSentence',
          source: 'retext-readability',
          severity: veryHard ? 'warning' : 'suggestion',
          message: HARD_SENTENCE_MESSAGES[veryHard ? 'veryHard' : 'hard'][ui](),
          range: { start, end },
          expected: [],
          url: URL,
        });
      }
    }
    return findings;
  },
};
