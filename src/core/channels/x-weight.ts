/**
 * X's weighted character count, as twitter-text v3 defines it (`parseTweet`
 * with the v3 configuration), without the twitter-text package.
 *
 * - The text is NFC-normalized first (`é` typed as `e` + U+0301 counts as one
 *   character).
 * - Every URL (see `findUrls` with `withoutProtocol`) weighs
 *   `transformedURLLength` (23) characters, whatever its length.
 * - Every emoji sequence weighs 2 as a whole, whatever its number of code
 *   points: any RGI emoji (`\p{RGI_Emoji}`: ZWJ sequences, skin tones, flags,
 *   tag sequences, keycaps) and, as twitter-text's emoji pattern, a keycap
 *   without U+FE0F (`1` + U+20E3). Which sequences are RGI depends on the
 *   Unicode version of the JavaScript engine, where twitter-text ships its
 *   own list.
 * - Any other code point weighs 1 in the ranges U+0000–U+10FF, U+2000–U+200D,
 *   U+2010–U+201F and U+2032–U+2037, and 2 elsewhere (CJK, other symbols,
 *   characters outside the BMP).
 *
 * Weights are computed in twitter-text's units (`scale` = 100 per character)
 * and reported in characters.
 */
import { findUrls } from './urls';

/** One weighted range of the configuration: code points `start` to `end` (inclusive) weigh `weight`. */
export interface XWeightRange {
  start: number;
  end: number;
  weight: number;
}

/** twitter-text v3's configuration (`config/v3.json`). */
export const X_CONFIG = {
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  transformedURLLength: 23,
  ranges: [
    { start: 0x0000, end: 0x10ff, weight: 100 },
    { start: 0x2000, end: 0x200d, weight: 100 },
    { start: 0x2010, end: 0x201f, weight: 100 },
    { start: 0x2032, end: 0x2037, weight: 100 },
  ] as readonly XWeightRange[],
} as const;

/**
 * A run of the original text and what it weighs, in characters. Segments
 * follow each other and cover the text; a segment is one URL, one emoji
 * sequence, or one grapheme cluster (more when a unit of weight spans
 * several), so it never starts inside a grapheme.
 */
export interface WeightedSegment {
  /** UTF-16 offset in the original (not normalized) text, inclusive. */
  start: number;
  /** UTF-16 offset in the original text, exclusive. */
  end: number;
  /** Weighted length in characters (1 for `a`, 2 for `你` or an emoji, 23 for a URL). */
  weight: number;
}

/** What `xWeights` returns. */
export interface XWeights {
  /** The weighted length in characters, as X counts it. */
  length: number;
  /** The weighted segments covering the text, in order. */
  segments: readonly WeightedSegment[];
  /**
   * The UTF-16 offset in the original text of the first segment that does not
   * fit within `limit` weighted characters (it starts the overflow), or
   * undefined when the whole text fits.
   */
  offsetAt(limit: number): number | undefined;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// A literal with the `v` flag needs target ES2024 for TypeScript; the runtime (Node 20, Chromium) has it.
const EMOJI = new RegExp('\\p{RGI_Emoji}|[#*0-9]\\u20E3', 'vy');
/** Every emoji sequence starts with a code point of this class: a cheap test before `EMOJI`. */
const EMOJI_START = /\p{Emoji}/u;

/** The weight of one code point in twitter-text's units (100 for one character). */
export function xCodePointWeight(codePoint: number): number {
  for (const range of X_CONFIG.ranges) {
    if (codePoint >= range.start && codePoint <= range.end) return range.weight;
  }
  return X_CONFIG.defaultWeight;
}

interface Grapheme {
  start: number;
  end: number;
  /** Offsets in the normalized text. */
  normalizedStart: number;
  normalizedEnd: number;
}

interface Unit {
  normalizedEnd: number;
  weight: number;
}

/**
 * Measures `text` as X does (see the module comment). The text is normalized
 * grapheme by grapheme, so that every segment maps back to the original text;
 * canonical composition does not cross grapheme boundaries, so this equals
 * normalizing the whole text.
 */
export function xWeights(text: string): XWeights {
  const clusters: Grapheme[] = [];
  let normalized = '';
  for (const { segment, index } of graphemes.segment(text)) {
    const nfc = segment.normalize('NFC');
    clusters.push({
      start: index,
      end: index + segment.length,
      normalizedStart: normalized.length,
      normalizedEnd: normalized.length + nfc.length,
    });
    normalized += nfc;
  }

  const units = weighUnits(normalized);
  const segments: WeightedSegment[] = [];
  let total = 0;
  let g = 0;
  let segmentStart = 0;
  let segmentWeight = 0;
  for (const unit of units) {
    segmentWeight += unit.weight;
    while (g < clusters.length && (clusters[g]?.normalizedEnd ?? 0) < unit.normalizedEnd) g += 1;
    const cluster = clusters[g];
    if (cluster !== undefined && cluster.normalizedEnd === unit.normalizedEnd) {
      segments.push({ start: segmentStart, end: cluster.end, weight: segmentWeight / X_CONFIG.scale });
      total += segmentWeight;
      segmentStart = cluster.end;
      segmentWeight = 0;
      g += 1;
    }
  }

  return {
    length: total / X_CONFIG.scale,
    segments,
    offsetAt: (limit) => firstSegmentPast(segments, limit),
  };
}

/** Units of weight of the normalized text: URLs, emoji sequences, code points. */
function weighUnits(normalized: string): Unit[] {
  const urls = findUrls(normalized, { withoutProtocol: true });
  const units: Unit[] = [];
  let u = 0;
  let i = 0;
  while (i < normalized.length) {
    while (u < urls.length && (urls[u]?.start ?? 0) < i) u += 1;
    const url = urls[u];
    if (url !== undefined && url.start === i) {
      i = url.end;
      units.push({ normalizedEnd: i, weight: X_CONFIG.transformedURLLength * X_CONFIG.scale });
      continue;
    }
    const codePoint = normalized.codePointAt(i) ?? 0;
    if (mayStartEmoji(codePoint)) {
      EMOJI.lastIndex = i;
      const emoji = EMOJI.exec(normalized);
      if (emoji !== null) {
        i += emoji[0].length;
        units.push({ normalizedEnd: i, weight: X_CONFIG.defaultWeight });
        continue;
      }
    }
    i += codePoint > 0xffff ? 2 : 1;
    units.push({ normalizedEnd: i, weight: xCodePointWeight(codePoint) });
  }
  return units;
}

function mayStartEmoji(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint === 0x23 || codePoint === 0x2a || (codePoint >= 0x30 && codePoint <= 0x39);
  return EMOJI_START.test(String.fromCodePoint(codePoint));
}

function firstSegmentPast(segments: readonly WeightedSegment[], limit: number): number | undefined {
  let used = 0;
  for (const segment of segments) {
    used += segment.weight;
    if (used > limit) return segment.start;
  }
  return undefined;
}
