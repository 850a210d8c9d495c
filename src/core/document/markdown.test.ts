import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, BlockKind, PvDocument } from './document';
import { documentToMarkdown, markdownToDocument } from './markdown';
import { plainTextToDocument } from './plain-text';

/** The fields a check sees, without the source-keeping ones. */
function seen(doc: PvDocument): Omit<Block, 'markdown' | 'before'>[] {
  return doc.blocks.map(({ markdown: _markdown, before: _before, ...rest }) => rest);
}

/** Every block's `markdown` and `before`, front matter and trailing, in order: must rebuild the input. */
function pieces(doc: PvDocument): string {
  return (
    (doc.frontMatterMarkdown ?? '') +
    doc.blocks.map((b) => `${b.before ?? ''}${b.markdown ?? ''}`).join('') +
    (doc.trailing ?? '')
  );
}

function withoutSource(doc: PvDocument): PvDocument {
  const { trailing: _trailing, frontMatterMarkdown: _fm, ...rest } = doc;
  return { ...rest, blocks: doc.blocks.map(({ markdown: _m, before: _b, ...block }) => block) };
}

describe('markdownToDocument', () => {
  it('reads front matter, headings, emphasis, links and inline code', () => {
    const md = [
      '---',
      `title: 'Un "vrai" titre'`,
      'lang: fr-FR',
      '---',
      '',
      '# Premier titre',
      '',
      'Un *mot*, du **gras**, un [lien](https://exemple.fr "titre") et `npm test` ici.',
      '',
    ].join('\n');
    const doc = markdownToDocument(md);
    expect(doc.title).toBe('Un "vrai" titre');
    expect(doc.language).toBe('fr');
    expect(doc.frontMatter).toBe(`title: 'Un "vrai" titre'\nlang: fr-FR`);
    expect(doc.frontMatterMarkdown).toBe(`---\ntitle: 'Un "vrai" titre'\nlang: fr-FR\n---`);
    expect(doc.trailing).toBe('\n');
    expect(doc.blocks).toEqual([
      { id: 'b1', kind: 'heading', level: 1, text: 'Premier titre', markdown: '# Premier titre', before: '\n\n' },
      {
        id: 'b2',
        kind: 'paragraph',
        text: 'Un mot, du gras, un lien et npm test ici.',
        // "npm test" starts after "Un mot, du gras, un lien et " (28 characters).
        ignore: [{ start: 28, end: 36 }],
        links: [{ range: { start: 20, end: 24 }, url: 'https://exemple.fr' }],
        marks: [
          { range: { start: 3, end: 6 }, kind: 'emphasis' },
          { range: { start: 11, end: 15 }, kind: 'strong' },
          { range: { start: 28, end: 36 }, kind: 'code' },
        ],
        markdown: 'Un *mot*, du **gras**, un [lien](https://exemple.fr "titre") et `npm test` ici.',
        before: '\n\n',
      },
    ]);
    expect(documentToMarkdown(doc)).toBe(md);
  });

  it('reads ATX and setext headings of every level, nested emphasis and reference links', () => {
    const md =
      'Titre\n=====\n\nSous-titre\n---\n\n### Trois ###\n\n#### _Quatre_ **et *demi***\n\n##### [Cinq][5]\n\n######\n\n[5]: https://x.fr\n';
    const doc = markdownToDocument(md, { idPrefix: 'h' });
    expect(seen(doc)).toEqual([
      { id: 'h1', kind: 'heading', level: 1, text: 'Titre' },
      { id: 'h2', kind: 'heading', level: 2, text: 'Sous-titre' },
      { id: 'h3', kind: 'heading', level: 3, text: 'Trois' },
      {
        id: 'h4',
        kind: 'heading',
        level: 4,
        text: 'Quatre et demi',
        marks: [
          { range: { start: 0, end: 6 }, kind: 'emphasis' },
          { range: { start: 7, end: 14 }, kind: 'strong' },
          { range: { start: 10, end: 14 }, kind: 'emphasis' },
        ],
      },
      { id: 'h5', kind: 'heading', level: 5, text: 'Cinq' },
      { id: 'h6', kind: 'heading', level: 6, text: '' },
    ]);
    expect(doc.blocks.map((b) => b.markdown)).toEqual([
      'Titre\n=====',
      'Sous-titre\n---',
      '### Trois ###',
      '#### _Quatre_ **et *demi***',
      '##### [Cinq][5]',
      '######',
    ]);
    expect(doc.title).toBe('Titre');
    expect(doc.trailing).toBe('\n\n[5]: https://x.fr\n');
    expect(documentToMarkdown(doc)).toBe(md);
  });

  it('reads nested, ordered and multi-paragraph lists as list items with depth', () => {
    const md = [
      '- one',
      '  - one.a with `code`',
      '    1. deep',
      '',
      '  second paragraph of one',
      '- [ ] a task',
      '',
      '3) three',
      '4) four',
      '',
    ].join('\n');
    const doc = markdownToDocument(md);
    expect(seen(doc)).toEqual([
      { id: 'b1', kind: 'listItem', depth: 0, ordered: false, text: 'one' },
      {
        id: 'b2',
        kind: 'listItem',
        depth: 1,
        ordered: false,
        text: 'one.a with code',
        ignore: [{ start: 11, end: 15 }],
        marks: [{ range: { start: 11, end: 15 }, kind: 'code' }],
      },
      { id: 'b3', kind: 'listItem', depth: 2, ordered: true, text: 'deep' },
      { id: 'b4', kind: 'listItem', depth: 0, ordered: false, text: 'second paragraph of one' },
      { id: 'b5', kind: 'listItem', depth: 0, ordered: false, text: '[ ] a task', ignore: [{ start: 0, end: 3 }] },
      { id: 'b6', kind: 'listItem', depth: 0, ordered: true, text: 'three' },
      { id: 'b7', kind: 'listItem', depth: 0, ordered: true, text: 'four' },
    ]);
    // A list item's `markdown` starts at the start of its line: indentation and marker included.
    expect(doc.blocks.map((b) => [b.before, b.markdown])).toEqual([
      ['', '- one'],
      ['\n', '  - one.a with `code`'],
      ['\n', '    1. deep'],
      ['\n\n', '  second paragraph of one'],
      ['\n', '- [ ] a task'],
      ['\n\n', '3) three'],
      ['\n', '4) four'],
    ]);
    expect(documentToMarkdown(doc)).toBe(md);
  });

  it('reads block quotes as quote blocks, with what they contain', () => {
    const md = '> First line\nlazy continuation\n>\n> > Nested\n>\n> - listed\n> # Heading\n\nAfter.\n';
    const doc = markdownToDocument(md);
    expect(seen(doc)).toEqual([
      { id: 'b1', kind: 'quote', text: 'First line lazy continuation' },
      { id: 'b2', kind: 'quote', text: 'Nested' },
      { id: 'b3', kind: 'listItem', depth: 0, ordered: false, text: 'listed' },
      { id: 'b4', kind: 'heading', level: 1, text: 'Heading' },
      { id: 'b5', kind: 'paragraph', text: 'After.' },
    ]);
    expect(doc.blocks.map((b) => b.markdown)).toEqual([
      '> First line\nlazy continuation',
      '> > Nested',
      '> - listed',
      '> # Heading',
      'After.',
    ]);
    expect(doc.title).toBe('Heading');
    expect(documentToMarkdown(doc)).toBe(md);
  });

  it('reads fenced and indented code as code blocks, unchecked', () => {
    const md = '```ts\nconst a = 1;\n\nlet b;\n```\n\n    indented *code*\n\n- item\n\n  ~~~\n  in a list\n  ~~~\n';
    const doc = markdownToDocument(md);
    expect(seen(doc)).toEqual([
      { id: 'b1', kind: 'code', text: 'const a = 1;\n\nlet b;' },
      { id: 'b2', kind: 'code', text: 'indented *code*' },
      { id: 'b3', kind: 'listItem', depth: 0, ordered: false, text: 'item' },
      { id: 'b4', kind: 'code', text: 'in a list' },
    ]);
    expect(doc.blocks[3]?.markdown).toBe('  ~~~\n  in a list\n  ~~~');
    expect(documentToMarkdown(doc)).toBe(md);
  });

  it('reads hard breaks as "\\n" and soft breaks as a space', () => {
    const md = 'Two spaces  \nbackslash\\\nsoft\nbreak   \n  indented';
    const doc = markdownToDocument(md);
    expect(seen(doc)).toEqual([{ id: 'b1', kind: 'paragraph', text: 'Two spaces\nbackslash\nsoft break\nindented' }]);
    expect(doc.trailing).toBe('');
    expect(documentToMarkdown(doc)).toBe(md);
  });

  it('keeps HTML, thematic breaks, definitions and images out of the text, and in the source', () => {
    const md = [
      '<div class="note">',
      'Not <em>checked</em>.',
      '</div>',
      '',
      'Some <abbr title="x">HTML</abbr> and ![an image](pic.png "t") here.',
      '',
      '***',
      '',
      '<!-- comment -->',
      '',
      'Last [ref].',
      '',
      '[ref]: https://example.org',
      '',
    ].join('\n');
    const doc = markdownToDocument(md);
    expect(seen(doc)).toEqual([
      { id: 'b1', kind: 'paragraph', text: 'Some HTML and  here.' },
      { id: 'b2', kind: 'paragraph', text: 'Last ref.' },
    ]);
    expect(doc.blocks[0]?.before).toBe('<div class="note">\nNot <em>checked</em>.\n</div>\n\n');
    expect(doc.blocks[1]?.before).toBe('\n\n***\n\n<!-- comment -->\n\n');
    expect(doc.trailing).toBe('\n\n[ref]: https://example.org\n');
    expect(documentToMarkdown(doc)).toBe(md);
  });

  it('reads a table as one paragraph per cell', () => {
    const md = [
      'Intro.',
      '',
      '| Name | Role `x` |',
      '| :--- | ---: |',
      '| **Ada** | a\\|b |',
      '|  | <https://ada.dev> | extra |',
      '',
      'a | b',
      '--|--',
      'c | # d',
      '',
    ].join('\n');
    const doc = markdownToDocument(md);
    expect(seen(doc)).toEqual([
      { id: 'b1', kind: 'paragraph', text: 'Intro.' },
      { id: 'b2', kind: 'paragraph', text: 'Name' },
      {
        id: 'b3',
        kind: 'paragraph',
        text: 'Role x',
        ignore: [{ start: 5, end: 6 }],
        marks: [{ range: { start: 5, end: 6 }, kind: 'code' }],
      },
      { id: 'b4', kind: 'paragraph', text: 'Ada', marks: [{ range: { start: 0, end: 3 }, kind: 'strong' }] },
      { id: 'b5', kind: 'paragraph', text: 'a|b' },
      {
        id: 'b6',
        kind: 'paragraph',
        text: 'https://ada.dev',
        ignore: [{ start: 0, end: 15 }],
        links: [{ range: { start: 0, end: 15 }, url: 'https://ada.dev' }],
      },
      { id: 'b7', kind: 'paragraph', text: 'a' },
      { id: 'b8', kind: 'paragraph', text: 'b' },
      { id: 'b9', kind: 'paragraph', text: 'c' },
      { id: 'b10', kind: 'paragraph', text: '# d' },
    ]);
    expect(doc.blocks.slice(1, 6).map((b) => [b.before, b.markdown])).toEqual([
      ['\n\n| ', 'Name'],
      [' | ', 'Role `x`'],
      [' |\n| :--- | ---: |\n| ', '**Ada**'],
      [' | ', 'a\\|b'],
      [' |\n|  | ', '<https://ada.dev>'],
    ]);
    expect(documentToMarkdown(doc)).toBe(md);
  });

  it('keeps autolinks, bare URLs and e-mail addresses in the text, ignored', () => {
    const md =
      'See <https://a.example/x?y=1>, www.porte-voix.fr/doc. or (https://b.example/p_(q)) and <me@corp.fr> or you@corp.fr.';
    const [block] = markdownToDocument(md).blocks;
    const text =
      'See https://a.example/x?y=1, www.porte-voix.fr/doc. or (https://b.example/p_(q)) and me@corp.fr or you@corp.fr.';
    expect(block?.text).toBe(text);
    const ignored = (block?.ignore ?? []).map((r) => text.slice(r.start, r.end));
    expect(ignored).toEqual([
      'https://a.example/x?y=1',
      'www.porte-voix.fr/doc',
      'https://b.example/p_(q)',
      'me@corp.fr',
      'you@corp.fr',
    ]);
    expect(block?.ignore).toEqual([
      { start: 4, end: 27 },
      { start: 29, end: 50 },
      { start: 56, end: 79 },
      { start: 85, end: 95 },
      { start: 99, end: 110 },
    ]);
  });

  it('takes the title from the front matter, else the first level-1 heading, else empty', () => {
    expect(markdownToDocument('---\ntitle: "Hello \\"you\\""\n---\n# Other').title).toBe('Hello "you"');
    expect(markdownToDocument('---\ntitle:\n---\n## Two\n\n# One\n\n# Again').title).toBe('One');
    expect(markdownToDocument('## Two only\n\ntext').title).toBe('');
    expect(markdownToDocument('').title).toBe('');
  });

  it('takes the language from `lang:` or `language:` in the front matter', () => {
    const language = (yaml: string): string | undefined => markdownToDocument(`---\n${yaml}\n---\n`).language;
    expect(language('lang: en')).toBe('en');
    expect(language('language: "fr-CA"')).toBe('fr');
    expect(language('lang: en-US\r')).toBe('en');
    expect(language('lang: EN_gb')).toBe('en');
    expect(language('lang: de')).toBeUndefined();
    expect(language('language: english')).toBeUndefined();
    expect(language('title: x')).toBeUndefined();
    expect(markdownToDocument('lang: fr').language).toBeUndefined();
  });

  it('reads CRLF input with exact source slices', () => {
    const md =
      '---\r\ntitle: CRLF\r\n---\r\n\r\n# Head\r\n\r\nOne\r\ntwo  \r\nthree\r\n\r\n- a\r\n  - b\r\n\r\n```\r\ncode\r\nmore\r\n```\r\n';
    const doc = markdownToDocument(md);
    expect(doc.frontMatter).toBe('title: CRLF');
    expect(doc.title).toBe('CRLF');
    expect(seen(doc)).toEqual([
      { id: 'b1', kind: 'heading', level: 1, text: 'Head' },
      { id: 'b2', kind: 'paragraph', text: 'One two\nthree' },
      { id: 'b3', kind: 'listItem', depth: 0, ordered: false, text: 'a' },
      { id: 'b4', kind: 'listItem', depth: 1, ordered: false, text: 'b' },
      { id: 'b5', kind: 'code', text: 'code\nmore' },
    ]);
    let offset = doc.frontMatterMarkdown?.length ?? 0;
    for (const block of doc.blocks) {
      offset += block.before?.length ?? 0;
      expect(md.slice(offset, offset + (block.markdown?.length ?? 0))).toBe(block.markdown);
      offset += block.markdown?.length ?? 0;
    }
    expect(doc.blocks.map((b) => b.markdown)).toEqual([
      '# Head',
      'One\r\ntwo  \r\nthree',
      '- a',
      '  - b',
      '```\r\ncode\r\nmore\r\n```',
    ]);
    expect(documentToMarkdown(doc)).toBe(md);
  });
});

