import { describe, expect, it } from 'vitest';
import type { Block, PvDocument } from '../document/document';
import { countForChannel } from './count';
import { socialText, toBlockOffset, type SocialText } from './social-text';

const linked: Block = {
  id: 'p',
  kind: 'paragraph',
  text: 'Read the docs and https://example.com today.',
  links: [
    { range: { start: 9, end: 13 }, url: 'https://docs.example.com/start' },
    { range: { start: 18, end: 37 }, url: 'https://example.com' },
  ],
};

const doc: PvDocument = {
  title: 'Ignored title',
  frontMatter: 'tags: [launch]',
  blocks: [
    { id: 'h', kind: 'heading', level: 1, text: 'Launch day' },
    linked,
    { id: 'l1', kind: 'listItem', depth: 0, ordered: false, text: 'First' },
    { id: 'l2', kind: 'listItem', depth: 1, ordered: true, text: 'Step one' },
    { id: 'l3', kind: 'listItem', depth: 1, ordered: true, text: 'Step two' },
    { id: 'l4', kind: 'listItem', depth: 2, ordered: false, text: 'Detail' },
    { id: 'l5', kind: 'listItem', depth: 1, ordered: true, text: 'Step three' },
    { id: 'l6', kind: 'listItem', depth: 0, ordered: false, text: 'Second' },
    { id: 'l7', kind: 'listItem', depth: 1, ordered: true, text: 'Again one' },
    { id: 'q', kind: 'quote', text: 'Ship it.' },
    { id: 'c', kind: 'code', text: 'npm run build\n\nnpm test' },
  ],
};

const EXPECTED = [
  'Launch day',
  '',
  'Read the docs (https://docs.example.com/start) and https://example.com today.',
  '',
  '• First',
  '  1. Step one',
  '  2. Step two',
  '    • Detail',
  '  3. Step three',
  '• Second',
  '  1. Again one',
  '',
  'Ship it.',
  '',
  'npm run build',
  '',
  'npm test',
].join('\n');

const blockText = (id: string): string => doc.blocks.find((b) => b.id === id)?.text ?? '';

describe('socialText', () => {
  it('writes headings, paragraphs with links, nested and ordered items, quotes and code', () => {
    const social = socialText(doc);
    expect(social.text).toBe(EXPECTED);
    expect(social.segments).toEqual([
      { blockId: 'h', start: 0, end: 10, blockStart: 0 },
      { blockId: 'p', start: 12, end: 25, blockStart: 0 },
      { blockId: 'p', start: 58, end: 89, blockStart: 13 },
      { blockId: 'l1', start: 93, end: 98, blockStart: 0 },
      { blockId: 'l2', start: 104, end: 112, blockStart: 0 },
      { blockId: 'l3', start: 118, end: 126, blockStart: 0 },
      { blockId: 'l4', start: 133, end: 139, blockStart: 0 },
      { blockId: 'l5', start: 145, end: 155, blockStart: 0 },
      { blockId: 'l6', start: 158, end: 164, blockStart: 0 },
      { blockId: 'l7', start: 170, end: 179, blockStart: 0 },
      { blockId: 'q', start: 181, end: 189, blockStart: 0 },
      { blockId: 'c', start: 191, end: 214, blockStart: 0 },
    ]);
  });

  it('numbers ordered runs per depth and aligns an item’s next paragraphs', () => {
    const blocks: Block[] = [
      { id: 'a', kind: 'listItem', depth: 0, ordered: true, text: 'one', markdown: '1. one' },
      { id: 'b', kind: 'listItem', depth: 0, ordered: true, text: 'more', markdown: '   more' },
      { id: 'c', kind: 'listItem', depth: 0, ordered: true, text: 'two', markdown: '2. two' },
      { id: 'd', kind: 'listItem', depth: 0, ordered: false, text: 'bullet' },
      { id: 'e', kind: 'listItem', depth: 0, ordered: true, text: 'again' },
      { id: 'f', kind: 'paragraph', text: 'Between.' },
      { id: 'g', kind: 'listItem', depth: 1, ordered: true, text: 'deep' },
      { id: 'h', kind: 'listItem', depth: 0, ordered: true, text: 'top' },
      { id: 'i', kind: 'listItem', depth: 1, ordered: true, text: 'deep again' },
    ];
    expect(socialText({ blocks }).text).toBe(
      '1. one\n   more\n2. two\n• bullet\n1. again\n\nBetween.\n\n  1. deep\n1. top\n  1. deep again',
    );
  });

  it('writes a link once when its text is its URL, and leaves relative links out', () => {
    const block = (text: string, url: string): Block => ({
      id: 'x',
      kind: 'paragraph',
      text,
      links: [{ range: { start: 0, end: text.length }, url }],
    });
    const one = (b: Block): string => socialText({ blocks: [b] }).text;
    expect(one(block('example.com/a/', 'https://www.Example.com/a'))).toBe('example.com/a/');
    expect(one(block('https://example.com', 'https://example.com'))).toBe('https://example.com');
    expect(one(block('the intro', '#intro'))).toBe('the intro');
    expect(one(block('the page', '/about'))).toBe('the page');
    expect(one(block('write to me', 'mailto:me@example.fr'))).toBe('write to me (mailto:me@example.fr)');
  });

  it('ignores links that are not well-formed or overlap', () => {
    const block = {
      id: 'x',
      kind: 'paragraph',
      text: 'one two three',
      links: [
        { range: { start: 4, end: 7 }, url: 'https://two.example' },
        { range: { start: 5, end: 13 }, url: 'https://overlap.example' },
        { range: { start: 8, end: 99 }, url: 'https://out.example' },
        { range: { start: 0, end: 3 } },
        { range: { start: 0, end: 3 }, url: '  ' },
        { range: { start: '0', end: 3 }, url: 'https://string.example' },
        { url: 'https://norange.example' },
        null,
        'link',
      ],
    } as unknown as Block;
    expect(socialText({ blocks: [block] }).text).toBe('one two (https://two.example) three');
    const notArray = { id: 'y', kind: 'paragraph', text: 'plain', links: 'nope' } as unknown as Block;
    expect(socialText({ blocks: [notArray] }).text).toBe('plain');
  });

  it('leaves out blank blocks, the title and the front matter', () => {
    const social = socialText({
      blocks: [
        { id: 'a', kind: 'paragraph', text: ' ' },
        { id: 'b', kind: 'paragraph', text: 'Only' },
        { id: 'c', kind: 'listItem', depth: 0, text: '' },
      ],
    });
    expect(social).toEqual({ text: 'Only', segments: [{ blockId: 'b', start: 0, end: 4, blockStart: 0 }] });
    expect(socialText({ blocks: [] })).toEqual({ text: '', segments: [] });
  });
});

