import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '../channels/channel';
import { socialText } from '../channels/social-text';
import type { Block, InlineMark, PvDocument } from '../document/document';
import { markdownToDocument } from '../document/markdown';
import { exportPlainText } from './export-formats';

/** The same blocks without their marks. */
const unmarked = (doc: Pick<PvDocument, 'blocks'>): Pick<PvDocument, 'blocks'> => ({
  blocks: doc.blocks.map(({ marks: _marks, ...block }) => block),
});

describe('plain text exports of formatted text', () => {
  const doc = markdownToDocument(
    [
      '# A **bold** title',
      '',
      'Some **bold**, *it*, ***both*** and `npm test`, [a *link*](https://x.fr).',
      '',
      '- **Item** one',
      '1. *Step*',
      '',
      '> `quoted` **words**',
    ].join('\n'),
  );

  it('has marks to leave out', () => {
    expect(doc.blocks.every((b) => (b.marks?.length ?? 0) > 0)).toBe(true);
  });

  it('writes the text of every channel without any syntax', () => {
    expect(exportPlainText(doc, 'blog')).toBe(
      ['A bold title', 'Some bold, it, both and npm test, a link.', 'Item one', 'Step', 'quoted words'].join('\n\n'),
    );
    const social = [
      'A bold title',
      '',
      'Some bold, it, both and npm test, a link (https://x.fr).',
      '',
      '• Item one',
      '1. Step',
      '',
      'quoted words',
    ].join('\n');
    for (const channel of ['linkedin', 'x', 'mastodon'] as const) expect(exportPlainText(doc, channel)).toBe(social);
  });

  it('is the same text with or without marks, for random marks', () => {
    const kind = fc.constantFrom<InlineMark['kind']>('strong', 'emphasis', 'strike', 'code');
    const mark = fc.record({
      range: fc.record({ start: fc.integer({ min: 0, max: 20 }), end: fc.integer({ min: 0, max: 20 }) }),
      kind,
    });
    const block = fc.record({
      kind: fc.constantFrom<Block['kind']>('heading', 'paragraph', 'listItem', 'quote', 'code'),
      text: fc.string({ maxLength: 20 }),
      marks: fc.array(mark, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), (raw) => {
        const marked = { blocks: raw.map((b, i): Block => ({ id: `b${i}`, ...b })) };
        for (const channel of CHANNEL_IDS) {
          expect(exportPlainText(marked, channel)).toBe(exportPlainText(unmarked(marked), channel));
        }
        expect(socialText(marked)).toEqual(socialText(unmarked(marked)));
      }),
      { numRuns: 500 },
    );
  });
});
