import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linksOf } from '../document/block-links';
import { inlineMarksOf } from '../document/block-marks';
import type { Block, BlockLink, InlineMark, PvDocument } from '../document/document';
import { markdownToDocument } from '../document/markdown';
import { documentHtml, documentHtmlFragment, escapeHtml, HTML_STYLESHEET } from './html';

const doc: PvDocument = {
  title: 'Launch day',
  language: 'fr',
  blocks: [
    { id: 'h', kind: 'heading', level: 1, text: 'Launch day' },
    {
      id: 'p',
      kind: 'paragraph',
      text: 'Read the guide, mail us or run it.',
      links: [
        { range: { start: 9, end: 14 }, url: 'https://example.org/guide?a=1&b=2' },
        { range: { start: 16, end: 23 }, url: 'mailto:team@example.org' },
        { range: { start: 27, end: 33 }, url: 'javascript:alert(1)' },
      ],
    },
    { id: 'l1', kind: 'listItem', depth: 0, ordered: false, text: 'First' },
    { id: 'l2', kind: 'listItem', depth: 1, ordered: true, text: 'Step one' },
    { id: 'l3', kind: 'listItem', depth: 1, ordered: true, text: 'Step two' },
    { id: 'l4', kind: 'listItem', depth: 0, ordered: false, text: 'Second' },
    { id: 'e', kind: 'paragraph', text: '  ' },
    { id: 'q', kind: 'quote', text: 'Ship it.\nToday.' },
    { id: 'c', kind: 'code', text: 'if (a < b && c) {\n  go();\n}' },
    { id: 'x', kind: 'paragraph', text: "<script>alert(1)</script> \"onerror=x 'y'" },
  ],
};

const FRAGMENT = [
  '<h1>Launch day</h1>',
  '<p>Read the <a href="https://example.org/guide?a=1&amp;b=2">guide</a>, <a href="mailto:team@example.org">mail us</a> or run it.</p>',
  '<ul>',
  '<li>First',
  '<ol>',
  '<li>Step one</li>',
  '<li>Step two</li>',
  '</ol>',
  '</li>',
  '<li>Second</li>',
  '</ul>',
  '<blockquote>',
  '<p>Ship it.<br>',
  'Today.</p>',
  '</blockquote>',
  '<pre><code>if (a &lt; b &amp;&amp; c) {',
  '  go();',
  '}</code></pre>',
  '<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;onerror=x &#39;y&#39;</p>',
  '',
].join('\n');

describe('documentHtmlFragment', () => {
  it('writes semantic, escaped HTML with nested lists and safe links only', () => {
    expect(documentHtmlFragment(doc)).toBe(FRAGMENT);
  });

  it('is empty for an empty document', () => {
    expect(documentHtmlFragment({ blocks: [] })).toBe('');
    expect(documentHtmlFragment({ blocks: [{ id: 'a', kind: 'paragraph', text: ' ' }] })).toBe('');
  });

  it('opens missing levels, switches list types and keeps an item’s second paragraph inside it', () => {
    const html = documentHtmlFragment({
      blocks: [
        { id: 'a', kind: 'listItem', depth: 1, ordered: false, text: 'Deep', markdown: '  - Deep' },
        { id: 'b', kind: 'listItem', depth: 1, ordered: false, text: 'More', markdown: '    More' },
        { id: 'c', kind: 'listItem', depth: 1, ordered: true, text: 'One', markdown: '  1. One' },
      ],
    });
    expect(html).toBe(
      [
        '<ul>',
        '<li>',
        '<ul>',
        '<li>Deep',
        '<p>More</p>',
        '</li>',
        '</ul>',
        '<ol>',
        '<li>One</li>',
        '</ol>',
        '</li>',
        '</ul>',
        '',
      ].join('\n'),
    );
  });

  it('clamps heading levels', () => {
    expect(documentHtmlFragment({ blocks: [{ id: 'h', kind: 'heading', level: 9, text: 'Deep' }] })).toBe(
      '<h6>Deep</h6>\n',
    );
  });
});

