import type { ConsistencyRule } from '../rule-definition';
import { compile, formatMessage, matchesOf, wordTemplate, type CompiledRule, type RuleMatch } from './compiled-rule';

/**
 * Vale's consistency check: for each pair, once one form is used in a file,
 * the other form is reported wherever it appears.
 */
export function compileConsistency(definition: ConsistencyRule): CompiledRule {
  const pairs = definition.either.map(([first, second], i) => {
    const make = (pattern: string, key: string): RegExp =>
      compile(definition, key, `${definition.ignorecase ? '(?i)' : ''}${wordTemplate(pattern, !definition.nonword)}`);
    return { first: make(first, `either[${i}]`), second: make(second, `either[${i}]`) };
  });
  return {
    definition,
    run(blocks) {
      const out: RuleMatch[] = [];
      for (const { first, second } of pairs) {
        const found: { block: number; start: number; end: number; text: string; which: 0 | 1 }[] = [];
        blocks.forEach((block, index) => {
          for (const m of matchesOf(first, block.text))
            found.push({ block: index, start: m.index, end: m.index + m[0].length, text: m[0], which: 0 });
          for (const m of matchesOf(second, block.text))
            found.push({ block: index, start: m.index, end: m.index + m[0].length, text: m[0], which: 1 });
        });
        if (!found.some((f) => f.which === 0) || !found.some((f) => f.which === 1)) continue;
        found.sort((a, b) => a.block - b.block || a.start - b.start);
        const chosen = found[0]?.which;
        for (const f of found) {
          if (f.which === chosen) continue;
          out.push({ block: f.block, start: f.start, end: f.end, message: formatMessage(definition.message, f.text) });
        }
      }
      return out;
    },
  };
}
