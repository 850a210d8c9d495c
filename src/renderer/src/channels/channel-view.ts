/**
 * What the channel panel shows for a document and a channel, computed without
 * React: the text to paste, its count against the network's limit, where the
 * text past the limit starts and where LinkedIn folds the post behind "see
 * more", all in block coordinates so that the editor can jump there, and how
 * readable the opening above the fold is.
 */
import { CHANNELS, type ChannelId } from '../../../core/channels/channel';
import { countForChannel, type ChannelCount } from '../../../core/channels/count';
import { socialText, toBlockOffset, type BlockOffset, type SocialText } from '../../../core/channels/social-text';
import type { PvDocument } from '../../../core/document/document';
import { computeBlockFacts } from '../../../core/engine/block-facts';
import { parseBlock } from '../../../core/engine/parse';
import { readabilityScores } from '../../../core/engine/readability-scores';
import type { Language } from '../../../core/language/detect';
import { sentencesOf } from '../../../core/retext/nlcst-walk';
import { describeScore, type Band } from '../../../core/scorecard/meanings';

/** The opening reads easily enough from this reading ease on (Flesch's "standard", plain language). */
export const OPENING_MIN_SCORE = 60;

/** The counter warns from this share of the limit on. */
export const NEAR_LIMIT_RATIO = 0.9;

/**
 * How readable the opening of a LinkedIn post is: the text above the mobile
 * fold, the part every reader sees before "see more".
 */
export interface OpeningCheck {
  /** The text above the mobile fold. */
  text: string;
  /** The language its readability was measured in: the document's, or English. */
  language: Language;
  /** The reading-ease formula for that language: Flesch (English) or Kandel–Moles (French). */
  score: 'fleschReadingEase' | 'kandelMoles';
  /** The score, not rounded (higher is easier). */
  value: number;
  /** What the score means, as the scorecard names it. */
  band: Band;
  /** Whether the score is at least `OPENING_MIN_SCORE`. */
  ok: boolean;
}

/** Everything the channel panel shows for a document on one channel. */
export interface ChannelView {
  channel: ChannelId;
  /** The text's length as the channel counts it. */
  count: ChannelCount;
  /** The social text: what the writer pastes into the network (see `socialText`). */
  text: string;
  /** Where the text past the limit starts, in block coordinates; only when over the limit. */
  overflow?: BlockOffset;
  /**
   * Where LinkedIn cuts the post behind "see more", in block coordinates: the
   * end of the last word shown. Each only when the post goes on past it.
   */
  folds: { desktop?: BlockOffset; mobile?: BlockOffset };
  /** LinkedIn only, when the post is longer than the mobile fold: the readability of the text above it. */
  opening?: OpeningCheck;
}

/** How close a count is to its channel's limit. */
export type CounterLevel = 'ok' | 'near' | 'over';

/** `over` above the limit, `near` from `NEAR_LIMIT_RATIO` of it on, else (and always without a limit) `ok`. */
export function counterLevel(count: ChannelCount): CounterLevel {
  if (count.limit === undefined) return 'ok';
  if (count.over) return 'over';
  return count.used >= count.limit * NEAR_LIMIT_RATIO ? 'near' : 'ok';
}

/** The view of `doc` on `channel` (see `ChannelView`). */
export function channelView(doc: PvDocument, channel: ChannelId): ChannelView {
  const social = socialText(doc);
  const count = countForChannel(social.text, channel);
  const view: ChannelView = { channel, count, text: social.text, folds: {} };

  if (count.overflowStart !== undefined) {
    const overflow = toBlockOffset(social, count.overflowStart, 'forward');
    if (overflow !== undefined) view.overflow = overflow;
  }

  const desktop = foldPosition(social, count.folds?.desktop);
  if (desktop !== undefined) view.folds.desktop = desktop;
  const mobile = foldPosition(social, count.folds?.mobile);
  if (mobile !== undefined) view.folds.mobile = mobile;

  const mobileFold = count.folds?.mobile;
  if (CHANNELS[channel].fold !== undefined && mobileFold !== undefined) {
    const opening = checkOpening(social.text.slice(0, mobileFold), doc.language ?? 'en');
    if (opening !== undefined) view.opening = opening;
  }
  return view;
}

/**
 * A fold in block coordinates: the end of the text shown above it. A fold
 * between two blocks is the end of the first one (where the reader stops),
 * not the start of the next; a fold right after inserted text (a link's
 * ` (url)`) goes forward to the next character of the document.
 */
function foldPosition(social: SocialText, offset: number | undefined): BlockOffset | undefined {
  if (offset === undefined) return undefined;
  return toBlockOffset(social, offset, 'exact') ?? toBlockOffset(social, offset, 'forward');
}

/**
 * The readability of an opening, counted as the engine counts a block
 * (`parseBlock`, `sentencesOf`, `computeBlockFacts`, `readabilityScores`);
 * undefined when it has no word to measure.
 */
export function checkOpening(text: string, language: Language): OpeningCheck | undefined {
  const facts = computeBlockFacts(text, language, sentencesOf(parseBlock(text, language)), []);
  const score = language === 'fr' ? 'kandelMoles' : 'fleschReadingEase';
  const value = readabilityScores(language, facts)?.[score];
  if (value === undefined) return undefined;
  return { text, language, score, value, band: describeScore(score, value, 'en').band, ok: value >= OPENING_MIN_SCORE };
}
