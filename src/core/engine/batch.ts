import type { Block, TextRange } from '../document/document';
import type { Language } from '../language/detect';
import { sentencesOf, type SentenceToken } from '../retext/nlcst-walk';
import type { Speller } from '../spelling/speller';
import { computeBlockFacts, type BlockFacts } from './block-facts';
import { touchesIgnored, type BlockCheck, type MessageLanguage } from './check';
import type { Finding } from './diagnostic';
import { parseBlock } from './parse';

export interface BlockOutcome {
  findings: Finding[];
  facts: BlockFacts;
}

/** Blocks are joined by a blank line: a paragraph break for the parser, so no sentence spans two blocks. */
const SEPARATOR = '\n\n';

/**
 * Checks several blocks of one language at once: their texts are joined into
 * one text, parsed once, and every check runs once over it; findings and
 * sentences are then given back to their blocks with block-relative ranges.
 * A retext plugin's set-up (compiling its word lists) then costs once per
 * batch, not once per block. The outcome of a block is the same as when it is
 * checked alone (a test holds it to that). Messages are written in `ui`.
 */
export function checkBatch(
  blocks: readonly Block[],
  language: Language,
  checks: readonly BlockCheck[],
  speller: Speller | undefined,
  vocabulary: ReadonlySet<string>,
  ui: MessageLanguage,
): BlockOutcome[] {
  const starts: number[] = [];
  const ignore: TextRange[] = [];
  let text = '';
  for (const block of blocks) {
    if (text) text += SEPARATOR;
    starts.push(text.length);
    for (const r of block.ignore ?? []) ignore.push({ start: r.start + text.length, end: r.end + text.length });
    text += block.text;
  }
  const tree = parseBlock(text, language);
  const allSentences = sentencesOf(tree);
  const input = { text, language, ignore, tree, sentences: allSentences, speller, vocabulary, ui };
  const findings: Finding[][] = blocks.map(() => []);
  const sentences: SentenceToken[][] = blocks.map(() => []);
  const owner = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const localize = (range: TextRange): { index: number; range: TextRange } | undefined => {
    const index = owner(range.start);
    const start = starts[index] ?? 0;
    const length = blocks[index]?.text.length ?? 0;
    if (range.end - start > length) return undefined;
    return { index, range: { start: range.start - start, end: range.end - start } };
  };

  for (const check of checks) {
    if (!check.languages.includes(language)) continue;
    for (const finding of check.run(input)) {
      if (touchesIgnored(finding.range, ignore)) continue;
      const local = localize(finding.range);
      if (local) findings[local.index]?.push({ ...finding, range: local.range });
    }
  }
  for (const sentence of allSentences) {
    const local = localize(sentence.range);
    if (!local) continue;
    const shift = sentence.range.start - local.range.start;
    sentences[local.index]?.push({
      range: local.range,
      words: sentence.words.map((w) => ({
        text: w.text,
        range: { start: w.range.start - shift, end: w.range.end - shift },
      })),
    });
  }
  return blocks.map((block, i) => ({
    findings: findings[i] ?? [],
    facts: computeBlockFacts(block.text, language, sentences[i] ?? [], findings[i] ?? []),
  }));
}