describe('markdownToDocument: marks', () => {
  const marksOfFirst = (md: string) => {
    const [block] = markdownToDocument(md).blocks;
    return { text: block?.text, ignore: block?.ignore, links: block?.links, marks: block?.marks };
  };

  it('gives a mark per strong, emphasis and inline code, nested, sorted by start then longest first', () => {
    expect(marksOfFirst('***both*** and **bold *it* bold**, `x`')).toEqual({
      text: 'both and bold it bold, x',
      ignore: [{ start: 23, end: 24 }],
      links: undefined,
      marks: [
        { range: { start: 0, end: 4 }, kind: 'strong' },
        { range: { start: 0, end: 4 }, kind: 'emphasis' },
        { range: { start: 9, end: 21 }, kind: 'strong' },
        { range: { start: 14, end: 16 }, kind: 'emphasis' },
        { range: { start: 23, end: 24 }, kind: 'code' },
      ],
    });
  });

  it('keeps marks inside, around and over links', () => {
    expect(marksOfFirst('[**a** b](https://u.fr) and **c [d](https://v.fr) e**')).toEqual({
      text: 'a b and c d e',
      ignore: undefined,
      links: [
        { range: { start: 0, end: 3 }, url: 'https://u.fr' },
        { range: { start: 10, end: 11 }, url: 'https://v.fr' },
      ],
      marks: [
        { range: { start: 0, end: 1 }, kind: 'strong' },
        { range: { start: 8, end: 13 }, kind: 'strong' },
      ],
    });
  });

  it('keeps inline code in `ignore` as well as in a `code` mark, also inside strong', () => {
    expect(marksOfFirst('**a `the the` c**')).toEqual({
      text: 'a the the c',
      ignore: [{ start: 2, end: 9 }],
      links: undefined,
      marks: [
        { range: { start: 0, end: 11 }, kind: 'strong' },
        { range: { start: 2, end: 9 }, kind: 'code' },
      ],
    });
  });

  it('merges nested and touching marks of one kind', () => {
    expect(marksOfFirst('*a *b* c* **d**__e__')).toEqual({
      text: 'a b c de',
      ignore: undefined,
      links: undefined,
      marks: [
        { range: { start: 0, end: 5 }, kind: 'emphasis' },
        { range: { start: 6, end: 8 }, kind: 'strong' },
      ],
    });
  });

  it('gives no mark for empty emphasis or code blocks', () => {
    const doc = markdownToDocument('**![img](a.png)** and ~~~~\n\n```\n**not bold** ~~nor struck~~\n```\n');
    expect(doc.blocks.map((b) => [b.text, b.marks])).toEqual([
      [' and ~~~~', undefined],
      ['**not bold** ~~nor struck~~', undefined],
    ]);
  });

  it('reads GFM strikethrough with double tildes, as the editor writes it; a single tilde stays text', () => {
    const source = 'It took ~5 min, ~~two~~ three *~~old~~* days: a ~b~ c.\n';
    const doc = markdownToDocument(source);
    expect(doc.blocks.map((b) => [b.text, b.marks])).toEqual([
      [
        'It took ~5 min, two three old days: a ~b~ c.',
        [
          { range: { start: 16, end: 19 }, kind: 'strike' },
          { range: { start: 26, end: 29 }, kind: 'emphasis' },
          { range: { start: 26, end: 29 }, kind: 'strike' },
        ],
      ],
    ]);
    expect(documentToMarkdown(doc)).toBe(source);
    // Written from its fields, the text's own tildes are escaped, so it reads back the same.
    const rewritten = documentToMarkdown({
      ...doc,
      blocks: doc.blocks.map(({ markdown: _kept, ...fields }) => fields),
    });
    expect(markdownToDocument(rewritten).blocks[0]?.text).toBe(doc.blocks[0]?.text);
  });

  it('shifts the marks of table cells to the cell text', () => {
    const doc = markdownToDocument('| **x `y`** | [*z*](https://z.fr) |\n|---|---|\n');
    expect(doc.blocks.map((b) => [b.text, b.marks])).toEqual([
      [
        'x y',
        [
          { range: { start: 0, end: 3 }, kind: 'strong' },
          { range: { start: 2, end: 3 }, kind: 'code' },
        ],
      ],
      ['z', [{ range: { start: 0, end: 1 }, kind: 'emphasis' }]],
    ]);
  });
});

