import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { kandelMoles } from '../readability/formulas';
import { frenchSyllables } from '../readability/syllables-fr';
import { hasLetter } from './nlcst-walk';
import { HARD_SENTENCE_MESSAGES } from './readability-sentence-en';

/** Shorter sentences are too short for a formula to mean anything. */
const MIN_WORDS = 8;
/** Kandel–Moles below this is difficult (Flesch's bands), below the second very difficult. */
const HARD = 50;
const VERY_HARD = 30;

/**
 * French sentences that are hard to read, by the Kandel–Moles formula (Flesch
 * adapted to French) computed on the sentence, with a French syllable count.
 */
export const sentenceReadabilityFrCheck: BlockCheck = {
  rule: 'HardSentence',
  languages: ['fr'],
  summary: 'Finds French sentences that the Kandel–Moles formula rates difficult (or very difficult) to read.',
  run({ sentences, ui }) {
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      const words = sentence.words.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
      if (words.length < MIN_WORDS) continue;
      const syllables = words.reduce((sum, w) => sum + (hasLetter(w.text) ? frenchSyllables(w.text) : 1), 0);
      const score = kandelMoles({ words: words.length, sentences: 1, syllables });
      if (score === undefined || score >= HARD) continue;
      const veryHard = score < VERY_HARD;
      findings.push({
        rule: 'HardSentence',
        source: 'porte-voix',
        severity: veryHard ? 'warning' : 'suggestion',
        message: HARD_SENTENCE_MESSAGES[veryHard ? 'veryHard' : 'hard'][ui](),
        range: sentence.range,
        expected: [],
      });
    }
    return findings;
  },
};
