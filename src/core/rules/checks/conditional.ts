import type { ConditionalRule } from '../rule-definition';
import {
  compile,
  exceptionMatcher,
  formatMessage,
  matchesOf,
  type CompiledRule,
  type RuleMatch,
} from './compiled-rule';

/**
 * Vale's conditional check: each match of `second` (e.g. an acronym) needs a
 * match of `first` somewhere in the file (e.g. its definition), whose first
 * capture group names it.
 */
export function compileConditional(definition: ConditionalRule, accepted: readonly string[]): CompiledRule {
  const prefix = definition.ignorecase ? '(?i)' : '';
  const first = compile(definition, 'first', prefix + definition.first);
  const second = compile(definition, 'second', prefix + definition.second);
  const isException = exceptionMatcher(definition, definition.exceptions, accepted, definition.vocab);
  return {
    definition,
    run(blocks) {
      const defined = new Set<string>();
      for (const block of blocks) {
        for (const m of matchesOf(first, block.text)) defined.add(m[1] ?? m[0]);
      }
      const out: RuleMatch[] = [];
      blocks.forEach((block, index) => {
        for (const m of matchesOf(second, block.text)) {
          const text = m[1] ?? m[0];
          if (defined.has(text) || isException?.(text)) continue;
          const at = m.index + m[0].indexOf(text);
          out.push({
            block: index,
            start: at,
            end: at + text.length,
            message: formatMessage(definition.message, text),
          });
        }
      });
      return out;
    },
  };
}