describe('documentToMarkdown', () => {
  it('writes blocks without Markdown from their fields, escaping what would change meaning', () => {
    const doc: PvDocument = {
      title: 'T',
      frontMatter: 'title: T',
      blocks: [
        { id: 'a', kind: 'heading', level: 2, text: 'A #hash and *stars* #' },
        { id: 'b', kind: 'paragraph', text: '1. not a list, [not](a link) <b> & a|b' },
        {
          id: 'c',
          kind: 'paragraph',
          text: 'Run npm test or see https://x.fr.',
          ignore: [
            { start: 4, end: 12 },
            { start: 20, end: 32 },
          ],
          // Inline code is written from `ignore`, and read back with its `code` mark.
          marks: [{ range: { start: 4, end: 12 }, kind: 'code' }],
        },
        { id: 'd', kind: 'listItem', depth: 0, ordered: true, text: 'first' },
        { id: 'e', kind: 'listItem', depth: 1, ordered: false, text: '- dash' },
        { id: 'f', kind: 'listItem', depth: 0, ordered: true, text: 'second\nline' },
        { id: 'g', kind: 'quote', text: '> quoted' },
        { id: 'h', kind: 'code', text: 'a\n```\nb' },
      ],
    };
    const md = documentToMarkdown(doc);
    expect(md).toBe(
      [
        '---',
        'title: T',
        '---',
        '',
        '## A #hash and \\*stars\\* \\#',
        '',
        '1\\. not a list, \\[not]\\(a link) \\<b> & a\\|b',
        '',
        'Run `npm test` or see https://x.fr.',
        '',
        '1. first',
        '   - \\- dash',
        '2. second\\',
        '   line',
        '',
        '> \\> quoted',
        '',
        '````',
        'a',
        '```',
        'b',
        '````',
        '',
      ].join('\n'),
    );
    const back = markdownToDocument(md);
    expect(seen(back).map(({ id: _id, ...b }) => b)).toEqual(doc.blocks.map(({ id: _id, ...b }) => b));
    expect(documentToMarkdown(back)).toBe(md);
  });

  it('keeps the source around an edited block and continues its list', () => {
    const md = '<!-- intro -->\n\n# Title\n\n1) one\n2) two\n   * sub\n   * sub2\n\n---\n\n> quote\n';
    const doc = markdownToDocument(md);
    const edit = (id: string, text: string): PvDocument => ({
      ...doc,
      blocks: doc.blocks.map(({ markdown, ...b }) =>
        b.id === id ? { ...b, text } : { ...b, markdown: markdown ?? '' },
      ),
    });
    expect(documentToMarkdown(edit('b1', 'New *title*'))).toBe(md.replace('# Title', '# New \\*title\\*'));
    expect(documentToMarkdown(edit('b3', 'deux'))).toBe(md.replace('2) two', '2) deux'));
    expect(documentToMarkdown(edit('b5', 'under'))).toBe(md.replace('* sub2', '* under'));
    expect(documentToMarkdown(edit('b6', 'citation'))).toBe(md.replace('> quote', '> citation'));
    // With no item before it at its depth, an edited item gets the default marker, under its parent.
    expect(documentToMarkdown(edit('b4', 'first'))).toBe(md.replace('* sub\n', '- first\n'));
  });

  it('writes an edited table cell in its row, with `|` escaped', () => {
    const md = '| a | b |\n|---|---|\n| c | d |\n';
    const doc = markdownToDocument(md);
    const blocks = doc.blocks.map(({ markdown, ...b }) =>
      b.text === 'c' ? { ...b, text: 'x|y' } : { ...b, markdown: markdown ?? '' },
    );
    expect(documentToMarkdown({ ...doc, blocks })).toBe('| a | b |\n|---|---|\n| x\\|y | d |\n');
    expect(markdownToDocument(documentToMarkdown({ ...doc, blocks })).blocks.map((b) => b.text)).toEqual([
      'a',
      'b',
      'x|y',
      'd',
    ]);
  });

  it('writes the front matter again when it was edited', () => {
    const doc = markdownToDocument('---\r\ntitle: A\r\n---\r\n\r\nText\r\n');
    expect(documentToMarkdown(doc)).toBe('---\r\ntitle: A\r\n---\r\n\r\nText\r\n');
    expect(documentToMarkdown({ ...doc, frontMatter: 'title: B' })).toBe('---\ntitle: B\n---\r\n\r\nText\r\n');
    expect(documentToMarkdown({ title: '', frontMatter: '', blocks: [] })).toBe('---\n---\n');
    expect(documentToMarkdown({ title: '', blocks: [] })).toBe('');
  });
});

