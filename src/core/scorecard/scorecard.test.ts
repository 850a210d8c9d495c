import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToDocument } from '../document/markdown';
import type { Diagnostic } from '../engine/diagnostic';
import { Engine, type CheckResult } from '../engine/engine';
import type { Language } from '../language/detect';
import { buildScorecard, sentenceChart, sentenceChartPath, type Scorecard } from './scorecard';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

/** Checked in a forced language, so that the figures do not depend on language detection. */
function check(name: string, language: Language): { result: CheckResult; doc: ReturnType<typeof markdownToDocument> } {
  const doc = markdownToDocument(corpus(name));
  return { result: new Engine().check(doc, { language }), doc };
}

const english = check('en-article-1585w.txt', 'en');
const french = check('fr-article-1614w.txt', 'fr');

function card(
  { result, doc }: typeof english,
  channel: Scorecard['channel'],
  ui: Scorecard['ui'],
  extra: Partial<Parameters<typeof buildScorecard>[0]> = {},
): Scorecard {
  return buildScorecard({ summary: result.summary, diagnostics: result.diagnostics, channel, ui, doc, ...extra });
}

describe('buildScorecard on en-article-1585w.txt (a Rust library team blog post)', () => {
  const scorecard = card(english, 'blog', 'en');

  it('gives the counts, reading time, passive, long and hard sentences', () => {
    expect(scorecard.readingTimeMinutes).toBe(7); // 1,601 words at 238 a minute, rounded up
    expect(scorecard.counts).toEqual({
      words: 1601,
      sentences: 75,
      characters: 9774,
      longestSentence: 79,
      paragraphs: 39, // the corpus has no Markdown headings: its 11 heading lines are paragraphs
      headings: 0,
    });
    expect(scorecard.passive).toEqual({
      sentences: 2,
      findings: 2,
      share: 2 / 75,
      message: '2 of 75 sentences (3%) are in the passive voice: say who does what, in the active voice.',
    });
    expect(scorecard.longSentences).toEqual({
      threshold: 25,
      long: 22,
      veryLong: 3, // 51, 64 and 79 words
      share: 22 / 75,
      message:
        '22 of 75 sentences have more than 25 words (3 more than 50): split them into sentences of 25 words or fewer.',
    });
    // The same as the SentenceLength findings: 19 suggestions and 3 warnings.
    const lengthFindings = english.result.diagnostics.filter((d) => d.ruleId === 'PorteVoix.SentenceLength');
    expect(lengthFindings.length).toBe(22);
    expect(lengthFindings.filter((d) => d.severity === 'warning').length).toBe(3);
    expect(scorecard.hardSentences).toEqual({
      hard: 33,
      veryHard: 0,
      share: 33 / 75,
      message: '33 of 75 sentences are hard to read (0 very hard): shorten them or use simpler words.',
    });
  });

  it('rates the text difficult (Flesch 44.0, college level) and below the blog target', () => {
    expect(scorecard.languages.map((l) => l.language)).toEqual(['en']);
    const [en] = scorecard.languages;
    expect(en?.meetsTarget).toBe(false);
    expect(en?.target).toEqual({ minFleschReadingEase: 50, maxFleschKincaidGrade: 12 });
    expect(
      en?.scores.map((s) => [s.name, s.value.toFixed(2), s.band, s.meaning, s.target?.met ?? null, s.target?.message]),
    ).toEqual([
      [
        'fleschReadingEase',
        '44.03',
        'difficult',
        'Difficult to read: college level (18–22 years old).',
        false,
        'Below the target for blog articles (50 or more): use shorter sentences and shorter, more common words.',
      ],
      [
        'fleschKincaidGrade',
        '12.42',
        'fairly-difficult',
        'About 12th grade (17–18 years old): fairly difficult to read.',
        false,
        'Above the target for blog articles (12 or less): use shorter sentences and shorter, more common words.',
      ],
      [
        'gunningFog',
        '14.26',
        'difficult',
        'College level, about year 2 (19–20 years old): difficult to read.',
        null,
        undefined,
      ],
      [
        'smog',
        '14.54',
        'difficult',
        'College level, about year 2 (19–20 years old): difficult to read.',
        null,
        undefined,
      ],
      [
        'colemanLiau',
        '12.04',
        'fairly-difficult',
        'About 12th grade (17–18 years old): fairly difficult to read.',
        null,
        undefined,
      ],
      [
        'automatedReadabilityIndex',
        '12.66',
        'fairly-difficult',
        'About 12th grade (17–18 years old): fairly difficult to read.',
        null,
        undefined,
      ],
    ]);
  });

  it('speaks French when the interface does, and applies the user’s targets', () => {
    const fr = card(english, 'blog', 'fr', {
      targets: { blog: { en: { minFleschReadingEase: 40, maxFleschKincaidGrade: 13 } } },
    });
    const [en] = fr.languages;
    expect(en?.meetsTarget).toBe(true);
    expect(en?.scores[0]?.label).toBe('Facilité de lecture de Flesch');
    expect(en?.scores[0]?.target?.message).toBe('Atteint l’objectif pour les articles de blog (40 ou plus).');
    expect(en?.scores[1]?.target?.message).toBe('Atteint l’objectif pour les articles de blog (13 ou moins).');
    expect(fr.passive?.message).toBe(
      '2 phrases sur 75 (3\u00a0%) sont au passif\u00a0: dites qui fait quoi, à la voix active.',
    );
    expect(fr.longSentences.message).toBe(
      '22 phrases sur 75 ont plus de 25 mots (dont 3 plus de 50)\u00a0: coupez-les en phrases de 25 mots au plus.',
    );
    expect(fr.hardSentences.message).toBe(
      '33 phrases sur 75 sont difficiles à lire (dont 0 très difficile)\u00a0: raccourcissez-les ou employez des mots plus simples.',
    );
  });

  it('holds X posts to a stricter target', () => {
    const x = card(english, 'x', 'en');
    expect(x.languages[0]?.target).toEqual({ minFleschReadingEase: 70, maxFleschKincaidGrade: 8 });
    expect(x.languages[0]?.scores[1]?.target?.message).toBe(
      'Above the target for X (8 or less): use shorter sentences and shorter, more common words.',
    );
  });
});

