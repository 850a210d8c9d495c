/**
 * The channel panel's and counter's words, in English and French. Numbers
 * come in already formatted for the interface's language (`1,234`, `1 234`).
 * French follows French typography: a no-break space before `:`, `;`, `!`,
 * `?` and `%`, and inside « ».
 */
import type { ChannelId } from '../../../core/channels/channel';
import type { CounterLevel } from './channel-view';

/** The words of the channel panel and counter in one language. */
export interface ChannelStrings {
  /** The panel's accessible name. */
  region: string;
  /** Display names of the channels. */
  names: Record<ChannelId, string>;
  /** The panel's heading for a channel. */
  heading: (channel: ChannelId) => string;
  /** The counter's visible text with a limit: "231 / 280". */
  usedOfLimit: (used: string, limit: string) => string;
  /** The counter's visible text without a limit: "1,234 characters". */
  characters: (n: number, formatted: string) => string;
  /** The counter's visible hint next to the count: characters left near the limit, or over it. */
  hint: (level: CounterLevel, n: string) => string | undefined;
  /** The counter's full sentence for screen readers: "231 of 280 characters on X". */
  counterSentence: (c: {
    channel: ChannelId;
    used: string;
    limit: string | undefined;
    level: CounterLevel;
    /** Characters left (near the limit) or over it, formatted. */
    n: string;
  }) => string;
  /** What is announced at once when the count crosses into another level. */
  levelSentence: (level: CounterLevel, channel: ChannelId) => string;
  /** The heading of the rules. */
  rulesHeading: string;
  /** The channel's limit in words. */
  limitRule: (limit: string | undefined) => string;
  /** How the channel counts links and mentions. */
  urlRule: (channel: ChannelId, urlLength: string | undefined) => string;
  /** How the channel counts emoji and other characters. */
  characterRule: (channel: ChannelId) => string;
  /** Whether formatting is kept. */
  formattingRule: (markdown: boolean) => string;
  /** LinkedIn's "see more" fold in words. */
  foldRule: (desktop: string, mobile: string) => string;
  goToMobileFold: string;
  goToDesktopFold: string;
  goToOverflow: string;
  /** The heading of the opening check. */
  openingHeading: string;
  /** The opening check's verdict. */
  openingVerdict: (ok: boolean) => string;
  /** The score of the opening: "Flesch reading ease: 72." */
  openingScore: (label: string, value: string) => string;
  /** What to do when the opening is hard to read. */
  openingAdvice: string;
  /** The label of the text above the mobile fold. */
  openingPreview: string;
}

const en: ChannelStrings = {
  region: 'Channel',
  names: { linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'Blog' },
  heading: (channel) => (channel === 'blog' ? 'Blog article' : `Post on ${en.names[channel]}`),
  usedOfLimit: (used, limit) => `${used} / ${limit}`,
  characters: (n, formatted) => `${formatted} ${n === 1 ? 'character' : 'characters'}`,
  hint: (level, n) => (level === 'over' ? `${n} over` : level === 'near' ? `${n} left` : undefined),
  counterSentence: ({ channel, used, limit, level, n }) => {
    if (limit === undefined) return `${used} ${used === '1' ? 'character' : 'characters'} in the blog article.`;
    const base = `${used} of ${limit} characters on ${en.names[channel]}`;
    if (level === 'over') return `${base}: ${n} over the limit.`;
    if (level === 'near') return `${base}: ${n} left.`;
    return `${base}.`;
  },
  levelSentence: (level, channel) =>
    level === 'over'
      ? `Over the limit on ${en.names[channel]}.`
      : level === 'near'
        ? `Near the limit on ${en.names[channel]}.`
        : `Within the limit on ${en.names[channel]}.`,
  rulesHeading: 'How it counts',
  limitRule: (limit) => (limit === undefined ? 'No length limit.' : `Up to ${limit} characters.`),
  urlRule: (channel, urlLength) => {
    switch (channel) {
      case 'x':
        return `Every link counts ${urlLength ?? ''} characters however long it is, even without https://.`;
      case 'mastodon':
        return `Every link starting with http:// or https:// counts ${urlLength ?? ''} characters; a mention @user@server counts as @user only.`;
      case 'linkedin':
      case 'blog':
        return 'Links count as typed: every character of the address counts.';
    }
  },
  characterRule: (channel) => {
    switch (channel) {
      case 'x':
        return 'Emoji and Chinese, Japanese or Korean characters count 2; accented letters count 1.';
      case 'linkedin':
        return 'Characters count as LinkedIn’s editor counts them: most emoji count 2.';
      case 'mastodon':
      case 'blog':
        return 'Every character counts 1, an emoji or an accented letter too.';
    }
  },
  formattingRule: (markdown) =>
    markdown
      ? 'Markdown formatting is kept: headings, lists, links, bold and italics.'
      : 'Formatting does not carry over: the text is pasted as plain text, lists with • or numbers, links with their address in brackets.',
  foldRule: (desktop, mobile) =>
    `LinkedIn shows about the first ${desktop} characters on a computer and ${mobile} on a phone, then “…see more”: put the point first.`,
  goToMobileFold: 'Go to the fold (mobile)',
  goToDesktopFold: 'Go to the fold (desktop)',
  goToOverflow: 'Go to the text past the limit',
  openingHeading: 'Opening',
  openingVerdict: (ok) => `The opening above “see more” reads as ${ok ? 'easy' : 'difficult'}.`,
  openingScore: (label, value) => `${label}: ${value}.`,
  openingAdvice: 'To make it easier: write shorter sentences, use plain words, and put the point first.',
  openingPreview: 'What readers see on a phone before “see more”',
};

