import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainTextToDocument } from './plain-text';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

describe('plainTextToDocument', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside a paragraph', () => {
    const doc = plainTextToDocument(
      '\n\n  First line\nsecond line  \n\n\n \t \nThird *para*.\r\n\r\nFourth\r\nline\rend\n',
    );
    expect(doc).toEqual({
      title: '',
      blocks: [
        { id: 'b1', kind: 'paragraph', text: 'First line\nsecond line' },
        { id: 'b2', kind: 'paragraph', text: 'Third *para*.' },
        { id: 'b3', kind: 'paragraph', text: 'Fourth\nline\nend' },
      ],
    });
  });

  it('gives no block for empty or blank text, and takes an id prefix', () => {
    expect(plainTextToDocument('').blocks).toEqual([]);
    expect(plainTextToDocument(' \n\t\n\n').blocks).toEqual([]);
    expect(plainTextToDocument('a\n\nb', { idPrefix: 'p' }).blocks.map((b) => b.id)).toEqual(['p1', 'p2']);
  });

  it('reads the corpus texts as their paragraphs', () => {
    for (const name of ['en-post-363w.txt', 'en-article-1585w.txt', 'en-long-10016w.txt', 'fr-article-1614w.txt']) {
      const text = corpus(name);
      const expected = text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      const doc = plainTextToDocument(text);
      expect(doc.blocks.map((b) => b.text)).toEqual(expected);
      expect(doc.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    }
    const [paragraph] = plainTextToDocument(corpus('en-paragraph-90w.txt')).blocks;
    expect(paragraph?.text.split(/\s+/)).toHaveLength(90);
  });
});
