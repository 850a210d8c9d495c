import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, PvDocument } from '../../../core/document/document';
import type { Language } from '../../../core/language/detect';
import { CHANNEL_IDS } from '../../../core/channels/channel';
import { CHANNEL_STRINGS, formatCount, type ChannelStrings } from './channel-strings';
import { channelView, checkOpening, counterLevel, OPENING_MIN_SCORE, type CounterLevel } from './channel-view';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

/** The sentences of a corpus text, in order. */
const sentences = (name: string): string[] => corpus(name).split(/(?<=[.!?])\s+/u);

const paragraph = (id: string, text: string): Block => ({ id, kind: 'paragraph', text });

function post(blocks: Block[], language?: Language): PvDocument {
  const doc: PvDocument = { title: '', blocks };
  if (language !== undefined) doc.language = language;
  return doc;
}

/** `n` words of 9 letters, separated by spaces: a word starts at every multiple of 10. */
const words = (n: number): string => 'abcdefghi '.repeat(n).trimEnd();

describe('channelView: X', () => {
  it('counts a 60-character URL as 23', () => {
    const url = `https://example.com/${'a'.repeat(40)}`;
    expect(url).toHaveLength(60);
    const view = channelView(post([paragraph('p', `Read ${url} now`)]), 'x');
    expect(view.text).toBe(`Read ${url} now`);
    expect(view.count).toEqual({ channel: 'x', used: 32, limit: 280, remaining: 248, over: false });
    expect(view.overflow).toBeUndefined();
    expect(view.folds).toEqual({});
    expect(view.opening).toBeUndefined();
  });

  it('gives the block and offset where the text past 280 characters starts', () => {
    const view = channelView(post([paragraph('a', words(20)), paragraph('b', words(15))]), 'x');
    // 199 characters, a blank line, 149 characters.
    expect(view.text).toHaveLength(350);
    expect(view.count).toMatchObject({ used: 350, remaining: -70, over: true, overflowStart: 280 });
    expect(view.overflow).toEqual({ blockId: 'b', offset: 79 });
  });

  it('moves an overflow that starts in inserted text forward to the next character of the document', () => {
    const item: Block = { id: 'item', kind: 'listItem', depth: 0, ordered: false, text: 'item' };
    const view = channelView(post([paragraph('a', 'a'.repeat(279)), item]), 'x');
    expect(view.text).toBe(`${'a'.repeat(279)}\n\n• item`);
    // X weighs the bullet 2; the 281st character is the second line break.
    expect(view.count).toMatchObject({ used: 288, overflowStart: 280 });
    expect(view.overflow).toEqual({ blockId: 'item', offset: 0 });
  });
});

describe('channelView: LinkedIn', () => {
  it('gives both folds of a post over 210 characters in block coordinates', () => {
    const view = channelView(post([paragraph('a', words(10)), paragraph('b', words(20))]), 'linkedin');
    // 99 characters, a blank line, then block b from offset 101 of the social text.
    expect(view.text).toHaveLength(300);
    expect(view.count).toMatchObject({ used: 300, limit: 3000, over: false, folds: { desktop: 210, mobile: 140 } });
    expect(view.folds).toEqual({ desktop: { blockId: 'b', offset: 109 }, mobile: { blockId: 'b', offset: 39 } });
    expect(view.overflow).toBeUndefined();
  });

  it('puts a fold between two blocks at the end of the first one', () => {
    const view = channelView(
      post([paragraph('a', words(13)), paragraph('b', `${'x'.repeat(20)} ${words(5)}`)]),
      'linkedin',
    );
    expect(view.count.folds).toEqual({ mobile: 129 });
    expect(view.folds).toEqual({ mobile: { blockId: 'a', offset: 129 } });
  });

  it('has no fold and no opening check for a post that fits above the mobile fold', () => {
    const view = channelView(post([paragraph('a', words(14))]), 'linkedin');
    expect(view.count.folds).toBeUndefined();
    expect(view.folds).toEqual({});
    expect(view.opening).toBeUndefined();
  });

  it('finds a plain, easy opening ok', () => {
    const [, , easy = '', , , , , overall = ''] = sentences('en-post-363w.txt');
    expect(easy).toMatch(/^This was a little bit heart breaking to me/u);
    expect(easy).toHaveLength(134);
    const view = channelView(post([paragraph('p', `${easy} ${overall}`)]), 'linkedin');
    // "Overall" ends past 140: the fold is after "are.".
    expect(view.count.folds).toEqual({ mobile: 134 });
    expect(view.folds).toEqual({ mobile: { blockId: 'p', offset: 134 } });
    expect(view.opening).toMatchObject({
      text: easy,
      language: 'en',
      score: 'fleschReadingEase',
      band: 'fairly-easy',
      ok: true,
    });
    expect(view.opening?.value).toBeCloseTo(72.897, 3);
  });

  it('finds a jargon-heavy opening not ok', () => {
    const [, , , insidious = '', many = ''] = sentences('en-post-363w.txt');
    expect(insidious).toBe('Imposter syndrome is an insidious problem within software communities.');
    const view = channelView(post([paragraph('p', `${insidious} ${many}`)]), 'linkedin');
    expect(view.opening).toMatchObject({ score: 'fleschReadingEase', band: 'very-difficult', ok: false });
    expect(view.opening?.text).toBe(
      `${insidious} Many of us, especially members of marginalized communities, struggle`,
    );
    expect(view.opening?.value).toBeCloseTo(0.3, 3);
  });

  it('measures a French opening with Kandel–Moles', () => {
    const french = sentences('fr-article-1614w.txt');
    const easy = french.find((s) => s.startsWith('Nombre de ces projets')) ?? '';
    const next = french.find((s) => s.startsWith('Ils pourraient même')) ?? '';
    const view = channelView(post([paragraph('p', `${easy} ${next}`)], 'fr'), 'linkedin');
    expect(view.opening).toMatchObject({ language: 'fr', score: 'kandelMoles', band: 'easy', ok: true });
    expect(view.opening?.value).toBeCloseTo(89.728, 3);

    const hard = french.find((s) => s.startsWith('Cette nouvelle architecture')) ?? '';
    const hardView = channelView(post([paragraph('p', hard)], 'fr'), 'linkedin');
    expect(hardView.opening).toMatchObject({ score: 'kandelMoles', band: 'fairly-difficult', ok: false });
    expect(hardView.opening?.value).toBeCloseTo(54.197, 3);
  });
});

