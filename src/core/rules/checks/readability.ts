import type { ReadabilityRule } from '../rule-definition';
import type { SummaryCounts } from '../vale-text';
import { formatMessage, type CompiledRule } from './compiled-rule';

/** The grade formulas of Vale's legacy readability check, over the document's summary counts. */
const GRADES: Record<string, (s: SummaryCounts) => number> = {
  'Flesch-Kincaid': (s) => 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59,
  'Gunning Fog': (s) => 0.4 * (s.words / s.sentences + 100 * (s.complex_words / s.words)),
  'Coleman-Liau': (s) => 0.0588 * ((s.characters / s.words) * 100) - 0.296 * ((s.sentences / s.words) * 100) - 15.8,
  SMOG: (s) => 1.043 * Math.sqrt((s.polysyllabic_words * 30) / s.sentences) + 3.1291,
  'Automated Readability': (s) => 4.71 * (s.characters / s.words) + 0.5 * (s.words / s.sentences) - 21.43,
};

/** Vale's legacy readability check: the mean of the chosen grade formulas, reported above `grade`. */
export function compileReadability(definition: ReadabilityRule): CompiledRule {
  const formulas = definition.metrics.map((name) => GRADES[name]).filter((f) => f !== undefined);
  return {
    definition,
    run(blocks, { summary }) {
      if (blocks.length === 0 || formulas.length === 0 || summary.words === 0 || summary.sentences === 0) return [];
      const grade = formulas.reduce((sum, f) => sum + f(summary), 0) / formulas.length;
      if (!(grade > definition.grade)) return [];
      return [{ block: 0, start: 0, end: 0, message: formatMessage(definition.message, grade.toFixed(2)) }];
    },
  };
}
