import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PvDocument } from '../document/document';
import { markdownToDocument } from '../document/markdown';
import {
  DESCRIPTION_MAX_CHARACTERS,
  DESCRIPTION_MIN_CHARACTERS,
  TITLE_MAX_CHARACTERS,
  checkArticleMeta,
  checkDescription,
  checkTitle,
  readArticleMeta,
} from './meta';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

const englishBody = corpus('en-article-1585w.txt');
const frenchBody = corpus('fr-article-1614w.txt');

function article(frontMatter: string, body: string): PvDocument {
  return markdownToDocument(`---\n${frontMatter}\n---\n\n${body}`);
}

/** The front matter of en-article-1585w.txt's source (TOML there), in YAML: its description is its title. */
const ENGLISH_FRONT_MATTER = [
  'title: "Rust Library Team Aspirations"',
  'authors: ["Mara Bos"]',
  'description: "Rust Library Team Aspirations"',
  'tags: rust, library, std',
  'channel: blog',
  'lang: en-GB',
].join('\n');

/** The title and description of fr-article-1614w.txt's source: the English original's, 412 characters long. */
const REACT_TITLE = "React Labs: What We've Been Working On – June 2022";
const REACT_DESCRIPTION =
  'React 18 was years in the making, and with it brought valuable lessons for the React team. Its release was the result of many years of research and exploring many paths. Some of those paths were successful; many more were dead-ends that led to new insights. One lesson we’ve learned is that it’s frustrating for the community to wait for new features without having insight into these paths that we’re exploring.';

describe('readArticleMeta', () => {
  it('reads the English article’s front matter', () => {
    expect(readArticleMeta(article(ENGLISH_FRONT_MATTER, englishBody), 'en')).toEqual({
      meta: {
        title: 'Rust Library Team Aspirations',
        excerpt: 'Rust Library Team Aspirations',
        tags: ['rust', 'library', 'std'],
        channel: 'blog',
        language: 'en',
      },
      problems: [],
    });
  });

  it('reads a YAML list of tags, `excerpt`, `language`, and `twitter` as X; prefers `description` to `excerpt`', () => {
    const doc = article(
      [
        `title: "${REACT_TITLE}"`,
        'excerpt: |',
        '  React 18 a pris des années, mais il était porteur',
        '  de précieuses leçons pour l’équipe React.',
        'tags:',
        '  - react',
        '  - 2022',
        '  - react',
        '  - " "',
        'channel: Twitter',
        'language: fr_FR',
      ].join('\n'),
      frenchBody,
    );
    expect(readArticleMeta(doc, 'fr')).toEqual({
      meta: {
        title: REACT_TITLE,
        excerpt: 'React 18 a pris des années, mais il était porteur de précieuses leçons pour l’équipe React.',
        tags: ['react', '2022'],
        channel: 'x',
        language: 'fr',
      },
      problems: [],
    });
    const both = article('description: The description.\nexcerpt: The excerpt.', englishBody);
    expect(readArticleMeta(both, 'en').meta.excerpt).toBe('The description.');
  });

  it('reports malformed YAML with its line, and never throws', () => {
    // The source's title unquoted: ": " inside a plain scalar is not YAML.
    const doc = article(`lang: fr\ntitle: ${REACT_TITLE}`, frenchBody);
    const en = readArticleMeta(doc, 'en');
    expect(en.problems).toEqual([
      {
        code: 'front-matter-invalid',
        field: 'frontMatter',
        severity: 'warning',
        line: 2,
        message:
          'The YAML front matter is not valid (line 2): fix it so that the title, description and tags can be read.',
      },
    ]);
    // The document's title still comes from markdownToDocument's reading of the title line.
    expect(en.meta).toEqual({ title: REACT_TITLE, tags: [] });
    expect(readArticleMeta(doc, 'fr').problems[0]?.message).toBe(
      'L’en-tête YAML n’est pas valide (ligne 2)\u00a0: corrigez-le pour que le titre, la description et les étiquettes puissent être lus.',
    );
  });

  it('reports front matter that is not key: value pairs, and fields of the wrong type', () => {
    expect(readArticleMeta(article('- just\n- a list', englishBody), 'en').problems.map((p) => p.message)).toEqual([
      'The YAML front matter should be lines of “key: value”, such as title: My article.',
    ]);
    const wrong = article('title: [a, b]\ndescription: {a: 1}\ntags: [{a: 1}]\nchannel: mastodon', englishBody);
    const { meta, problems } = readArticleMeta(wrong, 'fr');
    expect(meta).toEqual({ tags: [], channel: 'mastodon' });
    expect(problems.map((p) => [p.code, p.field, p.message])).toEqual([
      [
        'field-invalid',
        'title',
        'Le champ «\u00a0title\u00a0» de l’en-tête doit être un texte\u00a0: écrivez title: suivi du texte sur la même ligne.',
      ],
      [
        'field-invalid',
        'excerpt',
        'Le champ «\u00a0description\u00a0» de l’en-tête doit être un texte\u00a0: écrivez description: suivi du texte sur la même ligne.',
      ],
      [
        'field-invalid',
        'tags',
        'Le champ «\u00a0tags\u00a0» de l’en-tête doit être une liste ou un texte séparé par des virgules\u00a0: écrivez par exemple tags: [react, rendu].',
      ],
    ]);
  });

  it('reports an unknown channel and a language other than English or French', () => {
    const doc = article('channel: facebook\nlang: de', englishBody);
    expect(readArticleMeta(doc, 'en').problems.map((p) => [p.code, p.message])).toEqual([
      ['channel-unknown', 'Unknown channel “facebook”: write linkedin, x, mastodon or blog.'],
      ['language-unsupported', 'Porte-voix checks English and French: write lang: en or lang: fr.'],
    ]);
    expect(readArticleMeta(doc, 'fr').problems.map((p) => p.message)).toEqual([
      'Canal inconnu «\u00a0facebook\u00a0»\u00a0: écrivez linkedin, x, mastodon ou blog.',
      'Porte-voix vérifie l’anglais et le français\u00a0: écrivez lang: en ou lang: fr.',
    ]);
  });

  it('takes the title from the first level-1 heading without front matter', () => {
    const doc = markdownToDocument(`# Rust Library Team Aspirations\n\n${englishBody}`);
    expect(readArticleMeta(doc, 'en')).toEqual({
      meta: { title: 'Rust Library Team Aspirations', tags: [] },
      problems: [],
    });
    expect(readArticleMeta(markdownToDocument(englishBody), 'en')).toEqual({ meta: { tags: [] }, problems: [] });
    expect(readArticleMeta(article('', englishBody), 'en')).toEqual({ meta: { tags: [] }, problems: [] });
  });
});

