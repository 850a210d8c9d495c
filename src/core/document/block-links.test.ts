import { describe, expect, it } from 'vitest';
import { linksOf } from './block-links';
import type { Block } from './document';

function block(links: unknown): Block {
  return { id: 'b', kind: 'paragraph', text: 'abcdef', links } as Block;
}

describe('linksOf', () => {
  it('keeps well-formed links sorted, and drops every link that overlaps one kept', () => {
    const link = (start: number, end: number, url: string) => ({ range: { start, end }, url });
    expect(linksOf(block([link(2, 3, 'c'), link(0, 3, 'a'), link(1, 2, 'b'), link(3, 5, ' d ')]))).toEqual([
      link(0, 3, 'a'),
      link(3, 5, 'd'),
    ]);
  });

  it('drops malformed links', () => {
    expect(
      linksOf(
        block([
          null,
          { url: 'x' },
          { range: { start: 0, end: 9 }, url: 'x' },
          { range: { start: 1, end: 1 }, url: 'x' },
          { range: { start: 0, end: 1 }, url: ' ' },
        ]),
      ),
    ).toEqual([]);
    expect(linksOf(block('not a list'))).toEqual([]);
  });
});