const range = (start: number, end: number) => ({ start, end });
const mark = (start: number, end: number, kind: InlineMark['kind']): InlineMark => ({ range: range(start, end), kind });
/** The fragment of one paragraph, without its `<p>` and `</p>\n`. */
function paragraphHtml(text: string, marks: InlineMark[], links: BlockLink[] = []): string {
  const html = documentHtmlFragment({ blocks: [{ id: 'p', kind: 'paragraph', text, marks, links }] });
  expect(html.startsWith('<p>') && html.endsWith('</p>\n')).toBe(true);
  return html.slice('<p>'.length, -'</p>\n'.length);
}

describe('documentHtmlFragment: marks', () => {
  it('writes strong, emphasis, strike and code as <strong>, <em>, <s> and <code>', () => {
    const marks = [mark(0, 4, 'strong'), mark(5, 7, 'emphasis'), mark(8, 11, 'strike'), mark(12, 15, 'code')];
    expect(paragraphHtml('bold it old npm end', marks)).toBe(
      '<strong>bold</strong> <em>it</em> <s>old</s> <code>npm</code> end',
    );
  });

  it('nests marks that start or end together, and marks inside marks, without cutting them', () => {
    expect(paragraphHtml('all of it', [mark(0, 9, 'emphasis'), mark(0, 9, 'strong'), mark(0, 9, 'code')])).toBe(
      '<strong><em><code>all of it</code></em></strong>',
    );
    expect(paragraphHtml('bold and it', [mark(0, 11, 'strong'), mark(9, 11, 'emphasis')])).toBe(
      '<strong>bold and <em>it</em></strong>',
    );
    expect(paragraphHtml('it and bold', [mark(0, 11, 'emphasis'), mark(0, 2, 'strong')])).toBe(
      '<em><strong>it</strong> and bold</em>',
    );
  });

  it('cuts the mark opened last when two marks cross', () => {
    expect(paragraphHtml('abcdefghij', [mark(0, 5, 'strong'), mark(3, 8, 'emphasis')])).toBe(
      '<strong>abc<em>de</em></strong><em>fgh</em>ij',
    );
  });

  it('never cuts a link: a mark that crosses it is cut instead', () => {
    const links = [{ range: range(5, 14), url: 'https://g.fr/?a=1&b=2' }];
    const a = '<a href="https://g.fr/?a=1&amp;b=2">';
    expect(paragraphHtml('Read the guide now', [mark(0, 8, 'strong')], links)).toBe(
      `<strong>Read </strong>${a}<strong>the</strong> guide</a> now`,
    );
    expect(paragraphHtml('Read the guide now', [mark(9, 18, 'emphasis')], links)).toBe(
      `Read ${a}the <em>guide</em></a><em> now</em>`,
    );
    // Around, inside and exactly over a link: nested, nothing cut.
    expect(paragraphHtml('Read the guide now', [mark(0, 18, 'emphasis'), mark(5, 8, 'strong')], links)).toBe(
      `<em>Read ${a}<strong>the</strong> guide</a> now</em>`,
    );
    expect(paragraphHtml('Read the guide now', [mark(5, 14, 'strong')], links)).toBe(
      `Read ${a}<strong>the guide</strong></a> now`,
    );
  });

  it('never puts a link inside another, even when the links given overlap', () => {
    const links = [
      { range: range(0, 3), url: 'https://a.fr' },
      { range: range(1, 2), url: 'https://b.fr' },
      { range: range(2, 3), url: 'https://c.fr' },
    ];
    expect(paragraphHtml('abc', [], links)).toBe('<a href="https://a.fr">abc</a>');
  });

  it('keeps the marks of an unsafe link, written as text', () => {
    expect(paragraphHtml('Click here', [mark(6, 10, 'strong')], [{ range: range(0, 10), url: 'javascript:x()' }])).toBe(
      'Click <strong>here</strong>',
    );
  });

  it('escapes the text inside marks, and writes line breaks inside them', () => {
    expect(paragraphHtml(`<b> & "q" 'r'\nnext`, [mark(0, 18, 'code'), mark(4, 5, 'strike')])).toBe(
      '<code>&lt;b&gt; <s>&amp;</s> &quot;q&quot; &#39;r&#39;<br>\nnext</code>',
    );
  });

  it('writes no </strong><strong> for touching or overlapping marks of one kind', () => {
    expect(paragraphHtml('abcdef', [mark(0, 2, 'strong'), mark(2, 4, 'strong'), mark(3, 6, 'strong')])).toBe(
      '<strong>abcdef</strong>',
    );
  });

  it('leaves out marks that are not well formed', () => {
    const marks = [
      mark(2, 2, 'strong'),
      mark(-3, 2, 'emphasis'),
      mark(4, 99, 'strike'),
      { range: range(0, 1.5), kind: 'code' },
      { range: range(0, 3), kind: 'script' },
      { range: null, kind: 'strong' },
      null,
    ] as unknown as InlineMark[];
    expect(paragraphHtml('abcdef', marks)).toBe('<em>ab</em>cd<s>ef</s>');
  });

  it('writes marks in headings, list items and quotes, not in code blocks', () => {
    const marks = [mark(0, 3, 'strong')];
    const html = documentHtmlFragment({
      blocks: [
        { id: 'h', kind: 'heading', level: 2, text: 'Big title', marks },
        { id: 'l', kind: 'listItem', depth: 0, ordered: false, text: 'Big item', marks },
        { id: 'q', kind: 'quote', text: 'Big words', marks },
        { id: 'c', kind: 'code', text: 'Big code', marks },
      ],
    });
    expect(html).toBe(
      [
        '<h2><strong>Big</strong> title</h2>',
        '<ul>',
        '<li><strong>Big</strong> item</li>',
        '</ul>',
        '<blockquote>',
        '<p><strong>Big</strong> words</p>',
        '</blockquote>',
        '<pre><code>Big code</code></pre>',
        '',
      ].join('\n'),
    );
  });

  it('writes the formatting of Markdown', () => {
    const doc = markdownToDocument(
      '# A *light* title\n\n- **Bold [link *it*](https://x.fr)** and `a < b`\n\nThe ~~old~~ text\n',
    );
    expect(documentHtmlFragment(doc)).toBe(
      [
        '<h1>A <em>light</em> title</h1>',
        '<ul>',
        '<li><strong>Bold <a href="https://x.fr">link <em>it</em></a></strong> and <code>a &lt; b</code></li>',
        '</ul>',
        '<p>The <s>old</s> text</p>',
        '',
      ].join('\n'),
    );
  });
});

