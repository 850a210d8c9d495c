import type { ExistenceRule } from '../rule-definition';
import {
  blockMatches,
  compile,
  exceptionMatcher,
  formatMessage,
  wordTemplate,
  type CompiledRule,
  type RuleMatch,
} from './compiled-rule';

/** Vale's existence check: report every match of the tokens (or raw pattern) that is not an exception. */
export function compileExistence(definition: ExistenceRule, accepted: readonly string[]): CompiledRule {
  const body = definition.tokens.join('|');
  let source = definition.tokens.length > 0 ? wordTemplate(body, !definition.nonword) : '(?m)';
  const raw = definition.raw.join('');
  source = definition.append ? source + raw : raw + source;
  if (definition.tokens.length === 0) source = `(?m)${raw}`;
  if (definition.ignorecase) source = `(?i)${source}`;
  const regex = compile(definition, definition.tokens.length > 0 ? 'tokens' : 'raw', source);
  const isException = exceptionMatcher(definition, definition.exceptions, accepted, definition.vocab);
  return {
    definition,
    run(blocks) {
      const out: RuleMatch[] = [];
      for (const { block, match: m, start } of blockMatches(regex, blocks)) {
        const observed = m[0].trim();
        if (isException?.(observed)) continue;
        // The message quotes the match as found, spaces included (Google.FirstPerson: 'I ').
        out.push({ block, start, end: start + m[0].length, message: formatMessage(definition.message, m[0]) });
      }
      return out;
    },
  };
}
