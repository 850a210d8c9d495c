import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PvDocument } from '../document/document';
import { FrontMatterEditError, setFrontMatterFields } from './front-matter-edit';
import { readArticleMeta } from './meta';

const lines = (...parts: string[]): string => parts.join('\n');

const SOURCE = lines(
  '# Post settings',
  "title: 'Old title' # keep it short",
  'date: 2024-01-02',
  'description: A description.',
  'tags: [launch, react] # topics',
  'authors:',
  '  - name: Ann',
  '    url: https://example.com/a-long-address-that-would-be-folded-by-a-yaml-writer-with-a-line-width/ann',
  'layout: post',
);

const read = (frontMatter: string) => {
  const doc: PvDocument = { title: '', frontMatter, blocks: [] };
  return readArticleMeta(doc, 'en');
};

describe('setFrontMatterFields', () => {
  it('sets the fields and keeps every other key, comment, style and the order', () => {
    const out = setFrontMatterFields(SOURCE, {
      title: 'New: title',
      description: 'A new description.',
      tags: ['react', 'rendering'],
    });
    expect(out).toBe(
      lines(
        '# Post settings',
        "title: 'New: title' # keep it short",
        'date: 2024-01-02',
        'description: A new description.',
        'tags: [react, rendering] # topics',
        'authors:',
        '  - name: Ann',
        '    url: https://example.com/a-long-address-that-would-be-folded-by-a-yaml-writer-with-a-line-width/ann',
        'layout: post',
      ),
    );
    expect(setFrontMatterFields(SOURCE, {})).toBe(SOURCE);
  });

  it('removes a key for an empty text or an empty list', () => {
    const out = setFrontMatterFields(SOURCE, { title: '  ', tags: [], description: '' });
    expect(out).toBe(
      lines(
        '# Post settings',
        'date: 2024-01-02',
        'authors:',
        '  - name: Ann',
        '    url: https://example.com/a-long-address-that-would-be-folded-by-a-yaml-writer-with-a-line-width/ann',
        'layout: post',
      ),
    );
    expect(setFrontMatterFields('title: A\nchannel: x\nlang: fr', { channel: '', lang: '' })).toBe('title: A');
  });

  it('writes the description to description, else to excerpt when only that is used', () => {
    expect(setFrontMatterFields('title: A\nexcerpt: Old.', { description: 'New.' })).toBe('title: A\nexcerpt: New.');
    expect(setFrontMatterFields('description: Old.\nexcerpt: Kept.', { description: 'New.' })).toBe(
      'description: New.\nexcerpt: Kept.',
    );
    expect(setFrontMatterFields('description:\nexcerpt: Old.', { description: 'New.' })).toBe(
      'description:\nexcerpt: New.',
    );
    expect(setFrontMatterFields('excerpt:', { description: 'New.' })).toBe('excerpt: New.');
    expect(setFrontMatterFields('title: A', { description: 'New.' })).toBe('title: A\ndescription: New.');
    // Clearing it clears both keys, so that it reads as empty.
    expect(setFrontMatterFields('description: One.\nexcerpt: Two.\nlayout: post', { description: '' })).toBe(
      'layout: post',
    );
  });

  it('writes the language to lang, or to language when that is used', () => {
    expect(setFrontMatterFields('language: en', { lang: 'fr' })).toBe('language: fr');
    expect(setFrontMatterFields('title: A', { lang: 'fr', channel: 'linkedin' })).toBe(
      'title: A\nchannel: linkedin\nlang: fr',
    );
  });

  it('creates front matter where there is none', () => {
    expect(setFrontMatterFields(undefined, { title: 'Hello', tags: ['a', 'b'] })).toBe('title: Hello\ntags: [a, b]');
    expect(setFrontMatterFields('', { description: 'Short.' })).toBe('description: Short.');
    expect(setFrontMatterFields(undefined, { title: '' })).toBe('');
    expect(setFrontMatterFields('# Only a comment\n', { title: 'Hello' })).toBe('# Only a comment\n\ntitle: Hello\n');
  });

  it('keeps a block list of tags, with the comments of the tags it keeps, and comma-separated tags as text', () => {
    const block = lines('tags:', '  - launch # first', '  - react', 'layout: post');
    expect(setFrontMatterFields(block, { tags: ['react', ' rendering ', 'launch', 'react', ''] })).toBe(
      lines('tags:', '  - react', '  - rendering', '  - launch # first', 'layout: post'),
    );
    expect(setFrontMatterFields('tags: rust, library', { tags: ['rust', 'std'] })).toBe('tags: rust, std');
  });

  it('quotes values that YAML would read otherwise', () => {
    const out = setFrontMatterFields('title: Plain', { title: '2024', description: 'Tips #1: use - lists' });
    expect(out).toBe('title: "2024"\ndescription: "Tips #1: use - lists"');
    expect(parse(out)).toEqual({ title: '2024', description: 'Tips #1: use - lists' });
  });

  it('keeps the line endings and the final line break of the source', () => {
    expect(setFrontMatterFields('title: A\r\ndate: 2024-01-02\r\n', { title: 'B' })).toBe(
      'title: B\r\ndate: 2024-01-02\r\n',
    );
    expect(setFrontMatterFields('title: A\n', { title: 'B' })).toBe('title: B\n');
    expect(setFrontMatterFields('title: A', { title: 'B' })).toBe('title: B');
  });

  it('keeps the comments when every key is removed', () => {
    expect(setFrontMatterFields('# Settings\n\ntitle: A\n', { title: '' })).toBe('# Settings\n');
    expect(setFrontMatterFields('title: A', { title: '' })).toBe('');
    // A comment right above a removed key moves to the next key, or after the last one.
    expect(setFrontMatterFields('# About the post\ntitle: A\nlayout: post', { title: '' })).toBe(
      '# About the post\nlayout: post',
    );
    expect(setFrontMatterFields('layout: post\n# Search\ntitle: A', { title: '' })).toBe('layout: post\n# Search');
    expect(setFrontMatterFields('# Only the title\ntitle: A\n', { title: '' })).toBe('# Only the title\n');
  });

  it('does not overwrite malformed YAML: the error names the line', () => {
    const malformed = lines('title: Launch', 'tags: [a, b', 'date: 2024-01-02');
    expect(() => setFrontMatterFields(malformed, { title: 'New' })).toThrow(FrontMatterEditError);
    expect(() => setFrontMatterFields(malformed, { title: 'New' })).toThrow(/line 3: fix the front matter first/u);
    try {
      setFrontMatterFields('title: a\ntitle: b', { tags: ['x'] });
      expect.unreachable();
    } catch (error: unknown) {
      expect(error).toBeInstanceOf(FrontMatterEditError);
      expect((error as FrontMatterEditError).line).toBe(2);
      expect((error as Error).message).toBe(
        'The front matter is not valid YAML on line 2: fix the front matter first, then change the title, description or tags again.',
      );
    }
  });

  it('does not overwrite front matter that is not a map of keys', () => {
    expect(() => setFrontMatterFields('- a\n- b', { title: 'New' })).toThrow(/fix the front matter first/u);
    expect(() => setFrontMatterFields('just text', { title: 'New' })).toThrow(FrontMatterEditError);
  });
});