describe('buildScorecard on fr-article-1614w.txt (React Labs, June 2022, in French)', () => {
  const scorecard = card(french, 'blog', 'fr');

  it('gives Kandel–Moles and LIX, and no passive figures (the passive check is English only)', () => {
    expect(scorecard.readingTimeMinutes).toBe(7);
    expect(scorecard.counts).toEqual({
      words: 1606,
      sentences: 79,
      characters: 10360,
      longestSentence: 73,
      paragraphs: 31,
      headings: 0,
    });
    expect(scorecard.passive).toBeUndefined();
    expect(scorecard.languages.map((l) => l.language)).toEqual(['fr']);
    const [fr] = scorecard.languages;
    expect(fr?.target).toEqual({ minKandelMoles: 50, maxLix: 50 });
    expect(fr?.meetsTarget).toBe(false);
    expect(fr?.scores.map((s) => [s.name, s.value.toFixed(2), s.label, s.band, s.meaning, s.target?.message])).toEqual([
      [
        'kandelMoles',
        '56.44',
        'Facilité de lecture de Kandel–Moles',
        'fairly-difficult',
        'Plutôt difficile à lire\u00a0: niveau lycée, de la seconde à la terminale (15–18 ans).',
        'Atteint l’objectif pour les articles de blog (50 ou plus).',
      ],
      [
        'lix',
        '51.84',
        'LIX',
        'difficult',
        'Difficile à lire, comme un texte documentaire ou administratif.',
        'Au-dessus de l’objectif pour les articles de blog (50 ou moins)\u00a0: raccourcissez les phrases et préférez des mots courts et courants.',
      ],
    ]);
  });

  it('counts long sentences from the sentence lengths and hard ones from the findings', () => {
    expect(scorecard.longSentences).toEqual({
      threshold: 25,
      long: 21,
      veryLong: 1, // 73 words
      share: 21 / 79,
      message:
        '21 phrases sur 79 ont plus de 25 mots (dont 1 plus de 50)\u00a0: coupez-les en phrases de 25 mots au plus.',
    });
    expect(scorecard.hardSentences).toEqual({
      hard: 21,
      veryHard: 5,
      share: 26 / 79,
      message:
        '26 phrases sur 79 sont difficiles à lire (dont 5 très difficiles)\u00a0: raccourcissez-les ou employez des mots plus simples.',
    });
    // The engine's own per-sentence counts agree.
    expect(french.result.summary.counts.hardSentences).toBe(21);
    expect(french.result.summary.counts.veryHardSentences).toBe(5);
  });

  it('puts the document’s language first when it has text in both', () => {
    const summary = {
      ...french.result.summary,
      readability: { ...english.result.summary.readability, ...french.result.summary.readability },
    };
    const both = buildScorecard({ summary, diagnostics: [], channel: 'linkedin', ui: 'en' });
    expect(both.languages.map((l) => [l.language, l.scores.map((s) => s.name)])).toEqual([
      ['fr', ['kandelMoles', 'lix']],
      [
        'en',
        ['fleschReadingEase', 'fleschKincaidGrade', 'gunningFog', 'smog', 'colemanLiau', 'automatedReadabilityIndex'],
      ],
    ]);
    expect(both.languages[0]?.scores[1]?.target?.message).toBe(
      'Above the target for LinkedIn (40 or less): use shorter sentences and shorter, more common words.',
    );
    // English text is present, so the passive figures are there; without `doc`, no paragraph count.
    expect(both.passive?.sentences).toBe(0);
    expect(both.passive?.message).toBe('No sentence is in the passive voice.');
    expect(both.counts.paragraphs).toBeUndefined();
  });
});