describe('channelView: Mastodon and blog', () => {
  it('counts a remote mention as its user part on Mastodon, with no fold', () => {
    const view = channelView(post([paragraph('p', `Thanks @alice@example.social! ${words(60)}`)]), 'mastodon');
    // "Thanks @alice! " counts 15; the 500th counted character is 15 characters further in the text.
    expect(view.count).toMatchObject({ used: 614, limit: 500, over: true, overflowStart: 515 });
    expect(view.overflow).toEqual({ blockId: 'p', offset: 515 });
    expect(view.folds).toEqual({});
    expect(view.opening).toBeUndefined();
  });

  it('has no limit, no overflow and no fold for a blog', () => {
    const view = channelView(post([paragraph('a', words(400)), paragraph('b', 'End.')]), 'blog');
    expect(view.count).toEqual({ channel: 'blog', used: 4005, limit: undefined, remaining: undefined, over: false });
    expect(view.overflow).toBeUndefined();
    expect(view.folds).toEqual({});
    expect(view.opening).toBeUndefined();
  });

  it('gives an empty document an empty text', () => {
    const view = channelView(post([]), 'linkedin');
    expect(view).toEqual({
      channel: 'linkedin',
      count: { channel: 'linkedin', used: 0, limit: 3000, remaining: 3000, over: false },
      text: '',
      folds: {},
    });
  });
});

describe('checkOpening', () => {
  it('is undefined without a word and ok from the minimum score on', () => {
    expect(checkOpening('— · —', 'en')).toBeUndefined();
    expect(checkOpening('', 'fr')).toBeUndefined();
    const check = checkOpening('We ship on Monday. You can try it now.', 'en');
    expect(check?.ok).toBe(true);
    expect(check?.value).toBeGreaterThanOrEqual(OPENING_MIN_SCORE);
  });
});

describe('counterLevel', () => {
  const x = (used: number) => channelView(post([paragraph('p', 'a'.repeat(used))]), 'x').count;
  it('warns within 10% of the limit and errs over it', () => {
    expect(counterLevel(x(251))).toBe('ok');
    expect(counterLevel(x(252))).toBe('near');
    expect(counterLevel(x(280))).toBe('near');
    expect(counterLevel(x(281))).toBe('over');
    expect(counterLevel(channelView(post([paragraph('p', 'a'.repeat(9000))]), 'blog').count)).toBe('ok');
  });
});

describe('CHANNEL_STRINGS', () => {
  /** Every text the strings give, for every channel, level and a few numbers. */
  const texts = (t: ChannelStrings): string[] => {
    const levels: CounterLevel[] = ['ok', 'near', 'over'];
    const out: string[] = [t.region, t.rulesHeading, t.goToMobileFold, t.goToDesktopFold, t.goToOverflow];
    out.push(t.openingHeading, t.openingAdvice, t.openingPreview, t.openingVerdict(true), t.openingVerdict(false));
    out.push(t.openingScore('Score', '72'), t.limitRule('280'), t.limitRule(undefined), t.foldRule('210', '140'));
    out.push(t.formattingRule(true), t.formattingRule(false), t.usedOfLimit('1', '2'), t.characters(1, '1'));
    for (const channel of CHANNEL_IDS) {
      out.push(t.names[channel], t.heading(channel), t.urlRule(channel, '23'), t.characterRule(channel));
      for (const level of levels) {
        out.push(t.levelSentence(level, channel), t.hint(level, '3') ?? '');
        out.push(t.counterSentence({ channel, used: '231', limit: '280', level, n: '3' }));
        out.push(t.counterSentence({ channel, used: '1', limit: undefined, level, n: '0' }));
      }
    }
    return out;
  };

  it('says "231 of 280 characters on X" and its French', () => {
    const args = { channel: 'x', used: '231', limit: '280', level: 'ok', n: '49' } as const;
    expect(CHANNEL_STRINGS.en.counterSentence(args)).toBe('231 of 280 characters on X.');
    expect(CHANNEL_STRINGS.fr.counterSentence(args)).toBe('231 sur 280 caractères sur X.');
    expect(CHANNEL_STRINGS.fr.counterSentence({ ...args, used: '293', level: 'over', n: '13' })).toBe(
      '293 sur 280 caractères sur X\u00a0: 13 de trop.',
    );
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(1234, 'fr')).toBe('1\u202f234');
  });

  it('follows French typography: a no-break space before : ; ! ? and %, and inside « »', () => {
    for (const text of texts(CHANNEL_STRINGS.fr)) {
      const plain = text.replace(/https?:\/\//gu, '');
      expect(plain, text).not.toMatch(/(?:^|[^\u00a0\u202f])[:;!?%]/u);
      expect(plain, text).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/u);
    }
    for (const text of texts(CHANNEL_STRINGS.en)) expect(text, text).not.toMatch(/\u00a0[:;!?]/u);
  });
});
