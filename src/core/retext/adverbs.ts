import type { BlockCheck, Wording } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { quote } from './run-plugin';

/**
 * Words ending in -ly that are not adverbs, or that Hemingway does not flag.
 * Hemingway counts -ly words as adverbs, minus the common adjectives and nouns.
 */
const NOT_ADVERBS = new Set(
  (
    'ally anomaly apply assembly belly bully butterfly chilly costly curly daily deadly early elderly family friendly ' +
    'ghostly holy homely hourly imply italy jelly jolly july likely lily lively lonely lovely manly monopoly monthly ' +
    'multiply oily only orderly rally reply rely silly sly smelly supply ugly underbelly unlikely weekly wily woolly ' +
    'yearly holly fly ply reply anomaly assembly comply doily gully melancholy wholly hilly scaly fully'
  ).split(' '),
);

/** Whether an English word is an adverb as Hemingway counts them. */
export function isHemingwayAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 4 && lower.endsWith('ly') && /^\p{L}+$/u.test(lower) && !NOT_ADVERBS.has(lower);
}

const ADVERB: Wording<[word: string]> = {
  en: (word) => `${quote(word, 'en')} is an adverb: use a more precise verb, or remove it.`,
  fr: (word) => `${quote(word, 'fr')} est un adverbe\u00A0: employez un verbe plus précis, ou supprimez-le.`,
};

/** English adverbs as Hemingway counts them (-ly words): a stronger verb usually does better. */
export const adverbsCheck: BlockCheck = {
  rule: 'Adverbs',
  languages: ['en'],
  summary: 'Finds adverbs (“really”, “quickly”) as Hemingway counts them, so you can choose a stronger verb.',
  run({ sentences, ui }) {
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      for (const word of sentence.words) {
        if (!isHemingwayAdverb(word.text)) continue;
        findings.push({
          rule: 'Adverbs',
          source: 'porte-voix',
          severity: 'suggestion',
          message: ADVERB[ui](word.text),
          range: word.range,
          expected: [],
        });
      }
    }
    return findings;
  },
};
