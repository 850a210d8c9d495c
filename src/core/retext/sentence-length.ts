import type { BlockCheck, Wording } from '../engine/check';
import type { Finding } from '../engine/diagnostic';

/** Above this many words a sentence is long; above twice as many, very long. */
export const LONG_SENTENCE_WORDS = 25;

const LONG_SENTENCE: Wording<[count: number]> = {
  en: (count) => `This sentence has ${count} words: split it into sentences of ${LONG_SENTENCE_WORDS} words or fewer.`,
  fr: (count) =>
    `Cette phrase compte ${count}\u00A0mots\u00A0: coupez-la en phrases de ${LONG_SENTENCE_WORDS}\u00A0mots au plus.`,
};

/** Long sentences, in English and French: readers lose the thread after about 25 words. */
export const sentenceLengthCheck: BlockCheck = {
  rule: 'SentenceLength',
  languages: ['en', 'fr'],
  summary: `Finds sentences of more than ${LONG_SENTENCE_WORDS} words and asks to split them.`,
  run({ sentences, ui }) {
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      const count = sentence.words.length;
      if (count <= LONG_SENTENCE_WORDS) continue;
      const veryLong = count > 2 * LONG_SENTENCE_WORDS;
      findings.push({
        rule: 'SentenceLength',
        source: 'porte-voix',
        severity: veryLong ? 'warning' : 'suggestion',
        message: LONG_SENTENCE[ui](count),
        range: sentence.range,
        expected: [],
      });
    }
    return findings;
  },
};
