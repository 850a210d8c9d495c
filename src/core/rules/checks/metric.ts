import type { MetricRule } from '../rule-definition';
import { formatMessage, type CompiledRule } from './compiled-rule';
import { evaluateFormula, meetsCondition } from './formula';

/** Vale's metric check: a formula over the document's summary counts, reported at the top of the file. */
export function compileMetric(definition: MetricRule): CompiledRule {
  return {
    definition,
    run(blocks, { summary }) {
      if (blocks.length === 0) return [];
      const value = evaluateFormula(definition.formula, summary as unknown as Record<string, number>);
      if (!Number.isFinite(value) || !meetsCondition(value, definition.condition)) return [];
      return [{ block: 0, start: 0, end: 0, message: formatMessage(definition.message, value.toFixed(2)) }];
    },
  };
}
