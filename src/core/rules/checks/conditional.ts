import type { ConditionalRule } from '../rule-definition';
import {
  blockMatches,
  compile,
  exceptionMatcher,
  formatMessage,
  type CompiledRule,
  type RuleMatch,
} from './compiled-rule';

/**
 * Vale's conditional check: the existence of `first` implies the existence of
 * `second` in the file. Each match of `first` (e.g. an acronym, its first
 * group) needs a match of `second` (its definition) that captures the same text.
 */
export function compileConditional(definition: ConditionalRule, accepted: readonly string[]): CompiledRule {
  const prefix = definition.ignorecase ? '(?i)' : '';
  const first = compile(definition, 'first', prefix + definition.first);
  const second = compile(definition, 'second', prefix + definition.second);
  const isException = exceptionMatcher(definition, definition.exceptions, accepted, definition.vocab);
  const captured = (m: RegExpExecArray): string => m.slice(1).find((g) => g !== undefined) ?? m[0];
  return {
    definition,
    run(blocks) {
      const defined = new Set<string>();
      for (const { match } of blockMatches(second, blocks)) defined.add(captured(match));
      const out: RuleMatch[] = [];
      for (const { block: index, match: m, start } of blockMatches(first, blocks)) {
        const text = captured(m);
        if (defined.has(text) || isException?.(text)) continue;
        const at = start + m[0].indexOf(text);
        out.push({ block: index, start: at, end: at + text.length, message: formatMessage(definition.message, text) });
      }
      return out;
    },
  };
}