// ---------------------------------------------------------------------------
// Real Markdown written from the corpus texts.

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

interface Expected {
  kind: BlockKind;
  level?: number;
  text: string;
}

/**
 * Turns a plain corpus text into a Markdown article (front matter, title,
 * headings, emphasis, links, inline code, lists, quotes, breaks, a code block,
 * HTML, thematic breaks) and lists the blocks it must give.
 */
function corpusArticle(name: string, language: 'en' | 'fr'): { markdown: string; expected: Expected[]; title: string } {
  const paragraphs = plainTextToDocument(corpus(name)).blocks.map((b) => b.text);
  const expected: Expected[] = [];
  const parts: string[] = [];
  const title = `${paragraphs[0]?.split(' ').slice(0, 5).join(' ') ?? ''}…`;
  parts.push(`# ${title}`);
  expected.push({ kind: 'heading', level: 1, text: title });
  for (const [i, paragraph] of paragraphs.entries()) {
    const sentences = paragraph.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý])/u);
    const items = paragraph.split('; ');
    if (paragraph.length < 70 && !/[.!?:]$/.test(paragraph)) {
      parts.push('* * *', `## ${paragraph}`);
      expected.push({ kind: 'heading', level: 2, text: paragraph });
    } else if (items.length >= 3) {
      parts.push(items.map((item, j) => `${j % 2 === 1 ? '  ' : ''}- ${item}`).join('\n'));
      for (const item of items) expected.push({ kind: 'listItem', text: item });
    } else if (i % 9 === 4 && sentences.length >= 3) {
      parts.push(sentences.map((s, j) => `${j + 1}. ${s}`).join('\n'));
      for (const s of sentences) expected.push({ kind: 'listItem', text: s });
    } else if (i % 7 === 3) {
      parts.push(`> ${sentences.join('\n> ')}`);
      expected.push({ kind: 'quote', text: paragraph });
    } else {
      const { markdown, text } = decorate(paragraph, i);
      parts.push(markdown);
      expected.push({ kind: 'paragraph', text });
    }
    if (i === 0) parts.push('<!-- more -->');
    if (i === 5) {
      parts.push('```rust\nfn main() {\n    println!("*not* emphasis");\n}\n```');
      expected.push({ kind: 'code', text: 'fn main() {\n    println!("*not* emphasis");\n}' });
    }
  }
  const frontMatter = `---\ntitle: "${title}"\nlang: ${language === 'en' ? 'en-GB' : 'fr-FR'}\ntags: [corpus]\n---`;
  return { markdown: `${frontMatter}\n\n${parts.join('\n\n')}\n`, expected, title };
}

