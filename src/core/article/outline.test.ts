import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PvDocument } from '../document/document';
import { markdownToDocument } from '../document/markdown';
import { checkOutline, headingOutline } from './outline';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

/**
 * en-article-1585w.txt with its headings back, as in its source
 * (blog.rust-lang.org, content/inside-rust/libs-aspirations.md): four `###`
 * sections under the front matter's title, and bold lines used as
 * subsection titles, written here as `####`. The title is the `#` heading.
 */
const SOURCE_LEVELS: Record<string, number> = {
  Scalability: 3,
  'Evolvability of the standard library and fixing mistakes': 4,
  'People and collaboration': 4,
  'Making std less special / Empowering other crates in the ecosystem': 4,
  'Adapting to different platforms': 4,
  'Improving and adding new APIs': 3,
  Ergonomics: 4,
  'Standardizing some bigger features the ecosystem needs': 4,
  'Reducing and improving unsafe code': 4,
  'Improving implementations of things within the standard library': 3,
  Conclusion: 3,
};

function englishArticle(shift = 0): PvDocument {
  const body = corpus('en-article-1585w.txt')
    .split('\n')
    .map((line) => {
      const level = SOURCE_LEVELS[line];
      return level === undefined ? line : `${'#'.repeat(level + shift)} ${line}`;
    })
    .join('\n');
  return markdownToDocument(`# Rust Library Team Aspirations\n\n${body}`);
}

describe('headingOutline', () => {
  it('lists the headings of the English article with their nesting', () => {
    const outline = headingOutline(englishArticle());
    expect(outline.map((h) => [h.level, h.depth, h.text])).toEqual([
      [1, 0, 'Rust Library Team Aspirations'],
      [3, 1, 'Scalability'],
      [4, 2, 'Evolvability of the standard library and fixing mistakes'],
      [4, 2, 'People and collaboration'],
      [4, 2, 'Making std less special / Empowering other crates in the ecosystem'],
      [4, 2, 'Adapting to different platforms'],
      [3, 1, 'Improving and adding new APIs'],
      [4, 2, 'Ergonomics'],
      [4, 2, 'Standardizing some bigger features the ecosystem needs'],
      [4, 2, 'Reducing and improving unsafe code'],
      [3, 1, 'Improving implementations of things within the standard library'],
      [3, 1, 'Conclusion'],
    ]);
    expect(outline.map((h) => h.blockId)).toEqual([
      'b1',
      'b7',
      'b9',
      'b15',
      'b18',
      'b21',
      'b25',
      'b29',
      'b32',
      'b34',
      'b36',
      'b39',
    ]);
  });

  it('lists the French article’s sections, all at level 2', () => {
    const text = corpus('fr-article-1614w.txt')
      .split('\n')
      .map((line) => (line.length > 0 && line.length < 40 && !/[.!?]$/u.test(line) ? `## ${line}` : line))
      .join('\n');
    const outline = headingOutline(markdownToDocument(text));
    expect(outline.map((h) => `${h.level}/${h.depth} ${h.text}`)).toEqual([
      '2/0 Composants Serveur',
      '2/0 Chargement de ressources',
      '2/0 Optimisations du rendu côté serveur',
      '2/0 Compilateur optimisant pour React',
      '2/0 Hors-écran',
      '2/0 Pistage des transitions',
      '2/0 Nouvelles docs React',
    ]);
    expect(checkOutline(markdownToDocument(text), 'fr')).toEqual([]);
  });

  it('nests a deeper heading under the last shallower one, and ignores other blocks', () => {
    const doc: PvDocument = {
      title: '',
      blocks: [
        { id: 'a', kind: 'heading', level: 2, text: 'A' },
        { id: 'p', kind: 'paragraph', text: 'Text.' },
        { id: 'b', kind: 'heading', level: 4, text: 'B' },
        { id: 'c', kind: 'heading', level: 3, text: 'C' },
        { id: 'd', kind: 'heading', level: 5, text: 'D' },
        { id: 'e', kind: 'heading', level: 1, text: 'E' },
        { id: 'f', kind: 'heading', text: 'F' },
        { id: 'code', kind: 'code', text: '# not a heading' },
      ],
    };
    expect(headingOutline(doc).map((h) => `${h.blockId}:${h.level}/${h.depth}`)).toEqual([
      'a:2/0',
      'b:4/1',
      'c:3/1',
      'd:5/2',
      'e:1/0',
      'f:1/0',
    ]);
  });
});

describe('checkOutline', () => {
  it('finds the jump from the title to the first section of the English article', () => {
    const doc = englishArticle();
    expect(checkOutline(doc, 'en')).toEqual([
      {
        code: 'skipped-level',
        blockId: 'b7',
        severity: 'warning',
        level: 3,
        previousLevel: 1,
        expectedLevel: 2,
        message:
          'This heading jumps from level 1 to level 3: make it a level 2 heading, or add a level 2 heading before it.',
      },
    ]);
    expect(checkOutline(doc, 'fr').map((p) => p.message)).toEqual([
      'Ce titre passe du niveau 1 au niveau 3\u00a0: faites-en un titre de niveau 2, ou ajoutez un titre de niveau 2 avant lui.',
    ]);
  });

  it('finds nothing once the sections are one level up', () => {
    expect(checkOutline(englishArticle(-1), 'en')).toEqual([]);
  });

  it('reports every skip (h2 → h4, h3 → h6) but not a first heading or a climb back', () => {
    const doc = markdownToDocument('### Start\n\n## Up\n\n#### Down two\n\n### Back\n\n###### Down three\n\n# Top\n');
    expect(checkOutline(doc, 'en').map((p) => [p.blockId, p.previousLevel, p.level, p.expectedLevel])).toEqual([
      ['b3', 2, 4, 3],
      ['b5', 3, 6, 4],
    ]);
  });
});
