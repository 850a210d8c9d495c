import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TextRange } from '../document/document';
import type { BlockCheck, BlockCheckInput, MessageLanguage } from '../engine/check';
import type { Language } from '../language/detect';
import { createTypographyFrCheck, TYPOGRAPHY_FR_MESSAGES, typographyFrCheck } from './typography-fr';

const corpus = readFileSync(new URL('../../../../shared/corpus/fr-article-1614w.txt', import.meta.url), 'utf8');

function input(
  text: string,
  ignore: TextRange[] = [],
  language: Language = 'fr',
  ui: MessageLanguage = 'en',
): BlockCheckInput {
  return {
    text,
    language,
    ignore,
    tree: { type: 'RootNode', children: [] },
    sentences: [],
    speller: undefined,
    vocabulary: new Set(),
    ui,
  };
}

/** The invisible spaces, made visible in the expected lines. */
const show = (s: string): string => s.replaceAll('\u00A0', '<nbsp>').replaceAll('\u202F', '<nnbsp>');

/** Findings as `start:end:rule:message:expected`. */
function lines(
  text: string,
  ignore: TextRange[] = [],
  check: BlockCheck = typographyFrCheck,
  ui: MessageLanguage = 'en',
): string[] {
  return check
    .run(input(text, ignore, 'fr', ui))
    .map((f) => `${f.range.start}:${f.range.end}:${f.rule}:${f.message}:${show(f.expected.join(' | '))}`);
}

/** The text with every finding's first fix applied (findings do not overlap). */
function fixed(text: string, check: BlockCheck = typographyFrCheck): string {
  let out = text;
  for (const f of [...check.run(input(text))].reverse()) {
    out = out.slice(0, f.range.start) + (f.expected[0] ?? '') + out.slice(f.range.end);
  }
  return out;
}

const APOSTROPHE = `TypographyFr:${TYPOGRAPHY_FR_MESSAGES.straightApostrophe.en()}:’`;

