/**
 * The outline of an article: its headings, nested, and the headings that skip
 * a level (an h2 followed by an h4), which break the document's structure for
 * screen readers and for search engines.
 */
import type { PvDocument } from '../document/document';
import type { Severity } from '../engine/diagnostic';
import type { UiLanguage } from '../scorecard/meanings';

/** One heading of the outline. */
export interface OutlineEntry {
  blockId: string;
  /** Heading level, 1 to 6. */
  level: number;
  text: string;
  /** How many headings above it contain it: 0 at the top of the outline. */
  depth: number;
}

/** A heading that goes more than one level deeper than the heading before it. */
export interface OutlineProblem {
  code: 'skipped-level';
  blockId: string;
  severity: Severity;
  level: number;
  previousLevel: number;
  /** The level it should have: one below the heading before it. */
  expectedLevel: number;
  message: string;
}

/**
 * The headings of a document in reading order. A heading's depth is the
 * number of earlier headings of a lower level that are still open, so an h4
 * right after an h2 has depth 1 more than the h2, as it would in a table of
 * contents. A heading without a level counts as level 1.
 */
export function headingOutline(doc: PvDocument): OutlineEntry[] {
  const open: number[] = [];
  const entries: OutlineEntry[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'heading') continue;
    const level = block.level ?? 1;
    while (open.length > 0 && (open.at(-1) ?? 0) >= level) open.pop();
    entries.push({ blockId: block.id, level, text: block.text, depth: open.length });
    open.push(level);
  }
  return entries;
}

function skippedMessage(level: number, previous: number, expected: number, ui: UiLanguage): string {
  if (ui === 'fr') {
    return `Ce titre passe du niveau ${previous} au niveau ${level}\u00a0: faites-en un titre de niveau ${expected}, ou ajoutez un titre de niveau ${expected} avant lui.`;
  }
  return `This heading jumps from level ${previous} to level ${level}: make it a level ${expected} heading, or add a level ${expected} heading before it.`;
}

/**
 * Headings that skip a level: deeper than the heading before them by more
 * than one (h2 then h4). Going back up any number of levels is fine, and so
 * is the first heading, whatever its level.
 */
export function checkOutline(doc: PvDocument, ui: UiLanguage): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  let previous: number | undefined;
  for (const entry of headingOutline(doc)) {
    if (previous !== undefined && entry.level > previous + 1) {
      const expected = previous + 1;
      problems.push({
        code: 'skipped-level',
        blockId: entry.blockId,
        severity: 'warning',
        level: entry.level,
        previousLevel: previous,
        expectedLevel: expected,
        message: skippedMessage(entry.level, previous, expected, ui),
      });
    }
    previous = entry.level;
  }
  return problems;
}
