import { describe, expect, it } from 'vitest';
import type { Block, PvDocument } from '../../../core/document/document';
import {
  buildPublishRequest,
  formatTags,
  hasBody,
  initialStatus,
  markdownBody,
  parseTags,
  sameTags,
  featuredImageOf,
} from './publish-request';

const block = (id: string, kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({
  id,
  kind,
  text,
  ...extra,
});

const doc: PvDocument = {
  title: 'Launch day',
  blocks: [
    block('b1', 'heading', 'Launch day', { level: 1 }),
    block('b2', 'paragraph', 'We ship <today> & more.'),
    block('b3', 'listItem', 'Fast', { depth: 0 }),
    block('b4', 'paragraph', 'Read the guide', {
      links: [{ range: { start: 9, end: 14 }, url: 'https://example.org' }],
    }),
  ],
};
const markdown = '# Launch day\n\nWe ship <today> & more.\n\n- Fast\n\nRead the [guide](https://example.org)\n';

describe('buildPublishRequest', () => {
  it('leaves out the heading that repeats the title, in the HTML and the Markdown', () => {
    const request = buildPublishRequest(
      { doc, markdown },
      { target: 'wordpress', title: ' Launch  day ', tags: ['a', 'é'], status: 'draft', excerpt: '  Short.  ' },
    );
    expect(request).toEqual({
      target: 'wordpress',
      title: 'Launch day',
      html: [
        '<p>We ship &lt;today&gt; &amp; more.</p>',
        '<ul>',
        '<li>Fast</li>',
        '</ul>',
        '<p>Read the <a href="https://example.org">guide</a></p>',
        '',
      ].join('\n'),
      markdown: 'We ship <today> & more.\n\n- Fast\n\nRead the [guide](https://example.org)\n',
      tags: ['a', 'é'],
      status: 'draft',
      excerpt: 'Short.',
    });
  });

  it('keeps a first heading that says something else, and passes the id to update', () => {
    const request = buildPublishRequest(
      { doc, markdown },
      { target: 'devto', title: 'Another title', tags: [], status: 'publish', id: '42' },
    );
    expect(request.html.startsWith('<h1>Launch day</h1>\n')).toBe(true);
    expect(request.markdown).toBe(markdown);
    expect(request.id).toBe('42');
    expect(request.excerpt).toBeUndefined();
  });

  it('tells whether there is a body besides the title', () => {
    expect(hasBody({ doc, markdown }, 'Launch day')).toBe(true);
    const only = { doc: { title: 'T', blocks: [block('h', 'heading', 'T', { level: 1 })] }, markdown: '# T\n' };
    expect(hasBody(only, 'T')).toBe(false);
    expect(markdownBody(only, 'T')).toBe('');
  });
});

describe('tags', () => {
  it('reads commas, trims, drops empty ones and duplicates whatever the case', () => {
    expect(parseTags(' Éthique, cloud ,, CLOUD,  two  words ')).toEqual(['Éthique', 'cloud', 'two words']);
    expect(parseTags('')).toEqual([]);
    expect(formatTags(['a', 'b c'])).toBe('a, b c');
    expect(sameTags(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameTags(['a', 'b'], ['b', 'a'])).toBe(false);
  });
});

describe('initialStatus', () => {
  it('is a draft, unless the post is public already', () => {
    expect(initialStatus(undefined)).toBe('draft');
    expect(initialStatus({ site: 's', id: '1', url: '', status: 'draft' })).toBe('draft');
    expect(initialStatus({ site: 's', id: '1', url: '', status: 'publish' })).toBe('publish');
    expect(initialStatus({ site: 's', id: '1', url: '', status: 'published' })).toBe('publish');
  });
});

describe('featuredImageOf', () => {
  it('gives the front matter’s image path, or why it cannot be used', () => {
    expect(featuredImageOf(undefined)).toBeUndefined();
    expect(featuredImageOf('title: T\n')).toBeUndefined();
    expect(featuredImageOf('title: T\nimage: images/cover.png\n')).toEqual({ path: 'images/cover.png' });
    expect(featuredImageOf('image: https://cdn.example.com/a.png\n')).toEqual({
      problem: expect.stringMatching(/is an address: the featured image is uploaded from a file/u),
    });
    expect(featuredImageOf('image: [unclosed\n')).toBeUndefined();
    expect(featuredImageOf('- a list\n')).toBeUndefined();
  });

  it('goes into the request with the document’s path and the digest of the image the post has', () => {
    const source = { doc: { title: '', blocks: [] }, markdown: 'x' };
    const image = { documentPath: '/home/ana/launch.md', path: 'images/cover.png' };
    const request = buildPublishRequest(source, {
      target: 'wordpress',
      title: 'T',
      tags: [],
      status: 'draft',
      image,
      previousImageSha256: 'b'.repeat(64),
    });
    expect(request.image).toEqual(image);
    expect(request.previousImageSha256).toBe('b'.repeat(64));
    expect(
      buildPublishRequest(source, { target: 'wordpress', title: 'T', tags: [], status: 'draft' }),
    ).not.toHaveProperty('image');
  });
});