describe('PorteVoix.TypographyFr on the French corpus (fr-article-1614w.txt)', () => {
  // The corpus puts U+00A0 before ; : ! and inside « », and writes the straight apostrophe.

  it('accepts the no-break space before “;” that the corpus uses', () => {
    const text =
      'Certaines de ces tentatives ont réussi\u00A0; mais bien davantage se sont révélées des impasses qui nous ont toutefois fourni de nouvelles pistes.';
    expect(lines(text)).toEqual([]);
  });

  it('asks for the narrow one there with narrowSpaceOnly', () => {
    const text = 'Certaines de ces tentatives ont réussi\u00A0; mais bien davantage se sont révélées des impasses.';
    expect(lines(text, [], createTypographyFrCheck({ narrowSpaceOnly: true }))).toEqual([
      '38:40:TypographyFr:Replace the no-break space before “;” with a narrow one in French.:<nnbsp>;',
    ]);
  });

  it('accepts “:”, “!” and « » with their no-break spaces', () => {
    expect(lines('Autre évolution\u00A0: nous avons délaissé une approche au profit d’annotations.')).toEqual([]);
    expect(lines('Merci à Sophie Alpert pour avoir révisé ce billet\u00A0!')).toEqual([]);
    expect(
      lines('Ça peut aider à éviter «\u00A0un effet popcorn\u00A0» qui découle d’une apparition éparpillée.'),
    ).toEqual([]);
  });

  it('finds the straight apostrophes', () => {
    expect(
      lines("React 18 a pris des années, mais il était porteur de précieuses leçons pour l'équipe React."),
    ).toEqual([`77:78:${APOSTROPHE}`]);
    expect(
      lines(
        "Évitons toutefois les attentes infondées\u00A0: il ne s'agit pas d'une feuille de route avec une chronologie définie.",
      ),
    ).toEqual([`50:51:${APOSTROPHE}`, `61:62:${APOSTROPHE}`]);
    expect(
      lines(
        "Ça peut aider à éviter «\u00A0l'effet popcorn\u00A0» qui découle de l'apparition éparpillée d'éléments visuels.",
      ),
    ).toEqual([`26:27:${APOSTROPHE}`, `59:60:${APOSTROPHE}`, `83:84:${APOSTROPHE}`]);
  });

  it('finds nothing else in the whole corpus, and nothing once its fixes are made', () => {
    const paragraphs = corpus.split('\n').filter((p) => p.trim() !== '');
    const messages = paragraphs.flatMap((p) => typographyFrCheck.run(input(p)).map((f) => f.message));
    const apostrophes = corpus.match(/\p{L}'\p{L}/gu) ?? [];
    expect(apostrophes.length).toBeGreaterThan(50);
    expect(messages).toEqual(apostrophes.map(() => TYPOGRAPHY_FR_MESSAGES.straightApostrophe.en()));
    expect(paragraphs.flatMap((p) => lines(fixed(p)))).toEqual([]);
  });
});

describe('PorteVoix.TypographyFr on written cases', () => {
  it('inserts the missing space before ? ! ; :', () => {
    const text = "Vraiment? Oui! Pourquoi pas; enfin bref: d'accord.";
    expect(lines(text)).toEqual([
      '8:9:TypographyFr:Put a narrow no-break space before “?” in French.:<nnbsp>?',
      '13:14:TypographyFr:Put a narrow no-break space before “!” in French.:<nnbsp>!',
      '27:28:TypographyFr:Put a narrow no-break space before “;” in French.:<nnbsp>;',
      '39:40:TypographyFr:Put a no-break space before “:” in French.:<nbsp>:',
      `42:43:${APOSTROPHE}`,
    ]);
    expect(fixed(text)).toBe('Vraiment\u202F? Oui\u202F! Pourquoi pas\u202F; enfin bref\u00A0: d’accord.');
  });

  it('replaces an ordinary space (or several, or a thin one) before ? ! ; :', () => {
    expect(lines('Vraiment ? Oui ! Pourquoi pas ; enfin bref : voilà.')).toEqual([
      '8:10:TypographyFr:Replace the space before “?” with a narrow no-break space in French.:<nnbsp>?',
      '14:16:TypographyFr:Replace the space before “!” with a narrow no-break space in French.:<nnbsp>!',
      '29:31:TypographyFr:Replace the space before “;” with a narrow no-break space in French.:<nnbsp>;',
      '42:44:TypographyFr:Replace the space before “:” with a no-break space in French.:<nbsp>:',
    ]);
    expect(lines('Quoi  ? Quoi\u2009!')).toEqual([
      '4:7:TypographyFr:Replace the space before “?” with a narrow no-break space in French.:<nnbsp>?',
      '12:14:TypographyFr:Replace the space before “!” with a narrow no-break space in French.:<nnbsp>!',
    ]);
  });

  it('accepts U+202F before “:” and inside « »', () => {
    expect(lines('Note\u202F: voir «\u202Fplus bas\u202F».')).toEqual([]);
  });

  it('asks for one space before ?! and !!!, before the first mark', () => {
    expect(lines('Quoi ?! Non !!! Et alors?!')).toEqual([
      '4:6:TypographyFr:Replace the space before “?” with a narrow no-break space in French.:<nnbsp>?',
      '11:13:TypographyFr:Replace the space before “!” with a narrow no-break space in French.:<nnbsp>!',
      '24:25:TypographyFr:Put a narrow no-break space before “?” in French.:<nnbsp>?',
    ]);
  });

  it('puts no-break spaces inside « »', () => {
    const text = 'Il a dit «bonjour» puis « au revoir ».';
    expect(lines(text)).toEqual([
      '9:10:TypographyFr:Put a no-break space after “«”.:«<nbsp>',
      '17:18:TypographyFr:Put a no-break space before “»”.:<nbsp>»',
      '24:26:TypographyFr:Replace the space after “«” with a no-break space.:«<nbsp>',
      '35:37:TypographyFr:Replace the space before “»” with a no-break space.:<nbsp>»',
    ]);
    expect(fixed(text)).toBe('Il a dit «\u00A0bonjour\u00A0» puis «\u00A0au revoir\u00A0».');
  });

  it('turns straight quotes into « » with their spaces', () => {
    const text = 'Il a dit "bonjour" puis " au revoir ", puis "quoi ?".';
    expect(lines(text)).toEqual([
      '9:10:TypographyFr:Use the French guillemet “«” followed by a no-break space instead of a straight quote.:«<nbsp>',
      '17:18:TypographyFr:Use a no-break space followed by the French guillemet “»” instead of a straight quote.:<nbsp>»',
      '24:26:TypographyFr:Use the French guillemet “«” followed by a no-break space instead of a straight quote.:«<nbsp>',
      '35:37:TypographyFr:Use a no-break space followed by the French guillemet “»” instead of a straight quote.:<nbsp>»',
      '44:45:TypographyFr:Use the French guillemet “«” followed by a no-break space instead of a straight quote.:«<nbsp>',
      '49:51:TypographyFr:Replace the space before “?” with a narrow no-break space in French.:<nnbsp>?',
      '51:52:TypographyFr:Use a no-break space followed by the French guillemet “»” instead of a straight quote.:<nbsp>»',
    ]);
    expect(fixed(text)).toBe(
      'Il a dit «\u00A0bonjour\u00A0» puis «\u00A0au revoir\u00A0», puis «\u00A0quoi\u202F?\u00A0».',
    );
  });

  it('turns the straight apostrophe into ’', () => {
    expect(fixed("Aujourd'hui, l'équipe d'E/S s'en va jusqu'à l'an 2000.")).toBe(
      'Aujourd’hui, l’équipe d’E/S s’en va jusqu’à l’an 2000.',
    );
  });

  it('turns three dots into …', () => {
    expect(lines('Et puis... plus rien [...].')).toEqual([
      '7:10:TypographyFr:Use the ellipsis character “…” instead of three dots.:…',
      '22:25:TypographyFr:Use the ellipsis character “…” instead of three dots.:…',
    ]);
  });

  it('leaves URLs, addresses, times, emoticons and code-like text alone', () => {
    expect(
      lines(
        'Rendez-vous à 10:30 sur https://exemple.fr/page?id=3 ou www.exemple.fr:8080 :) ;-) :D :-( std::vector !important (?) &nbsp; x!=y',
      ),
    ).toEqual([]);
    expect(lines('Le spread ...args et le chemin ../a/... restent.')).toEqual([]);
    expect(lines('Un écran 15" et un 17" suffisent.')).toEqual([]);
    expect(lines('mailto:jean@exemple.fr et jean.dupont@exemple.fr')).toEqual([]);
  });

  it('still checks the sentence around a URL or an address', () => {
    expect(lines('Voir https://exemple.fr. Ou écrire à jean.dupont@exemple.fr : merci !')).toEqual([
      '59:61:TypographyFr:Replace the space before “:” with a no-break space in French.:<nbsp>:',
      '67:69:TypographyFr:Replace the space before “!” with a narrow no-break space in French.:<nnbsp>!',
    ]);
  });

  it('leaves punctuation at the start of a line alone', () => {
    expect(lines('?\nSuite\n: fin\n  ! encore')).toEqual([]);
  });

  it('reports nothing that touches an ignored range', () => {
    // "x ; y" is inline code.
    expect(lines('Le code x ; y est ignoré ; pas ça.', [{ start: 8, end: 13 }])).toEqual([
      '24:26:TypographyFr:Replace the space before “;” with a narrow no-break space in French.:<nnbsp>;',
    ]);
  });

  it('writes its messages in French for a French interface', () => {
    // A sentence of the corpus, typed with an ordinary space and straight apostrophes.
    expect(
      lines(
        "Évitons toutefois les attentes infondées : il ne s'agit pas d'une feuille de route avec une chronologie définie.",
        [],
        typographyFrCheck,
        'fr',
      ),
    ).toEqual([
      '40:42:TypographyFr:Remplacez l’espace avant «\u00A0:\u00A0» par une espace insécable en français.:<nbsp>:',
      '50:51:TypographyFr:Remplacez l’apostrophe droite par l’apostrophe typographique «\u00A0’\u00A0».:’',
      '61:62:TypographyFr:Remplacez l’apostrophe droite par l’apostrophe typographique «\u00A0’\u00A0».:’',
    ]);
    // Every message, on written cases.
    const text = 'Vraiment ? Oui! Il a dit «bonjour » puis « au revoir», "quoi"... l\'équipe : ok';
    expect(lines(text, [], typographyFrCheck, 'fr')).toEqual([
      '8:10:TypographyFr:Remplacez l’espace avant «\u00A0?\u00A0» par une espace fine insécable en français.:<nnbsp>?',
      '14:15:TypographyFr:Mettez une espace fine insécable avant «\u00A0!\u00A0» en français.:<nnbsp>!',
      '25:26:TypographyFr:Mettez une espace insécable après le guillemet ouvrant.:«<nbsp>',
      '33:35:TypographyFr:Remplacez l’espace avant le guillemet fermant par une espace insécable.:<nbsp>»',
      '41:43:TypographyFr:Remplacez l’espace après le guillemet ouvrant par une espace insécable.:«<nbsp>',
      '52:53:TypographyFr:Mettez une espace insécable avant le guillemet fermant.:<nbsp>»',
      '55:56:TypographyFr:Remplacez le guillemet droit par un guillemet ouvrant suivi d’une espace insécable.:«<nbsp>',
      '60:61:TypographyFr:Remplacez le guillemet droit par une espace insécable suivie d’un guillemet fermant.:<nbsp>»',
      '61:64:TypographyFr:Remplacez les trois points par le caractère «\u00A0…\u00A0» (points de suspension).:…',
      '66:67:TypographyFr:Remplacez l’apostrophe droite par l’apostrophe typographique «\u00A0’\u00A0».:’',
      '73:75:TypographyFr:Remplacez l’espace avant «\u00A0:\u00A0» par une espace insécable en français.:<nbsp>:',
    ]);
    expect(lines('Bref: non\u00A0; si.', [], createTypographyFrCheck({ narrowSpaceOnly: true }), 'fr')).toEqual([
      '4:5:TypographyFr:Mettez une espace insécable avant «\u00A0:\u00A0» en français.:<nbsp>:',
      '9:11:TypographyFr:Remplacez l’espace insécable avant «\u00A0;\u00A0» par une espace fine insécable en français.:<nnbsp>;',
    ]);
  });
  it('is a suggestion from porte-voix, for French only', () => {
    const [f] = typographyFrCheck.run(input('Quoi?'));
    expect(f).toEqual({
      rule: 'TypographyFr',
      source: 'porte-voix',
      severity: 'suggestion',
      message: 'Put a narrow no-break space before “?” in French.',
      range: { start: 4, end: 5 },
      expected: ['\u202F?'],
    });
    expect(typographyFrCheck.languages).toEqual(['fr']);
    expect(typographyFrCheck.run(input('What? "Quotes"...', [], 'en'))).toEqual([]);
  });
});
