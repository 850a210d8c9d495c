import { describe, expect, it } from 'vitest';
import { countForChannel } from '../channels/count';
import { socialText } from '../channels/social-text';
import type { PvDocument } from '../document/document';
import { asTextFile, exportMarkdown, exportPlainText } from './export-formats';

const doc: PvDocument = {
  title: 'Launch day',
  blocks: [
    { id: 'h', kind: 'heading', level: 1, text: 'Launch day' },
    {
      id: 'p',
      kind: 'paragraph',
      text: 'Read the guide today.',
      links: [{ range: { start: 9, end: 14 }, url: 'https://example.org/guide' }],
    },
    { id: 'l1', kind: 'listItem', depth: 0, ordered: false, text: 'Fast' },
    { id: 'l2', kind: 'listItem', depth: 0, ordered: false, text: 'Offline' },
    { id: 'e', kind: 'paragraph', text: '' },
  ],
};

describe('exportMarkdown', () => {
  it('fences the front matter and ends with one line break', () => {
    expect(exportMarkdown('# Launch day\n\nHello.\n\n', 'title: Launch\n')).toBe(
      '---\ntitle: Launch\n---\n\n# Launch day\n\nHello.\n',
    );
  });

  it('writes the body alone without front matter, and nothing for nothing', () => {
    expect(exportMarkdown('Hello.', undefined)).toBe('Hello.\n');
    expect(exportMarkdown('Hello.', '  \n')).toBe('Hello.\n');
    expect(exportMarkdown('\n', undefined)).toBe('');
  });
});

describe('exportPlainText', () => {
  it('is the social text for X, the very string the counter counts', () => {
    const text = exportPlainText(doc, 'x');
    expect(text).toBe('Launch day\n\nRead the guide (https://example.org/guide) today.\n\n• Fast\n• Offline');
    expect(text).toBe(socialText(doc).text);
    expect(countForChannel(text, 'x')).toEqual(countForChannel(socialText(doc).text, 'x'));
    expect(countForChannel(text, 'x').used).toBe(countForChannel(socialText(doc).text, 'x').used);
  });

  it('is the social text for LinkedIn and Mastodon', () => {
    expect(exportPlainText(doc, 'linkedin')).toBe(socialText(doc).text);
    expect(exportPlainText(doc, 'mastodon')).toBe(socialText(doc).text);
  });

  it('separates blocks by blank lines for the blog', () => {
    expect(exportPlainText(doc, 'blog')).toBe('Launch day\n\nRead the guide today.\n\nFast\n\nOffline');
  });
});

describe('asTextFile', () => {
  it('ends with one line break, or is empty', () => {
    expect(asTextFile('a\n\n')).toBe('a\n');
    expect(asTextFile(' \n')).toBe('');
  });
});