describe('toBlockOffset', () => {
  const social: SocialText = socialText(doc);

  it('round-trips every copied character', () => {
    let checked = 0;
    for (const segment of social.segments) {
      for (let offset = segment.start; offset < segment.end; offset += 1) {
        const position = toBlockOffset(social, offset, 'exact');
        expect(position).toEqual({ blockId: segment.blockId, offset: segment.blockStart + offset - segment.start });
        expect(blockText(position?.blockId ?? '').charAt(position?.offset ?? -1)).toBe(social.text.charAt(offset));
        checked += 1;
      }
    }
    // Every character of every block was copied once.
    expect(checked).toBe(137);
    expect(doc.blocks.reduce((sum, b) => sum + b.text.length, 0)).toBe(137);
  });

  it('maps inserted characters to the next copied one, or to undefined when exact', () => {
    const bullet = social.text.indexOf('• First');
    expect(bullet).toBe(91);
    expect(toBlockOffset(social, bullet)).toEqual({ blockId: 'l1', offset: 0 });
    expect(toBlockOffset(social, bullet, 'exact')).toBeUndefined();
    const linkUrl = social.text.indexOf('(https://docs');
    expect(toBlockOffset(social, linkUrl)).toEqual({ blockId: 'p', offset: 13 });
    expect(toBlockOffset(social, linkUrl, 'exact')).toBeUndefined();
    // Right after a copied run: the end of that run, also when exact.
    expect(toBlockOffset(social, 89, 'exact')).toEqual({ blockId: 'p', offset: 44 });
    expect(toBlockOffset(social, 89)).toEqual({ blockId: 'l1', offset: 0 });
    expect(toBlockOffset(social, social.text.length)).toEqual({ blockId: 'c', offset: 23 });
    expect(toBlockOffset(social, social.text.length, 'exact')).toEqual({ blockId: 'c', offset: 23 });
  });

  it('is undefined out of the text or without copied text', () => {
    expect(toBlockOffset(social, -1)).toBeUndefined();
    expect(toBlockOffset(social, social.text.length + 1)).toBeUndefined();
    expect(toBlockOffset(social, 1.5)).toBeUndefined();
    expect(toBlockOffset(socialText({ blocks: [] }), 0)).toBeUndefined();
  });

  it('maps an overflow and a fold back into the document', () => {
    const long: PvDocument = {
      title: '',
      blocks: [
        { id: 'a', kind: 'paragraph', text: 'word '.repeat(30).trim() },
        { id: 'b', kind: 'paragraph', text: 'tail '.repeat(30).trim() },
      ],
    };
    const text = socialText(long);
    const x = countForChannel(text.text, 'x');
    expect(x.used).toBe(300);
    expect(x.overflowStart).toBe(280);
    // Block a is 149 characters, then "\n\n": block b starts at 151.
    expect(toBlockOffset(text, x.overflowStart ?? -1)).toEqual({ blockId: 'b', offset: 129 });
    const { folds } = countForChannel(text.text, 'linkedin');
    expect(folds).toEqual({ desktop: 210, mobile: 139 });
    expect(toBlockOffset(text, folds?.desktop ?? -1)).toEqual({ blockId: 'b', offset: 59 });
    expect(toBlockOffset(text, folds?.mobile ?? -1)).toEqual({ blockId: 'a', offset: 139 });
  });
});
