/**
 * How long a text is for a channel, how much room is left, where it overflows
 * and where LinkedIn folds it.
 *
 * - X: the weighted count of `x-weight.ts`.
 * - Mastodon (as its server's `StatusLengthValidator`): every `http(s)://` URL
 *   counts 23 characters, a mention `@user@example.social` counts as `@user`,
 *   and the result is counted in grapheme clusters (an emoji, even a ZWJ
 *   sequence, or a letter with combining accents counts 1).
 * - LinkedIn: UTF-16 code units, as its editor counts (JavaScript's `length`;
 *   an emoji outside the BMP counts 2); URLs as typed.
 * - Blog: no limit; `used` is the number of grapheme clusters.
 *
 * Overflow: `overflowStart` is the start of the first grapheme (or URL, or
 * emoji sequence) that does not fit entirely within the limit, so it is never
 * inside a grapheme; inside a URL that counts as 23, it is the URL's start.
 *
 * LinkedIn folds (see `foldOffset`): where the post is cut behind "…see more".
 */
import { CHANNELS, type ChannelId, type ChannelRules } from './channel';
import { findUrls, type UrlMatch } from './urls';
import { xWeights } from './x-weight';

/** A text's length for one channel. */
export interface ChannelCount {
  channel: ChannelId;
  /** Characters used, as the channel counts them. */
  used: number;
  /** The channel's limit; undefined for the blog. */
  limit: number | undefined;
  /** `limit - used` (negative when over); undefined without a limit. */
  remaining: number | undefined;
  /** Whether `used` is above the limit. */
  over: boolean;
  /** When over: the UTF-16 offset in the text of the first character past the limit. */
  overflowStart?: number;
  /**
   * LinkedIn only: the UTF-16 offsets in the text where the post is cut behind
   * "see more" on desktop and on mobile, each only when the text goes on past it.
   */
  folds?: { desktop?: number; mobile?: number };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Mastodon's `Account::MENTION_RE`: `@user` then an optional `@domain`, not after `=`, `/` or a word character. */
const MENTION =
  /(?<![=/\p{L}\p{M}\p{N}\p{Pc}])@[a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?(@[\p{L}\p{M}\p{N}\p{Pc}.-]+[\p{L}\p{M}\p{N}\p{Pc}]+)?/giu;

/** Counts `text` for `channel` (see the module comment). */
export function countForChannel(text: string, channel: ChannelId): ChannelCount {
  const rules = CHANNELS[channel];
  const limit = rules.limit;

  if (rules.counting === 'x-weighted') {
    const weights = xWeights(text);
    return result(channel, weights.length, limit, limit === undefined ? undefined : weights.offsetAt(limit));
  }

  const countable = toCountable(text, rules);
  const bounds = boundaries(countable.text);
  const used = rules.counting === 'graphemes' ? bounds.length - 1 : countable.text.length;
  let overflow: number | undefined;
  if (limit !== undefined && used > limit) {
    const at = rules.counting === 'graphemes' ? (bounds[limit] ?? 0) : boundaryAtOrBefore(bounds, limit);
    overflow = countable.toOriginal(at);
  }
  const count = result(channel, used, limit, overflow);

  if (rules.fold !== undefined) {
    const desktop = foldOffset(countable.text, rules.fold.desktop, bounds);
    const mobile = foldOffset(countable.text, rules.fold.mobile, bounds);
    const folds: { desktop?: number; mobile?: number } = {};
    if (desktop !== undefined) folds.desktop = countable.toOriginal(desktop);
    if (mobile !== undefined) folds.mobile = countable.toOriginal(mobile);
    if (desktop !== undefined || mobile !== undefined) count.folds = folds;
  }
  return count;
}

function result(
  channel: ChannelId,
  used: number,
  limit: number | undefined,
  overflowStart: number | undefined,
): ChannelCount {
  const count: ChannelCount = {
    channel,
    used,
    limit,
    remaining: limit === undefined ? undefined : limit - used,
    over: limit !== undefined && used > limit,
  };
  if (overflowStart !== undefined) count.overflowStart = overflowStart;
  return count;
}

/**
 * Where a post is cut behind "see more" when only `at` characters (UTF-16
 * code units) are shown, or undefined when the text (without trailing white
 * space) fits. The cut is at the end of the last word that fits: the offset of
 * the white space after it, so the fold is never inside a word; a word is a
 * run of non-white-space characters, punctuation included. When even the
 * first word does not fit, the cut is at the last grapheme boundary at or
 * before `at`, never inside a grapheme.
 *
 * `bounds` are the grapheme boundaries of `text` (computed when omitted).
 */
export function foldOffset(text: string, at: number, bounds?: readonly number[]): number | undefined {
  if (text.trimEnd().length <= at) return undefined;
  const starts = bounds ?? boundaries(text);
  const isSpace = (i: number): boolean => /\s/.test(text.charAt(i));
  for (let i = starts.length - 1; i >= 0; i -= 1) {
    const c = starts[i] ?? 0;
    if (c > at || c === 0) continue;
    if (!isSpace(c - 1) && isSpace(c)) return c;
  }
  return boundaryAtOrBefore(starts, at);
}

/** The grapheme boundaries of `text`, from 0 to `text.length` included. */
function boundaries(text: string): number[] {
  const starts: number[] = [];
  for (const { index } of graphemes.segment(text)) starts.push(index);
  starts.push(text.length);
  return starts;
}

function boundaryAtOrBefore(bounds: readonly number[], offset: number): number {
  let best = 0;
  for (const b of bounds) {
    if (b > offset) break;
    best = b;
  }
  return best;
}

interface Piece {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Offsets in the countable text. */
  countStart: number;
  countEnd: number;
  /** A URL placeholder: any offset inside maps to the URL's start. */
  atomic: boolean;
}

interface Countable {
  text: string;
  toOriginal(offset: number): number;
}

/**
 * The text as the channel counts it: each URL replaced by `urlLength` `x`s and
 * each mention cut to its `@user` part, as Mastodon does before counting.
 */
function toCountable(text: string, rules: Readonly<ChannelRules>): Countable {
  const entities: (UrlMatch & { keep: number })[] = [];
  const urlLength = rules.urlLength;
  const urls = urlLength === undefined ? [] : findUrls(text, { withoutProtocol: rules.urlsWithoutProtocol });
  for (const url of urls) entities.push({ ...url, keep: -1 });
  if (rules.mentionsCountUserOnly) {
    for (const match of text.matchAll(MENTION)) {
      const domain = match[1];
      if (domain === undefined) continue;
      const start = match.index;
      const end = start + match[0].length;
      // URLs are replaced first: a mention inside a URL or right after it (after an `x`) is none.
      if (urls.some((u) => u.start < end && start <= u.end)) continue;
      entities.push({ start, end, keep: match[0].length - domain.length });
    }
    entities.sort((a, b) => a.start - b.start);
  }

  const pieces: Piece[] = [];
  let out = '';
  let at = 0;
  const verbatim = (start: number, end: number): void => {
    if (end <= start) return;
    pieces.push({ start, end, countStart: out.length, countEnd: out.length + end - start, atomic: false });
    out += text.slice(start, end);
  };
  for (const entity of entities) {
    verbatim(at, entity.start);
    if (entity.keep < 0) {
      const placeholder = 'x'.repeat(urlLength ?? 0);
      const { start, end } = entity;
      pieces.push({ start, end, countStart: out.length, countEnd: out.length + placeholder.length, atomic: true });
      out += placeholder;
    } else {
      verbatim(entity.start, entity.start + entity.keep);
    }
    at = entity.end;
  }
  verbatim(at, text.length);

  return {
    text: out,
    toOriginal(offset) {
      for (const piece of pieces) {
        if (offset >= piece.countStart && offset < piece.countEnd) {
          return piece.atomic ? piece.start : piece.start + offset - piece.countStart;
        }
      }
      return text.length;
    },
  };
}
