import type { MetricRule } from '../rule-definition';
import { formatMessage, type CompiledRule } from './compiled-rule';
import { evaluateFormula, FormulaError, meetsCondition } from './formula';
import { SUMMARY_VARIABLES } from '../vale-text';

/** Vale's metric check: a formula over the document's summary counts, reported at the top of the file. */
export function compileMetric(definition: MetricRule): CompiledRule {
  // A formula or condition that cannot be read fails this rule's load, never a check.
  const trial = Object.fromEntries(SUMMARY_VARIABLES.map((name) => [name, 1]));
  try {
    evaluateFormula(definition.formula, trial);
  } catch (error) {
    throw new FormulaError(`${definition.file}: formula: ${(error as Error).message}`);
  }
  try {
    meetsCondition(0, definition.condition);
  } catch (error) {
    throw new FormulaError(`${definition.file}: condition: ${(error as Error).message}`);
  }
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
