import { describe, expect, it } from 'vitest';
import type { PvDocument } from '../document/document';
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
