/**
 * The channels a text can be published on, and each network's counting rules.
 */

/** A publishing channel: a social network, or the blog. */
export type ChannelId = 'linkedin' | 'x' | 'mastodon' | 'blog';

/** Every channel, in display order. */
export const CHANNEL_IDS: readonly ChannelId[] = ['linkedin', 'x', 'mastodon', 'blog'];

/**
 * What a channel counts as one character:
 * - `x-weighted`: X's weighted count (see `x-weight.ts`): 2 for CJK and emoji;
 * - `graphemes`: user-perceived characters (grapheme clusters), as Mastodon's
 *   server counts them;
 * - `utf16`: UTF-16 code units (JavaScript's `length`), as LinkedIn's editor
 *   counts them.
 */
export type CharacterCounting = 'x-weighted' | 'graphemes' | 'utf16';

/** Where LinkedIn folds a post behind "…see more", in characters from the start. */
export interface Fold {
  desktop: number;
  mobile: number;
}

/** How a channel counts a text and what it accepts. */
export interface ChannelRules {
  /** The name to show. */
  label: string;
  /** The maximum length in characters; undefined: no limit. */
  limit: number | undefined;
  /** What counts as one character (see `CharacterCounting`). */
  counting: CharacterCounting;
  /** Every URL counts this many characters whatever its length; undefined: URLs count as typed. */
  urlLength: number | undefined;
  /** Whether domains without `http(s)://` (`www.example.com`, `example.com/path`) count as URLs. */
  urlsWithoutProtocol: boolean;
  /** Whether a mention `@user@example.social` counts only its `@user` part. */
  mentionsCountUserOnly: boolean;
  /** Where the post is folded behind "see more"; undefined: never. Approximate (LinkedIn does not publish it). */
  fold: Fold | undefined;
  /** Whether Markdown is rendered; otherwise its markers show as typed. */
  markdown: boolean;
}

/** The rules of every channel. */
export const CHANNELS: Readonly<Record<ChannelId, Readonly<ChannelRules>>> = {
  linkedin: {
    label: 'LinkedIn',
    limit: 3000,
    counting: 'utf16',
    urlLength: undefined,
    urlsWithoutProtocol: false,
    mentionsCountUserOnly: false,
    fold: { desktop: 210, mobile: 140 },
    markdown: false,
  },
  x: {
    label: 'X',
    limit: 280,
    counting: 'x-weighted',
    urlLength: 23,
    urlsWithoutProtocol: true,
    mentionsCountUserOnly: false,
    fold: undefined,
    markdown: false,
  },
  mastodon: {
    label: 'Mastodon',
    limit: 500,
    counting: 'graphemes',
    urlLength: 23,
    urlsWithoutProtocol: false,
    mentionsCountUserOnly: true,
    fold: undefined,
    markdown: false,
  },
  blog: {
    label: 'Blog',
    limit: undefined,
    counting: 'graphemes',
    urlLength: undefined,
    urlsWithoutProtocol: false,
    mentionsCountUserOnly: false,
    fold: undefined,
    markdown: true,
  },
};

/** Whether `value` is a channel id (for settings and messages read from outside). */
export function isChannelId(value: unknown): value is ChannelId {
  return typeof value === 'string' && (CHANNEL_IDS as readonly string[]).includes(value);
}
