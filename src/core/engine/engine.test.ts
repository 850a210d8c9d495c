import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, PvDocument } from '../document/document';
import type { Speller } from '../spelling/speller';
import { BUILTIN_CHECKS } from './checks';
import { Engine, type CheckResult } from './engine';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');
const paragraphs = (name: string): string[] =>
  corpus(name)
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter(Boolean);

function doc(texts: string[], extra: Partial<PvDocument> = {}): PvDocument {
  return { title: '', blocks: texts.map((text, i): Block => ({ id: `b${i + 1}`, kind: 'paragraph', text })), ...extra };
}

/** A speller that knows a fixed list of words (the real ones are tested in src/core/spelling). */
function listSpeller(words: string[]): Speller {
  const known = new Set(words.map((w) => w.toLowerCase()));
  return {
    correct: (w) => known.has(w.toLowerCase()),
    suggest: (w) => [...known].filter((k) => k[0] === w[0]?.toLowerCase()),
  };
}

const english = paragraphs('en-article-1585w.txt').slice(0, 8);
const french = paragraphs('fr-article-1614w.txt').slice(1, 4);

describe('Engine', () => {
  it('re-checks only the edited block, and gives the same findings as a fresh check', () => {
    const engine = new Engine();
    const first = engine.check(doc(english));
    expect(first.checkedBlocks).toBe(english.length);
    const edited = english.slice();
    edited[3] = `${edited[3]} This was decided by the the team.`;
    const second = engine.check(doc(edited));
    expect(second.checkedBlocks).toBe(1);
    expect(second.cachedBlocks).toBe(english.length - 1);
    expect(second).toEqual({ ...new Engine().check(doc(edited)), checkedBlocks: 1, cachedBlocks: english.length - 1 });
    expect(second.diagnostics.filter((d) => d.blockId === 'b4').map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(['PorteVoix.Passive', 'PorteVoix.RepeatedWords']),
    );
  });

  it('gives every block its language in a mixed document, and French blocks only French checks', () => {
    const result = new Engine().check(doc([english[0] ?? '', french[0] ?? '', english[1] ?? '', french[1] ?? '']));
    expect(result.blockLanguages).toEqual({ b1: 'en', b2: 'fr', b3: 'en', b4: 'fr' });
    const frenchRules = new Set(
      result.diagnostics.filter((d) => d.blockId === 'b2' || d.blockId === 'b4').map((d) => d.ruleId),
    );
    for (const rule of ['PorteVoix.Passive', 'PorteVoix.WeaselWords', 'PorteVoix.Adverbs', 'PorteVoix.SimplerWords']) {
      expect(frenchRules.has(rule)).toBe(false);
    }
    expect(result.summary.readability.en?.fleschReadingEase).toBeTypeOf('number');
    expect(result.summary.readability.fr?.kandelMoles).toBeTypeOf('number');
  });

  it('uses the document language for short blocks, and an override for every block', () => {
    const engine = new Engine();
    const short = doc([french[0] ?? '', 'Merci !', 'OK.']);
    expect(engine.check(short).blockLanguages).toEqual({ b1: 'fr', b2: 'fr', b3: 'fr' });
    expect(engine.check(short, { language: 'en' }).blockLanguages).toEqual({ b1: 'en', b2: 'en', b3: 'en' });
    expect(engine.check({ ...short, language: 'en' }).language).toBe('en');
  });

  it('never reports inside ignored ranges, nor in code blocks', () => {
    const text = 'Use `the the` here, and an hour.';
    const block: Block = { id: 'b1', kind: 'paragraph', text, ignore: [{ start: 5, end: 12 }] };
    const code: Block = { id: 'c1', kind: 'code', text: 'the the a apple' };
    const result = new Engine().check({ title: '', blocks: [block, code] });
    expect(result.diagnostics.filter((d) => d.ruleId === 'PorteVoix.RepeatedWords')).toEqual([]);
    expect(result.diagnostics.some((d) => d.blockId === 'c1')).toBe(false);
  });

  it('writes messages in the interface language, and re-words cached findings when it changes', () => {
    const engine = new Engine();
    // en-paragraph-90w.txt and fr-article-1614w.txt, with a word typed twice.
    const document = doc([
      'This can happen, for example, when a type gets a new method that was was already available through a popular trait.',
      'Une des des leçons que nous en avons tirées, c’est qu’il est frustrant d’attendre.',
    ]);
    const lines = (result: CheckResult): string[] => result.diagnostics.map((d) => `${d.ruleId}:${d.message}`);

    const french = engine.check(document, { ui: 'fr' });
    expect(french.blockLanguages).toEqual({ b1: 'en', b2: 'fr' });
    expect(lines(french)).toEqual([
      'PorteVoix.WeaselWords:«\u00A0can\u00A0» est une précaution oratoire\u00A0: affirmez votre propos avec assurance, ou retirez-la.',
      'PorteVoix.SimplerWords:Reformulez sans «\u00A0type\u00A0»\u00A0: cela allonge la phrase sans ajouter de sens.',
      'PorteVoix.WeaselWords:«\u00A0that\u00A0» est un mot flou\u00A0: précisez combien, ou supprimez-le.',
      'PorteVoix.RepeatedWords:«\u00A0was\u00A0» est écrit deux fois de suite\u00A0: supprimez l’un des deux.',
      'PorteVoix.WeaselWords:«\u00A0already\u00A0» est un mot flou\u00A0: précisez combien, ou supprimez-le.',
      'PorteVoix.RepeatedWords:«\u00A0des\u00A0» est écrit deux fois de suite\u00A0: supprimez l’un des deux.',
    ]);

    const english = engine.check(document, { ui: 'en' });
    expect([english.checkedBlocks, english.cachedBlocks]).toEqual([2, 0]);
    expect(lines(english)).toEqual([
      'PorteVoix.WeaselWords:“can” is a hedge: say it with confidence, or remove it.',
      'PorteVoix.SimplerWords:Rephrase without “type”: it adds length, not meaning.',
      'PorteVoix.WeaselWords:“that” is a weasel word: say exactly how much, or remove it.',
      'PorteVoix.RepeatedWords:“was” is repeated: remove one.',
      'PorteVoix.WeaselWords:“already” is a weasel word: say exactly how much, or remove it.',
      'PorteVoix.RepeatedWords:“des” is repeated: remove one.',
    ]);
    expect(english).toEqual(new Engine().check(document));

    // Each language is cached on its own: the same language again is served from the cache.
    const englishAgain = engine.check(document);
    expect([englishAgain.checkedBlocks, englishAgain.cachedBlocks]).toEqual([0, 2]);
    expect(englishAgain.diagnostics).toEqual(english.diagnostics);
    expect(engine.check(document, { ui: 'fr' })).toEqual(french);
  });

  it('writes every built-in message in French, with French typography, for a French interface', () => {
    // The corpus, and written sentences for the checks it does not trigger.
    const texts = [
      ...english,
      ...french,
      'An user said that the chairman was damn crazy, and the the team agreed with him.',
      'Sa sortie était l’aboutissement de nombreuses années de recherche, en explorant de nouvelles voies de merde.',
      'Il a dit "bonjour"... puis «au revoir» : l\'équipe ?',
    ];
    const check = (ui: 'en' | 'fr'): CheckResult => {
      const engine = new Engine();
      engine.setSpeller('en', listSpeller(['the', 'a', 'and', 'team']));
      engine.setSpeller('fr', listSpeller(['le', 'la', 'de', 'des']));
      return engine.check(doc(texts), { ui });
    };
    const inFrench = check('fr');
    const inEnglish = check('en');
    const rules = new Set(inFrench.diagnostics.map((d) => d.ruleId));
    expect([...rules].sort()).toEqual([...new Set(BUILTIN_CHECKS.map((c) => `PorteVoix.${c.rule}`))].sort());
    // The same findings, worded in French.
    expect(inFrench.diagnostics.map((d) => d.id)).toEqual(inEnglish.diagnostics.map((d) => d.id));
    expect(inFrench.diagnostics.some((d) => d.note !== undefined)).toBe(true);
    inFrench.diagnostics.forEach((d, i) => {
      expect(d.message, d.id).not.toBe(inEnglish.diagnostics[i]?.message);
      if (d.note !== undefined) expect(d.note, d.id).not.toBe(inEnglish.diagnostics[i]?.note);
      // Guillemets with no-break spaces inside, a no-break space before : ; ! ?, no English quotes.
      const outside = d.message.replace(/«\u00A0[^»]*\u00A0»/gu, '«»');
      expect(outside, d.message).not.toMatch(/[“”'"]|[^\u00A0][:;!?]|«[^»]|[^«]»/u);
    });
  });

  it('turns rules off', () => {
    const text = 'The report was written by the the team.';
    const on = new Engine().check(doc([text]));
    expect(on.diagnostics.map((d) => d.ruleId)).toContain('PorteVoix.Passive');
    const off = new Engine().check(doc([text]), { disabledRules: ['PorteVoix.Passive'] });
    expect(off.diagnostics.map((d) => d.ruleId)).not.toContain('PorteVoix.Passive');
    expect(off.diagnostics.map((d) => d.ruleId)).toContain('PorteVoix.RepeatedWords');
  });

  it('checks spelling once a speller is set, and respects the vocabulary', () => {
    const engine = new Engine();
    const text = 'Rust ships crates quickly.';
    expect(engine.check(doc([text])).diagnostics.filter((d) => d.ruleId === 'PorteVoix.Spelling')).toEqual([]);
    engine.setSpeller('en', listSpeller(['ships', 'quickly']));
    const result = engine.check(doc([text]));
    expect(result.checkedBlocks).toBe(1);
    expect(
      result.diagnostics
        .filter((d) => d.ruleId === 'PorteVoix.Spelling')
        .map((d) => `${d.range.start}:${d.range.end}:${d.actual}:${d.severity}:${d.message}`),
    ).toEqual([
      '0:4:Rust:error:“Rust” is not in the English dictionary: check its spelling, or add it to your vocabulary.',
      '11:17:crates:error:“crates” is not in the English dictionary: check its spelling, or add it to your vocabulary.',
    ]);
    const withVocabulary = engine.check(doc([text]), { vocabulary: ['Rust', 'crates'] });
    expect(withVocabulary.diagnostics.filter((d) => d.ruleId === 'PorteVoix.Spelling')).toEqual([]);
    expect(engine.suggest('crates', 'en')).toEqual([]);
    expect(engine.suggest('qiuckly', 'en')).toEqual(['quickly']);
  });

  it('sums the figures of the document from its blocks', () => {
    const result = new Engine().check(doc(english));
    const separately = english.map((t) => new Engine().check(doc([t])).summary.counts.words);
    expect(result.summary.counts.words).toBe(separately.reduce((a, b) => a + b, 0));
    expect(result.summary.sentenceLengths.reduce((a, b) => a + b, 0)).toBe(result.summary.counts.words);
    expect(result.summary.readingTimeMinutes).toBe(Math.ceil(result.summary.counts.words / 238));
  });

  it('orders diagnostics by block, then position, and gives them unique ids', () => {
    const result = new Engine().check(doc(english));
    const order = result.diagnostics.map((d) => [Number(d.blockId.slice(1)), d.range.start]);
    expect(order).toEqual([...order].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
    expect(new Set(result.diagnostics.map((d) => d.id)).size).toBe(result.diagnostics.length);
  });
});

describe('Engine on random Unicode text', () => {
  const pieces = fc.constantFrom(
    'the',
    'The',
    'a',
    'an',
    'hour',
    'was',
    'written',
    'by',
    'très',
    'l’équipe',
    'e\u0301',
    '👩🏽‍💻',
    '🎉',
    '\u200b',
    '\u200d',
    '\u202e',
    'مرحبا',
    'שלום',
    '\r\n',
    '\n',
    ' ',
    ' ',
    '.',
    '!',
    '?',
    ',',
    '«',
    '»',
    ';',
    ':',
    '\u0301',
    '\ud83d',
    'really',
    'utilize',
    'damn',
    '2024',
  );
  const text = fc.oneof(
    fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );

  it('never throws, keeps every range inside its block, and gives the same output for the same input', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(undefined, 'en' as const, 'fr' as const),
        (texts, language) => {
          const document = doc(texts);
          const config = language ? { language } : {};
          const engine = new Engine();
          engine.setSpeller('en', listSpeller(['the', 'a', 'was']));
          const result = engine.check(document, config);
          for (const d of result.diagnostics) {
            const block = document.blocks.find((b) => b.id === d.blockId);
            expect(block).toBeDefined();
            expect(d.range.start).toBeGreaterThanOrEqual(0);
            expect(d.range.end).toBeLessThanOrEqual(block?.text.length ?? -1);
            expect(d.range.start).toBeLessThanOrEqual(d.range.end);
            expect(block?.text.slice(d.range.start, d.range.end)).toBe(d.actual);
          }
          const again = new Engine();
          again.setSpeller('en', listSpeller(['the', 'a', 'was']));
          expect(again.check(document, config)).toEqual(result);
        },
      ),
      { numRuns: 150 },
    );
  });
});
