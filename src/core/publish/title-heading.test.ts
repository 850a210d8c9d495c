import { describe, expect, it } from 'vitest';
import { markdownToDocument } from '../document/markdown';
import { documentHtmlFragment } from '../export/html';
import { publishedMarkdown } from './published-markdown';
import { withoutTitleHeading } from './title-heading';

const source = '# Ten years of remote work\n\nWhat we learned.\n\n- Write things down\n- Meet in person\n';

describe('the title heading of a published article', () => {
  it('is left out of the HTML when it reads the title', () => {
    const doc = markdownToDocument(source);
    expect(documentHtmlFragment(withoutTitleHeading(doc, 'Ten years of  remote work'))).toBe(
      '<p>What we learned.</p>\n<ul>\n<li>Write things down</li>\n<li>Meet in person</li>\n</ul>\n',
    );
  });

  it('is left out of the Markdown, with the rest byte for byte', () => {
    const doc = markdownToDocument(`---\ntitle: x\n---\n\n${source}`);
    expect(publishedMarkdown(doc, 'Ten years of remote work')).toBe(
      'What we learned.\n\n- Write things down\n- Meet in person\n',
    );
  });

  it('stays when it is not the title, not level 1, or not first', () => {
    for (const text of ['## Ten years of remote work\n\nx\n', 'Intro.\n\n# Ten years of remote work\n']) {
      const doc = markdownToDocument(text);
      expect(withoutTitleHeading(doc, 'Ten years of remote work')).toBe(doc);
    }
    const doc = markdownToDocument(source);
    expect(withoutTitleHeading(doc, 'Another title')).toBe(doc);
    expect(publishedMarkdown(doc, 'Another title')).toBe(source);
  });
});