// --- Properties of the inline HTML

const TAG = /<(\/?)(a|strong|em|s|code)(?: href="[^"<>]*")?>|<br>\n/g;
const TAG_OF_KIND: Record<InlineMark['kind'], string> = { strong: 'strong', emphasis: 'em', strike: 's', code: 'code' };

function unescapeHtml(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );
}

/**
 * Reads inline HTML as written by the export: checks that the tags are balanced and properly nested, and returns
 * the text with, for each of its characters, the tags it is inside.
 */
function readInline(html: string): { text: string; inside: string[][] } {
  const stack: string[] = [];
  let text = '';
  const inside: string[][] = [];
  const addText = (escaped: string): void => {
    expect(escaped).not.toMatch(/[<>"']/);
    for (const c of unescapeHtml(escaped)) {
      for (let i = 0; i < c.length; i += 1) inside.push([...stack].sort());
      text += c;
    }
  };
  let at = 0;
  for (const match of html.matchAll(TAG)) {
    addText(html.slice(at, match.index));
    at = match.index + match[0].length;
    const [whole, slash, name = ''] = match;
    if (whole === '<br>\n') {
      inside.push([...stack].sort());
      text += '\n';
    } else if (slash === '/') {
      expect(stack.pop()).toBe(name);
    } else {
      expect(stack).not.toContain(name);
      stack.push(name);
    }
  }
  addText(html.slice(at));
  expect(stack).toEqual([]);
  return { text, inside };
}

/** The links written as `<a>`: the safe ones among the first that do not overlap. */
function writtenLinks(block: Block): BlockLink[] {
  let end = 0;
  return linksOf(block)
    .filter((l) => {
      if (l.range.start < end) return false;
      end = l.range.end;
      return true;
    })
    .filter((l) => /^(https?|mailto):/.test(l.url));
}

const htmlCharacter = fc.constantFrom(...'ab <>&"\'\n'.split(''), 'é', '😀');
const rawMark = fc.record({
  range: fc.record({ start: fc.integer({ min: -2, max: 14 }), end: fc.integer({ min: -2, max: 14 }) }),
  kind: fc.constantFrom<InlineMark['kind']>('strong', 'emphasis', 'strike', 'code'),
});
const rawLink = fc.record({
  range: fc.record({ start: fc.integer({ min: 0, max: 12 }), end: fc.integer({ min: 0, max: 12 }) }),
  url: fc.constantFrom('https://a.fr/?x=1&y="2"', 'mailto:a@b.fr', 'javascript:x()', '#top'),
});
const markedBlock = fc
  .record({
    text: fc.array(htmlCharacter, { minLength: 1, maxLength: 12 }).map((c) => c.join('')),
    marks: fc.array(rawMark, { maxLength: 6 }),
    links: fc.array(rawLink, { maxLength: 3 }),
  })
  .filter(({ text }) => text.trim() !== '')
  .map(({ text, marks, links }): Block => ({ id: 'p', kind: 'paragraph', text, marks, links }));

describe('documentHtmlFragment: properties of marks and links', () => {
  it('is well-formed, its text is the block text, and each character is inside its marks and safe link', () => {
    fc.assert(
      fc.property(markedBlock, (block) => {
        const html = documentHtmlFragment({ blocks: [block] });
        expect(html.startsWith('<p>') && html.endsWith('</p>\n')).toBe(true);
        const { text, inside } = readInline(html.slice('<p>'.length, -'</p>\n'.length));
        expect(text).toBe(block.text);
        const safe = writtenLinks(block);
        for (let i = 0; i < block.text.length; i += 1) {
          const expected = new Set<string>();
          for (const m of block.marks ?? []) {
            if (Math.max(0, m.range.start) <= i && i < Math.min(block.text.length, m.range.end)) {
              expected.add(TAG_OF_KIND[m.kind]);
            }
          }
          if (safe.some((l) => l.range.start <= i && i < l.range.end)) expected.add('a');
          expect(inside[i]).toEqual([...expected].sort());
        }
        // Nothing needless: no empty element, no mark closed and opened again at once (two links may touch).
        expect(html).not.toMatch(/<(a|strong|em|s|code)\b[^>]*><\/\1>|<\/(strong|em|s|code)><\2>/);
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts no element when none crosses another', () => {
    fc.assert(
      fc.property(markedBlock, (block) => {
        const spans = [...writtenLinks(block).map((l) => l.range), ...inlineMarksOf(block).map((m) => m.range)];
        const cross = spans.some((a) => spans.some((b) => a.start < b.start && b.start < a.end && a.end < b.end));
        fc.pre(!cross);
        const html = documentHtmlFragment({ blocks: [block] });
        expect(html.match(/<(a|strong|em|s|code)\b/g)?.length ?? 0).toBe(spans.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('documentHtml', () => {
  it('is a standalone page with lang, charset and title, and no script', () => {
    expect(documentHtml(doc)).toBe(
      [
        '<!doctype html>',
        '<html lang="fr">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>Launch day</title>',
        '</head>',
        '<body>',
        `${FRAGMENT}</body>`,
        '</html>',
        '',
      ].join('\n'),
    );
    expect(documentHtml(doc)).not.toMatch(/<script|onerror="|javascript:/i);
  });

  it('takes the title and language given, escaped, and the optional stylesheet', () => {
    const html = documentHtml(doc, { title: 'A <b>&</b>', lang: 'en"x', stylesheet: true });
    expect(html).toContain('<html lang="en&quot;x">');
    expect(html).toContain('<title>A &lt;b&gt;&amp;&lt;/b&gt;</title>');
    expect(html).toContain(`<style>${HTML_STYLESHEET}</style>`);
  });

  it('falls back on the first heading for the title, and English', () => {
    const html = documentHtml({ blocks: [{ id: 'h', kind: 'heading', level: 2, text: 'Notes' }] });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Notes</title>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" onerror='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onerror=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
