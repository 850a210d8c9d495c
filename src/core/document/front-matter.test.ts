import { describe, expect, it } from 'vitest';
import { joinFrontMatter, splitFrontMatter } from './front-matter';

describe('front matter', () => {
  it('splits the YAML from the Markdown and joins them back', () => {
    const md = '---\ntitle: Lancement\nchannel: linkedin\n---\n\n# Lancement\n\nTexte.\n';
    expect(splitFrontMatter(md)).toEqual({
      frontMatter: 'title: Lancement\nchannel: linkedin',
      body: '# Lancement\n\nTexte.\n',
    });
    expect(joinFrontMatter('title: Lancement\nchannel: linkedin', '# Lancement\n\nTexte.\n')).toBe(md);
  });

  it('leaves a document without front matter alone, and writes none when it is empty', () => {
    expect(splitFrontMatter('# Title\n\n---\n\nText\n')).toEqual({ body: '# Title\n\n---\n\nText\n' });
    expect(joinFrontMatter(undefined, 'Text\n')).toBe('Text\n');
    expect(joinFrontMatter('  \n', 'Text\n')).toBe('Text\n');
    expect(splitFrontMatter('---\r\ntitle: x\r\n---\r\nBody')).toEqual({ frontMatter: 'title: x', body: 'Body' });
  });
});
