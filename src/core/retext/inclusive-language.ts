import type { Root } from 'nlcst';
import retextEquality from 'retext-equality';
import type { BlockCheck } from '../engine/check';
import { EQUALITY_FIRST_WORDS } from './equality-first-words';
import { findingsFrom, firstWordSet, listOr, paragraphsWith, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextEquality);
const FIRST_WORDS = firstWordSet(EQUALITY_FIRST_WORDS);

/**
 * retext-equality rebuilds its index of phrases for every paragraph, which
 * made it the slowest check. It gets the paragraphs that may match, as one
 * paragraph: without its `binary` option (off here) a paragraph only groups
 * matches, and positions are kept, so the messages are the same.
 */
function asOneParagraph(tree: Root): Root | undefined {
  const kept = paragraphsWith(tree, FIRST_WORDS);
  if (!kept) return undefined;
  const children = kept.children.flatMap((p) => (p.type === 'ParagraphNode' ? p.children : []));
  return { ...kept, children: [{ type: 'ParagraphNode', children }] };
}
const RULE = {
  rule: 'InclusiveLanguage',
  source: 'retext-equality',
  url: 'https://github.com/retextjs/retext-equality#readme',
};

/** English gender-favouring, polarising, race-related or other inconsiderate wording (retext-equality). */
export const inclusiveLanguageCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en'],
  summary: 'Finds wording that may exclude or hurt readers (“chairman”, “crazy”) and offers neutral alternatives.',
  run({ tree, text }) {
    const candidates = asOneParagraph(tree);
    if (!candidates) return [];
    return findingsFrom(run(candidates, text), text, RULE, ({ message, actual }) => {
      const expected = (message.expected ?? []).filter((e): e is string => typeof e === 'string');
      return {
        severity: 'warning',
        message:
          expected.length > 0
            ? `${quote(actual)} may exclude or hurt some readers: consider ${listOr(expected)}.`
            : `${quote(actual)} may exclude or hurt some readers: rephrase without it.`,
        expected,
        note: message.note ?? undefined,
      };
    });
  },
};
