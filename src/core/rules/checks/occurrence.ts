import type { OccurrenceRule } from '../rule-definition';
import { compile, formatMessage, matchesOf, type CompiledRule, type RuleMatch } from './compiled-rule';

/** Vale's occurrence check: too many (or too few) matches of `token` in one block of the rule's scope. */
export function compileOccurrence(definition: OccurrenceRule): CompiledRule {
  const regex = compile(definition, 'token', definition.ignorecase ? `(?i)${definition.token}` : definition.token);
  const max = definition.max ?? 0;
  const min = definition.min ?? 0;
  return {
    definition,
    run(blocks) {
      const out: RuleMatch[] = [];
      blocks.forEach((block, index) => {
        const found = [...matchesOf(regex, block.text)];
        const count = found.length;
        if (!((max > 0 && count > max) || (min > 0 && count < min))) return;
        // Vale reports the whole scope: there may be no single match to point at.
        const start = 0;
        const end = block.text.length;
        out.push({ block: index, start, end, message: formatMessage(definition.message, block.text.trim()) });
      });
      return out;
    },
  };
}