describe('hard sentences from the findings', () => {
  const base: Diagnostic = {
    id: '',
    ruleId: 'PorteVoix.HardSentence',
    source: 'porte-voix',
    severity: 'suggestion',
    message: 'This sentence is hard to read: shorten it or use simpler words.',
    blockId: 'b1',
    range: { start: 0, end: 40 },
    actual: '',
    expected: [],
  };

  it('count a sentence once, as very hard when any finding on it says so; singular messages', () => {
    const { summary } = check('en-paragraph-90w.txt', 'en').result;
    const diagnostics: Diagnostic[] = [
      base,
      { ...base, severity: 'warning' },
      { ...base, blockId: 'b2' },
      { ...base, ruleId: 'PorteVoix.Passive' },
    ];
    const en = buildScorecard({ summary, diagnostics, channel: 'mastodon', ui: 'en' });
    expect(en.hardSentences).toEqual({
      hard: 1,
      veryHard: 1,
      share: 2 / 4,
      message: '2 of 4 sentences are hard to read (1 very hard): shorten them or use simpler words.',
    });
    // The engine found no passive sentence in the paragraph: the share comes from its per-sentence count.
    expect(en.passive).toEqual({
      sentences: 0,
      findings: 1,
      share: 0,
      message: 'No sentence is in the passive voice.',
    });
    const one = buildScorecard({ summary, diagnostics: [base], channel: 'mastodon', ui: 'fr' });
    expect(one.hardSentences.message).toBe(
      '1 phrase sur 4 est difficile à lire (dont 0 très difficile)\u00a0: raccourcissez-la ou employez des mots plus simples.',
    );
    expect(one.longSentences.message).toBe(
      '1 phrase sur 4 a plus de 25 mots (dont 0 plus de 50)\u00a0: coupez-la en phrases de 25 mots au plus.',
    );
    expect(buildScorecard({ summary, diagnostics: [base], channel: 'x', ui: 'en' }).longSentences.message).toBe(
      '1 of 4 sentences has more than 25 words (0 more than 50): split it into sentences of 25 words or fewer.',
    );
  });
});