const fr: ChannelStrings = {
  region: 'Canal',
  names: { linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'Blog' },
  heading: (channel) => (channel === 'blog' ? 'Article de blog' : `Publication sur ${fr.names[channel]}`),
  usedOfLimit: (used, limit) => `${used} / ${limit}`,
  characters: (n, formatted) => `${formatted} ${n > 1 ? 'caractères' : 'caractère'}`,
  hint: (level, n) => (level === 'over' ? `${n} de trop` : level === 'near' ? `reste ${n}` : undefined),
  counterSentence: ({ channel, used, limit, level, n }) => {
    if (limit === undefined) {
      return `${used} ${/^[01]$/u.test(used) ? 'caractère' : 'caractères'} dans l’article de blog.`;
    }
    const base = `${used} sur ${limit} caractères sur ${fr.names[channel]}`;
    if (level === 'over') return `${base}\u00a0: ${n} de trop.`;
    if (level === 'near') return `${base}\u00a0: il en reste ${n}.`;
    return `${base}.`;
  },
  levelSentence: (level, channel) =>
    level === 'over'
      ? `Limite dépassée sur ${fr.names[channel]}.`
      : level === 'near'
        ? `Limite bientôt atteinte sur ${fr.names[channel]}.`
        : `Dans la limite sur ${fr.names[channel]}.`,
  rulesHeading: 'Comment ça compte',
  limitRule: (limit) => (limit === undefined ? 'Pas de limite de longueur.' : `Jusqu’à ${limit} caractères.`),
  urlRule: (channel, urlLength) => {
    switch (channel) {
      case 'x':
        return `Chaque lien compte pour ${urlLength ?? ''} caractères, quelle que soit sa longueur, même sans https://.`;
      case 'mastodon':
        return `Chaque lien commençant par http:// ou https:// compte pour ${urlLength ?? ''} caractères\u00a0; une mention @utilisateur@serveur compte comme @utilisateur.`;
      case 'linkedin':
      case 'blog':
        return 'Les liens comptent tels qu’ils sont écrits\u00a0: chaque caractère de l’adresse compte.';
    }
  },
  characterRule: (channel) => {
    switch (channel) {
      case 'x':
        return 'Les émojis et les caractères chinois, japonais ou coréens comptent pour 2, les lettres accentuées pour 1.';
      case 'linkedin':
        return 'Les caractères comptent comme dans l’éditeur de LinkedIn\u00a0: la plupart des émojis comptent pour 2.';
      case 'mastodon':
      case 'blog':
        return 'Chaque caractère compte pour 1, émojis et lettres accentuées compris.';
    }
  },
  formattingRule: (markdown) =>
    markdown
      ? 'La mise en forme Markdown est conservée\u00a0: titres, listes, liens, gras et italique.'
      : 'La mise en forme ne suit pas\u00a0: le texte se colle en texte brut, les listes avec des • ou des numéros, les liens avec leur adresse entre parenthèses.',
  foldRule: (desktop, mobile) =>
    `LinkedIn affiche environ les ${desktop} premiers caractères sur ordinateur et ${mobile} sur mobile, puis «\u00a0…voir plus\u00a0»\u00a0: mettez l’essentiel en premier.`,
  goToMobileFold: 'Aller à la coupure (mobile)',
  goToDesktopFold: 'Aller à la coupure (ordinateur)',
  goToOverflow: 'Aller au texte au-delà de la limite',
  openingHeading: 'Accroche',
  openingVerdict: (ok) =>
    `L’accroche au-dessus de «\u00a0voir plus\u00a0» se lit ${ok ? 'facilement' : 'difficilement'}.`,
  openingScore: (label, value) => `${label}\u00a0: ${value}.`,
  openingAdvice:
    'Pour la rendre plus facile\u00a0: écrivez des phrases plus courtes, choisissez des mots simples et donnez l’essentiel d’abord.',
  openingPreview: 'Ce qu’on lit sur mobile avant «\u00a0voir plus\u00a0»',
};

/** The channel panel's and counter's words: `useLocalized(CHANNEL_STRINGS)`. */
export const CHANNEL_STRINGS: Readonly<Record<'en' | 'fr', ChannelStrings>> = { en, fr };

const NUMBER_FORMATS: Readonly<Record<'en' | 'fr', Intl.NumberFormat>> = {
  en: new Intl.NumberFormat('en'),
  fr: new Intl.NumberFormat('fr'),
};

/** A whole number in the interface's language: "1,234" in English, "1 234" (narrow no-break space) in French. */
export function formatCount(n: number, locale: 'en' | 'fr'): string {
  return NUMBER_FORMATS[locale].format(n);
}