describe('checkTitle', () => {
  it('accepts up to 60 characters: the French source’s title has 50', () => {
    expect(TITLE_MAX_CHARACTERS).toBe(60);
    expect(checkTitle(REACT_TITLE, 'en')).toBeUndefined();
  });

  it('asks to shorten a longer title, and to add a missing one', () => {
    // A section title of en-article-1585w.txt: 66 characters.
    expect(checkTitle('Making std less special / Empowering other crates in the ecosystem', 'en')).toEqual({
      code: 'title-too-long',
      field: 'title',
      severity: 'suggestion',
      characters: 66,
      message:
        'The title has 66 characters: search results cut titles after about 60. Shorten it to 60 characters or fewer.',
    });
    expect(checkTitle('Optimisations du rendu côté serveur et compilateur optimisant pour React', 'fr')).toEqual({
      code: 'title-too-long',
      field: 'title',
      severity: 'suggestion',
      characters: 72,
      message:
        'Le titre compte 72 caractères\u00a0: les résultats de recherche le coupent après environ 60. Raccourcissez-le à 60 caractères au plus.',
    });
    expect(checkTitle('  ', 'en')?.message).toBe(
      'The article has no title: add title: to the front matter, in 60 characters or fewer.',
    );
    expect(checkTitle(undefined, 'fr')?.message).toBe(
      'L’article n’a pas de titre\u00a0: ajoutez title: à l’en-tête, en 60 caractères au plus.',
    );
  });
});