describe('an empty document', () => {
  it('has no scores, zero figures and messages that say so', () => {
    const result = new Engine().check({ title: '', blocks: [] }, { language: 'en' });
    const en = buildScorecard({ summary: result.summary, diagnostics: [], channel: 'blog', ui: 'en' });
    expect(en.languages).toEqual([]);
    expect(en.readingTimeMinutes).toBe(0);
    expect(en.passive).toBeUndefined();
    expect(en.longSentences).toEqual({
      threshold: 25,
      long: 0,
      veryLong: 0,
      share: 0,
      message: 'No sentence has more than 25 words.',
    });
    expect(en.hardSentences.message).toBe('No sentence is hard to read.');
    const fr = buildScorecard({ summary: result.summary, diagnostics: [], channel: 'blog', ui: 'fr' });
    expect(fr.longSentences.message).toBe('Aucune phrase n’a plus de 25 mots.');
    expect(fr.hardSentences.message).toBe('Aucune phrase n’est difficile à lire.');
    expect(en.chart).toEqual({ bars: [], max: 25, threshold: 25, thresholdHeight: 1 });
    expect(sentenceChartPath(en.chart, { width: 100, height: 20 })).toBe('');
  });
});

describe('sentenceChart', () => {
  it('gives normalised bars for en-paragraph-90w.txt (sentences of 22, 27, 19 and 24 words)', () => {
    const lengths = check('en-paragraph-90w.txt', 'en').result.summary.sentenceLengths;
    expect(lengths).toEqual([22, 27, 19, 24]);
    const chart = sentenceChart(lengths);
    expect(chart.max).toBe(27);
    expect(chart.threshold).toBe(25);
    expect(chart.thresholdHeight).toBeCloseTo(25 / 27, 12);
    expect(chart.bars.map((b) => [b.index, b.words, b.x, b.width, b.height.toFixed(4), b.long, b.veryLong])).toEqual([
      [0, 22, 0, 0.25, '0.8148', false, false],
      [1, 27, 0.25, 0.25, '1.0000', true, false],
      [2, 19, 0.5, 0.25, '0.7037', false, false],
      [3, 24, 0.75, 0.25, '0.8889', false, false],
    ]);
    expect(sentenceChartPath(chart, { width: 120, height: 24 })).toBe('M15 4.44L45 0L75 7.11L105 2.67');
  });

  it('scales to the threshold when every sentence is short, and takes another threshold', () => {
    const short = sentenceChart([5, 10]);
    expect(short.max).toBe(25);
    expect(short.bars.map((b) => b.height)).toEqual([0.2, 0.4]);
    expect(sentenceChartPath(short, { width: 10, height: 10 })).toBe('M2.5 8L7.5 6');
    const strict = sentenceChart([22, 27, 19, 24], { threshold: 20 });
    expect(strict.bars.map((b) => b.long)).toEqual([true, true, false, true]);
    expect(sentenceChart([45], { threshold: 20 }).bars[0]?.veryLong).toBe(true);
  });

  it('draws one sentence as a flat line, the same every time', () => {
    const one = sentenceChart([30]);
    expect(sentenceChartPath(one, { width: 80, height: 16 })).toBe('M0 0L80 0');
    expect(sentenceChartPath(sentenceChart([10]), { width: 80, height: 16 })).toBe('M0 9.6L80 9.6');
    const lengths = english.result.summary.sentenceLengths;
    expect(sentenceChartPath(sentenceChart(lengths), { width: 300, height: 40 })).toBe(
      sentenceChartPath(sentenceChart([...lengths]), { width: 300, height: 40 }),
    );
    expect(
      sentenceChart(lengths)
        .bars.filter((b) => b.height === 1)
        .map((b) => b.words),
    ).toEqual([79]);
  });
});