describe('setFrontMatterFields: properties', () => {
  const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc
      .array(
        fc.constantFrom('a', ' ', ':', '#', '-', '"', "'", '[', ']', ',', '{', '}', '\n', '\t', 'é', '😀', '@', '*'),
        {
          maxLength: 20,
        },
      )
      .map((parts) => parts.join('')),
  );
  const frontMatter = fc.constantFrom(
    undefined,
    '',
    SOURCE,
    'tags:\n  - one\n  - two',
    'excerpt: Old.\n',
    'tags: a, b',
  );

  it('reads back what it wrote, and leaves the other keys as they were', () => {
    fc.assert(
      fc.property(frontMatter, text, text, fc.array(text, { maxLength: 5 }), (source, title, description, tags) => {
        const out = setFrontMatterFields(source, { title, description, tags });
        const { meta, problems } = read(out);
        expect(problems).toEqual([]);
        expect(meta.title ?? '').toBe(collapse(title));
        expect(meta.excerpt ?? '').toBe(collapse(description));
        const expectedTags = [...new Set(tags.map(collapse).filter((tag) => tag !== ''))];
        // A comma-separated text splits tags that contain a comma.
        if (source !== 'tags: a, b' || tags.every((tag) => !tag.includes(','))) expect(meta.tags).toEqual(expectedTags);
        const before = (parse(source ?? '') ?? {}) as Record<string, unknown>;
        const after = (parse(out) ?? {}) as Record<string, unknown>;
        for (const key of Object.keys(before)) {
          if (!['title', 'description', 'excerpt', 'tags'].includes(key)) expect(after[key]).toEqual(before[key]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
