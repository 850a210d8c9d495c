import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import retextEquality from 'retext-equality';
import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { parseBlock } from '../engine/parse';
import { EQUALITY_NOTES_FR } from './equality-notes-fr';
import { EQUALITY_NOTE, inclusiveLanguageCheck } from './inclusive-language';
import { sentencesOf } from './nlcst-walk';
import { messageRange, retextRunner } from './run-plugin';

// Text from ../shared/corpus/en-article-1585w.txt.
describe('PorteVoix.InclusiveLanguage', () => {
  it('finds wording that may exclude readers, with alternatives when there are some', () => {
    expect(
      checkLines(inclusiveLanguageCheck, 'Making std less special / Empowering other crates in the ecosystem', 'en'),
    ).toEqual([
      '16:23:PorteVoix.InclusiveLanguage:“special” may exclude or hurt some readers: consider “has a disability”, “person with a disability” or “people with disabilities”. => has a disability | person with a disability | people with disabilities',
    ]);
    expect(
      checkLines(
        inclusiveLanguageCheck,
        'It\u2019s important we keep working on how we collaborate and make it as easy as possible for everyone to get involved in a way that works for them.',
        'en',
      ),
    ).toEqual(['68:72:PorteVoix.InclusiveLanguage:“easy” may exclude or hurt some readers: rephrase without it.']);
  });

  it('writes its messages and notes in French for a French interface', () => {
    const text = 'Making std less special / Empowering other crates in the ecosystem';
    expect(checkLines(inclusiveLanguageCheck, text, 'en', { ui: 'fr' })).toEqual([
      '16:23:PorteVoix.InclusiveLanguage:«\u00A0special\u00A0» peut exclure ou blesser une partie du lectorat\u00A0: envisagez «\u00A0has a disability\u00A0», «\u00A0person with a disability\u00A0» ou «\u00A0people with disabilities\u00A0». => has a disability | person with a disability | people with disabilities',
    ]);
    expect(
      checkLines(
        inclusiveLanguageCheck,
        'It\u2019s important we keep working on how we collaborate and make it as easy as possible for everyone to get involved in a way that works for them.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '68:72:PorteVoix.InclusiveLanguage:«\u00A0easy\u00A0» peut exclure ou blesser une partie du lectorat\u00A0: reformulez sans l’employer.',
    ]);
    const notes = (ui: 'en' | 'fr'): (string | undefined)[] => {
      const tree = parseBlock(text, 'en');
      const input = {
        text,
        language: 'en' as const,
        ignore: [],
        tree,
        sentences: sentencesOf(tree),
        speller: undefined,
      };
      return inclusiveLanguageCheck.run({ ...input, vocabulary: new Set(), ui }).map((f) => f.note);
    };
    const source =
      'http://cdrnys.org/blog/disability-dialogue/the-disability-dialogue-4-disability-euphemisms-that-need-to-bite-the-dust/,https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html';
    expect(notes('en')).toEqual([`Euphemisms for disabilities can be infantilizing. (source: ${source})`]);
    expect(notes('fr')).toEqual([
      `Les euphémismes pour parler du handicap peuvent être infantilisants. (source\u00A0: ${source})`,
    ]);
  });

  it('has a French note for every note of the installed retext-equality, and none for notes it no longer has', async () => {
    // The package exports only its plugin: its data is next to the entry point (lib/en.js).
    const lib = path.dirname(createRequire(import.meta.url).resolve('retext-equality'));
    const { patterns } = (await import(pathToFileURL(path.join(lib, 'patterns-en.js')).href)) as {
      patterns: readonly { note?: string }[];
    };
    const notes = [...new Set(patterns.flatMap((p) => (p.note === undefined ? [] : [p.note])))];
    expect(notes.length).toBeGreaterThan(80);
    const explanations = new Set<string>();
    for (const note of notes) {
      const french = EQUALITY_NOTE.fr(note);
      expect(french, note).not.toBe(note);
      // French typography: no English quotes, a no-break space before : ; ! ? and inside « ».
      expect(french, note).not.toMatch(/[“”`]| [:;!?]|« | »/u);
      if (!/^Source: /u.test(note)) explanations.add(note.replace(/\s*\(source: .*\)$/su, ''));
    }
    expect(Object.keys(EQUALITY_NOTES_FR).sort()).toEqual([...explanations].sort());
    expect(EQUALITY_NOTE.fr('Source: https://ncdj.org/style-guide/')).toBe(
      'Source\u00A0: https://ncdj.org/style-guide/',
    );
  });
  it('passes considerate wording', () => {
    expect(
      checkLines(
        inclusiveLanguageCheck,
        'In this blog post, we, the Rust library team, will share our perspective on the future of the library.',
        'en',
      ),
    ).toEqual([]);
  });

  it('finds what retext-equality finds over the whole tree, though it only gets the paragraphs that may match', () => {
    for (const name of ['en-article-1585w.txt', 'en-long-10016w.txt']) {
      const text = readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');
      const tree = parseBlock(text, 'en');
      const plain = retextRunner(retextEquality)(structuredClone(tree), text).map((m) => {
        const range = messageRange(m);
        return `${range?.start}:${range?.end}`;
      });
      const ours = inclusiveLanguageCheck
        .run({
          text,
          language: 'en',
          ignore: [],
          tree,
          sentences: [],
          speller: undefined,
          vocabulary: new Set(),
          ui: 'en',
        })
        .map((f) => `${f.range.start}:${f.range.end}`);
      expect(plain.length).toBeGreaterThan(0);
      expect(ours.sort()).toEqual(plain.sort());
    }
  });
});
