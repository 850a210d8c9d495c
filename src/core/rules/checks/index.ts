import type { RuleDefinition } from '../rule-definition';
import { compileCapitalization } from './capitalization';
import { RuleCompileError, type CompileContext, type CompileResult } from './compiled-rule';
import { compileConditional } from './conditional';
import { compileConsistency } from './consistency';
import { compileExistence } from './existence';
import { FormulaError } from './formula';
import { compileMetric } from './metric';
import { compileOccurrence } from './occurrence';
import { compileReadability } from './readability';
import { compileRepetition } from './repetition';
import { compileSpelling } from './spelling';
import { compileSubstitution } from './substitution';

/**
 * Builds the runnable form of a loaded rule. A pattern JavaScript cannot run
 * is an error for this rule only. Sequence and script rules are not run.
 */
export function compileRule(definition: RuleDefinition, context: CompileContext): CompileResult | undefined {
  const { accepted } = context;
  try {
    switch (definition.extends) {
      case 'existence':
        return { ok: true, rule: compileExistence(definition, accepted) };
      case 'substitution':
        return { ok: true, rule: compileSubstitution(definition, accepted) };
      case 'occurrence':
        return { ok: true, rule: compileOccurrence(definition) };
      case 'repetition':
        return { ok: true, rule: compileRepetition(definition, accepted) };
      case 'consistency':
        return { ok: true, rule: compileConsistency(definition) };
      case 'conditional':
        return { ok: true, rule: compileConditional(definition, accepted) };
      case 'capitalization':
        return { ok: true, rule: compileCapitalization(definition) };
      case 'metric':
        return { ok: true, rule: compileMetric(definition) };
      case 'readability':
        return { ok: true, rule: compileReadability(definition) };
      case 'spelling':
        return {
          ok: true,
          rule: compileSpelling(
            definition,
            accepted,
            context.spellerFor(definition),
            context.ignoredWordsFor?.(definition) ?? [],
          ),
        };
      case 'sequence':
      case 'script':
        return undefined;
    }
  } catch (error) {
    if (error instanceof RuleCompileError || error instanceof FormulaError) return { ok: false, error: error.message };
    throw error;
  }
}