/** Adds emphasis, a link, inline code, a soft and a hard line break to a paragraph; returns the text it must read as. */
function decorate(paragraph: string, i: number): { markdown: string; text: string } {
  let markdown = paragraph;
  let text = paragraph;
  const word = / ([A-Za-zÀ-ÿ]{7,})(?=[ ,])/u.exec(paragraph);
  if (word?.[1] !== undefined) {
    const wrap = ['**', '_', '`', '*'][i % 4] ?? '*';
    markdown = markdown.replace(` ${word[1]}`, ` ${wrap}${word[1]}${wrap}`);
  }
  markdown = markdown.replace(/ (Rust|React) /u, ' [$1](https://example.org/$1 "$1") ');
  const cut = markdown.indexOf('. ', 120);
  if (cut > 0 && !markdown.slice(0, cut).includes('`')) {
    const hard = i % 2 === 0;
    markdown = `${markdown.slice(0, cut + 1)}${hard ? '\\' : ''}\n${markdown.slice(cut + 2)}`;
    if (hard) {
      const textCut = text.indexOf('. ', text.indexOf(markdown.slice(cut - 20, cut + 1).replace(/[*_`]/g, '')));
      text = `${text.slice(0, textCut + 1)}\n${text.slice(textCut + 2)}`;
    }
  }
  return { markdown, text };
}

describe('Markdown articles from the corpus', () => {
  const articles: [string, 'en' | 'fr'][] = [
    ['en-post-363w.txt', 'en'],
    ['en-article-1585w.txt', 'en'],
    ['en-long-10016w.txt', 'en'],
    ['fr-article-1614w.txt', 'fr'],
  ];
  for (const [name, language] of articles) {
    it(`reads ${name} as Markdown and writes it back byte for byte`, () => {
      const { markdown, expected, title } = corpusArticle(name, language);
      const doc = markdownToDocument(markdown);
      expect(doc.title).toBe(title);
      expect(doc.language).toBe(language);
      expect(
        doc.blocks.map((b) => ({ kind: b.kind, ...(b.level === undefined ? {} : { level: b.level }), text: b.text })),
      ).toEqual(expected);
      expect(documentToMarkdown(doc)).toBe(markdown);
      expect(pieces(doc)).toBe(markdown);

      const crlf = markdown.replace(/\n/g, '\r\n');
      const crlfDoc = markdownToDocument(crlf);
      expect(crlfDoc.blocks.map((b) => b.text)).toEqual(expected.map((b) => b.text));
      expect(documentToMarkdown(crlfDoc)).toBe(crlf);
    });

    it(`writes ${name} back with each block edited in turn, keeping every block`, () => {
      const { markdown } = corpusArticle(name, language);
      const doc = markdownToDocument(markdown);
      const fields = (d: PvDocument): unknown[] => d.blocks.map((b) => [b.kind, b.level, b.text, b.depth, b.ordered]);
      // About 30 blocks of each article, spread over it.
      const step = Math.ceil(doc.blocks.length / 30);
      for (const [i, block] of doc.blocks.entries()) {
        if (i % step !== 0) continue;
        const { markdown: _markdown, ...edited } = block;
        const blocks = doc.blocks.map((b, j) => (j === i ? edited : b));
        const written = documentToMarkdown({ ...doc, blocks });
        expect(fields(markdownToDocument(written))).toEqual(fields(doc));
      }
    });
  }
});

// ---------------------------------------------------------------------------
// Properties

/** Letters, spaces, Markdown punctuation, non-ASCII (accents, CJK, emoji, combining marks, RTL). */
const character = fc.constantFrom(
  ...'abcXYZ019 .,;:!?\'"*_[]#>`\\<&|-+()~=/\t'.split(''),
  'é',
  'ç',
  'Œ',
  '日本',
  '😀',
  '👩🏽‍💻',
  'e\u0301',
  '\u05d0\u05d1',
  '\u00a0',
  '\u200b',
);

/** The domain of the round trip: no line ending, no space or tab at either end. */
const inlineText = fc
  .array(character, { minLength: 1, maxLength: 24 })
  .map((parts) => parts.join(''))
  .filter((text) => !/^[ \t]|[ \t]$/.test(text));

const codeText = fc
  .array(fc.oneof(character, fc.constant('\n'), fc.constant('```')), { maxLength: 24 })
  .map((p) => p.join(''));

interface RawBlock {
  kind: BlockKind;
  text: string;
  level: number;
  ordered: boolean;
  depthStep: number;
}

const rawBlock: fc.Arbitrary<RawBlock> = fc
  .record({
    kind: fc.constantFrom<BlockKind>('heading', 'paragraph', 'listItem', 'quote', 'code'),
    level: fc.integer({ min: 1, max: 6 }),
    ordered: fc.boolean(),
    depthStep: fc.integer({ min: -3, max: 1 }),
    inline: inlineText,
    code: codeText,
    emptyHeading: fc.boolean(),
  })
  .map(({ kind, inline, code, emptyHeading, ...rest }) => ({
    ...rest,
    kind,
    text: kind === 'code' ? code : kind === 'heading' && emptyHeading ? '' : inline,
  }));

/** Blocks of random kinds and texts; list depths at most one more than the list item before. */
function toDocument(raw: RawBlock[]): PvDocument {
  let previousDepth = -1;
  const blocks = raw.map(({ kind, text, level, ordered, depthStep }, i): Block => {
    const block: Block = { id: `b${i + 1}`, kind, text };
    if (kind === 'heading') block.level = level;
    if (kind === 'listItem') {
      const depth = Math.max(0, Math.min(previousDepth + 1, previousDepth + depthStep));
      block.depth = depth;
      block.ordered = ordered;
      previousDepth = depth;
    } else {
      previousDepth = -1;
    }
    return block;
  });
  return { title: '', blocks };
}

const markdownToken = fc.constantFrom(
  ...['# ', '## ', '- ', '* ', '1. ', '2) ', '> ', '\n', '\r\n', '\r', '\n\n', '```', '~~~', '    ', '\t', '|'],
  ...[' | ', '|---|:-:|', '---', '***', '===', '*', '_', '**', '`', '``', '<https://x.y>', 'https://a.b/c.', 'a@b.fr'],
  ...['[a](b)', '[a]', '[a]: /u', '![i](s)', '<div>', '</div>', '<!--', '-->', '&amp;', '&#x20;', '\\', 'word', ' '],
  ...['é', '😀', '\u0301', '\u200b', '\u202e', '\u05d0\u05d1', '[ ] ', '---\n', 'title: x', 'lang: fr'],
);

/** Markdown-like input: tokens of Markdown syntax, or any Unicode text (emoji, combining marks, CRLF, RTL, zero-width). */
const anyMarkdown = fc.oneof(
  fc.array(markdownToken, { maxLength: 40 }).map((tokens) => tokens.join('')),
  fc.array(markdownToken, { maxLength: 30 }).map((tokens) => `---\n${tokens.join('')}`),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

describe('properties', () => {
  it('documents written from fields read back with the same kinds, levels and texts (and depths)', () => {
    fc.assert(
      fc.property(fc.array(rawBlock, { maxLength: 10 }), (raw) => {
        const doc = toDocument(raw);
        const markdown = documentToMarkdown(doc);
        const back = markdownToDocument(markdown);
        expect(back.blocks.map((b) => [b.kind, b.level, b.text])).toEqual(
          doc.blocks.map((b) => [b.kind, b.level, b.text]),
        );
        expect(back.blocks.map((b) => [b.depth, b.ordered])).toEqual(doc.blocks.map((b) => [b.depth, b.ordered]));
        expect(documentToMarkdown(back)).toBe(markdown);
      }),
      { numRuns: 1500 },
    );
  });

  it('ignored ranges written from fields come back as the same ranges', () => {
    const segment = fc.record({ code: fc.boolean(), text: inlineText });
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        let text = '';
        const ignore = [];
        for (const [i, { code, text: part }] of segments.entries()) {
          if (i > 0) text += ' ';
          if (code) ignore.push({ start: text.length, end: text.length + part.length });
          text += part;
        }
        const block: Block = { id: 'b1', kind: 'paragraph', text, ignore };
        const back = markdownToDocument(documentToMarkdown({ title: '', blocks: [block] })).blocks[0];
        expect(back?.text).toBe(text);
        // Bare URLs in the text may add ranges; every written range is still ignored.
        for (const range of ignore) {
          expect(back?.ignore?.some((r) => r.start <= range.start && r.end >= range.end)).toBe(true);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('any input reads without throwing, with ignored ranges inside the text, and writes back byte for byte', () => {
    fc.assert(
      fc.property(anyMarkdown, (markdown) => {
        const doc = markdownToDocument(markdown);
        for (const block of doc.blocks) {
          let end = 0;
          for (const range of block.ignore ?? []) {
            expect(range.start).toBeGreaterThanOrEqual(end);
            expect(range.end).toBeGreaterThan(range.start);
            expect(range.end).toBeLessThanOrEqual(block.text.length);
            end = range.end;
          }
        }
        expect(pieces(doc)).toBe(markdown);
        expect(documentToMarkdown(doc)).toBe(markdown);
      }),
      { numRuns: 3000 },
    );
  });

  it('marks are inside the text, sorted, and never overlap nor touch a mark of their kind', () => {
    fc.assert(
      fc.property(anyMarkdown, (markdown) => {
        for (const block of markdownToDocument(markdown).blocks) {
          const marks = block.marks ?? [];
          if (block.kind === 'code') expect(marks).toEqual([]);
          for (const [i, mark] of marks.entries()) {
            expect(mark.range.start).toBeGreaterThanOrEqual(0);
            expect(mark.range.end).toBeGreaterThan(mark.range.start);
            expect(mark.range.end).toBeLessThanOrEqual(block.text.length);
            const previous = marks[i - 1];
            if (previous) expect(previous.range.start).toBeLessThanOrEqual(mark.range.start);
            for (const other of marks.slice(0, i)) {
              if (other.kind === mark.kind) expect(other.range.end).toBeLessThan(mark.range.start);
            }
            // Inline code is still ignored by the checks.
            if (mark.kind === 'code') {
              expect(block.ignore?.some((r) => r.start <= mark.range.start && r.end >= mark.range.end)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('Markdown written by documentToMarkdown is a fixed point', () => {
    fc.assert(
      fc.property(anyMarkdown, (markdown) => {
        const once = documentToMarkdown(withoutSource(markdownToDocument(markdown)));
        expect(documentToMarkdown(markdownToDocument(once))).toBe(once);
      }),
      { numRuns: 1500 },
    );
  });
});
