import type { RepetitionRule } from '../rule-definition';
import {
  compile,
  exceptionMatcher,
  formatMessage,
  matchesOf,
  type CompiledRule,
  type RuleMatch,
} from './compiled-rule';

/** Vale's repetition check: the same token twice in a row (“the the”), spaces between them allowed. */
export function compileRepetition(definition: RepetitionRule, accepted: readonly string[]): CompiledRule {
  const regex = compile(definition, 'tokens', `${definition.ignorecase ? '(?i)' : ''}(${definition.tokens.join('|')})`);
  const isException = exceptionMatcher(definition, definition.exceptions, accepted, definition.vocab);
  return {
    definition,
    run(blocks) {
      const out: RuleMatch[] = [];
      blocks.forEach((block, index) => {
        let previous: { text: string; start: number; end: number } | undefined;
        let count = 0;
        let runStart = 0;
        for (const m of matchesOf(regex, block.text)) {
          const text = m[0];
          const between = previous ? block.text.slice(previous.end, m.index) : '';
          const same =
            previous &&
            /^\s+$/u.test(between) &&
            (definition.ignorecase ? previous.text.toLowerCase() === text.toLowerCase() : previous.text === text);
          if (same && (!definition.alpha || /^\p{L}+$/u.test(text)) && !isException?.(text)) {
            count += 1;
            if (count > definition.max) {
              out.push({
                block: index,
                start: runStart,
                end: m.index + text.length,
                message: formatMessage(definition.message, text),
              });
            }
          } else {
            count = 0;
            runStart = m.index;
          }
          previous = { text, start: m.index, end: m.index + text.length };
        }
      });
      return out;
    },
  };
}