describe('checkDescription', () => {
  it('accepts 50 to 160 characters', () => {
    expect([DESCRIPTION_MIN_CHARACTERS, DESCRIPTION_MAX_CHARACTERS]).toEqual([50, 160]);
    // First sentence of fr-article-1614w.txt: 91 characters.
    const sentence = "React 18 a pris des années, mais il était porteur de précieuses leçons pour l'équipe React.";
    expect(checkDescription(sentence, 'fr')).toBeUndefined();
  });

  it('asks to lengthen the English source’s description (its title, 29 characters)', () => {
    expect(checkDescription('Rust Library Team Aspirations', 'en')).toEqual({
      code: 'description-too-short',
      field: 'excerpt',
      severity: 'suggestion',
      characters: 29,
      message:
        'The description has 29 characters: lengthen it to at least 50 characters, to say what the article is about and what the reader gains.',
    });
    expect(checkDescription('Rust Library Team Aspirations', 'fr')?.message).toBe(
      'La description compte 29 caractères\u00a0: allongez-la à 50 caractères au moins, pour dire de quoi parle l’article et ce que le lecteur y gagne.',
    );
    expect(checkDescription('X', 'en')?.message).toBe(
      'The description has 1 character: lengthen it to at least 50 characters, to say what the article is about and what the reader gains.',
    );
  });

  it('asks to shorten the React article’s description (412 characters)', () => {
    expect(checkDescription(REACT_DESCRIPTION, 'fr')).toEqual({
      code: 'description-too-long',
      field: 'excerpt',
      severity: 'suggestion',
      characters: 412,
      message:
        'La description compte 412 caractères\u00a0: les résultats de recherche la coupent après environ 160. Raccourcissez-la à 160 caractères au plus.',
    });
    expect(checkDescription(REACT_DESCRIPTION, 'en')?.message).toBe(
      'The description has 412 characters: search results cut it after about 160. Shorten it to 160 characters or fewer.',
    );
  });

  it('counts user-perceived characters, with white space collapsed', () => {
    // 49 graphemes in 51 UTF-16 units ("é" written e + combining acute, and a rocket emoji): too short.
    const decomposed = 'Le hors-e\u0301cran arrive dans React 18 \u{1F680}, bient\u00f4t. Go';
    expect(decomposed.length).toBe(51);
    expect(checkDescription(decomposed, 'en')?.characters).toBe(49);
    expect(checkDescription(`${decomposed}!`, 'en')).toBeUndefined();
    expect(
      checkDescription(`Le hors-e\u0301cran arrive dans React 18,\n\n   et bientôt ailleurs.`, 'en'),
    ).toBeUndefined();
    expect(checkDescription(' \n ', 'en')?.code).toBe('description-missing');
  });

  it('asks for a missing description', () => {
    expect(checkDescription(undefined, 'en')?.message).toBe(
      'The article has no description: add description: to the front matter, a summary of 50 to 160 characters for search results and link previews.',
    );
    expect(checkDescription(undefined, 'fr')?.message).toBe(
      'L’article n’a pas de description\u00a0: ajoutez description: à l’en-tête, un résumé de 50 à 160 caractères pour les résultats de recherche et les aperçus de lien.',
    );
  });
});

describe('checkArticleMeta', () => {
  it('gives the English article’s metadata and its short description', () => {
    const { meta, problems } = checkArticleMeta(article(ENGLISH_FRONT_MATTER, englishBody), 'en');
    expect(meta.title).toBe('Rust Library Team Aspirations');
    expect(problems.map((p) => [p.code, p.characters])).toEqual([['description-too-short', 29]]);
  });

  it('gives the French article’s problems in order: YAML, title, description', () => {
    const doc = article(`title: ${REACT_TITLE}\ndescription: ${REACT_DESCRIPTION}`, frenchBody);
    expect(checkArticleMeta(doc, 'fr').problems.map((p) => p.code)).toEqual([
      'front-matter-invalid',
      'description-missing',
    ]);
    const quoted = article(`title: "${REACT_TITLE}"\ndescription: "${REACT_DESCRIPTION}"\nlang: fr`, frenchBody);
    expect(checkArticleMeta(quoted, 'fr')).toEqual({
      meta: { title: REACT_TITLE, excerpt: REACT_DESCRIPTION, tags: [], language: 'fr' },
      problems: [checkDescription(REACT_DESCRIPTION, 'fr')],
    });
    expect(checkArticleMeta(markdownToDocument(frenchBody), 'en').problems.map((p) => p.code)).toEqual([
      'title-missing',
      'description-missing',
    ]);
  });
});
