/**
 * Word, sentence and grapheme segmentation with the platform's Unicode rules
 * (Intl.Segmenter: UAX #29), the same in Node and in a Web Worker.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(
  cache: Map<string, Intl.Segmenter>,
  locale: string,
  granularity: 'word' | 'sentence',
): Intl.Segmenter {
  let s = cache.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity });
    cache.set(locale, s);
  }
  return s;
}

const WHITESPACE = /\s/u;

/**
 * The words of `text`, counted as word processors count them: Unicode word
 * segments (letters or digits; punctuation and symbols alone are not words),
 * where segments joined by punctuation without a space form one word
 * ("well-known", "e.g.", "and/or", "itertools::Itertools"). Scripts written
 * without spaces (Chinese, Japanese, Thai) keep one word per segment.
 */
export function words(text: string, locale = 'en'): string[] {
  const out: string[] = [];
  let lastEnd = -1;
  for (const s of segmenter(wordSegmenters, locale, 'word').segment(text)) {
    if (!s.isWordLike) continue;
    const gap = lastEnd < 0 ? '' : text.slice(lastEnd, s.index);
    if (gap.length > 0 && !WHITESPACE.test(gap)) {
      out[out.length - 1] += gap + s.segment;
    } else {
      out.push(s.segment);
    }
    lastEnd = s.index + s.segment.length;
  }
  return out;
}

/** The sentences of `text` that hold at least one word, trimmed. */
export function sentences(text: string, locale = 'en'): string[] {
  const out: string[] = [];
  for (const s of segmenter(sentenceSegmenters, locale, 'sentence').segment(text)) {
    const sentence = s.segment.trim();
    if (sentence && words(sentence, locale).length > 0) out.push(sentence);
  }
  return out;
}

/** User-perceived characters: an emoji with modifiers or a letter with combining marks counts once. */
export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}
