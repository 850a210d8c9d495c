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
        // Vale points at the first match that is neither blank nor masked code; with no match at all,
        // at the whole scope. When every match is code, Vale reports nothing.
        const first = count === 0 ? { index: 0, 0: block.text } : found.find((m) => isProse(m[0]));
        if (!first) return;
        out.push({
          block: index,
          start: first.index,
          end: first.index + first[0].length,
          message: formatMessage(definition.message, String(count)),
        });
      });
      return out;
    },
  };
}

/** Vale's `core.IsCode` test on a match: inline code reaches rules masked as `*` between backticks. */
function isProse(text: string): boolean {
  return text.trim() !== '' && !/^[`*\s]+$/.test(text);
}
