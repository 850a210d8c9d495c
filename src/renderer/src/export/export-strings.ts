import type { ChannelId } from '../../../core/channels/channel';

/** The words of the Export menu. */
export interface ExportStrings {
  /** The menu button. */
  export: string;
  exportHint: string;
  /** The menu's accessible name. */
  menu: string;
  copyFor: (channel: ChannelId) => string;
  copyForHint: string;
  copyMarkdown: string;
  copyHtml: string;
  copyHtmlHint: string;
  exportMarkdown: string;
  exportHtml: string;
  exportText: string;
  /** Confirmations, announced politely. */
  copiedFor: (channel: ChannelId) => string;
  copiedMarkdown: string;
  copiedHtml: string;
  /** While a copy waits for the check of the last edit (the pre-publish gate). */
  checkingLastEdits: string;
  exported: (name: string) => string;
  copyFailed: (detail: string) => string;
  exportFailed: (detail: string) => string;
  /** The file name offered when the document has none. */
  untitled: string;
}

const EN_CHANNELS: Record<ChannelId, string> = { linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'blog' };
const FR_CHANNELS: Record<ChannelId, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  mastodon: 'Mastodon',
  blog: 'le blog',
};

const en: ExportStrings = {
  export: 'Export',
  exportHint: 'Copy or export the document',
  menu: 'Export',
  copyFor: (c) => `Copy for ${EN_CHANNELS[c]}`,
  copyForHint: 'Formatted text and the plain text the counter counts',
  copyMarkdown: 'Copy as Markdown',
  copyHtml: 'Copy as HTML',
  copyHtmlHint: 'The HTML code of the text',
  exportMarkdown: 'Export Markdown…',
  exportHtml: 'Export HTML…',
  exportText: 'Export plain text…',
  copiedFor: (c) => `Copied for ${EN_CHANNELS[c]}`,
  copiedMarkdown: 'Copied as Markdown',
  checkingLastEdits: 'Checking your last edits before copying…',
  copiedHtml: 'Copied as HTML',
  exported: (name) => `Exported ${name}`,
  copyFailed: (detail) => `The text could not be copied (${detail}).`,
  exportFailed: (detail) => `The document could not be exported (${detail}).`,
  untitled: 'Untitled',
};

const fr: ExportStrings = {
  export: 'Exporter',
  exportHint: 'Copier ou exporter le document',
  menu: 'Exporter',
  copyFor: (c) => `Copier pour ${FR_CHANNELS[c]}`,
  copyForHint: 'Le texte mis en forme et le texte brut que compte le compteur',
  copyMarkdown: 'Copier en Markdown',
  copyHtml: 'Copier en HTML',
  copyHtmlHint: 'Le code HTML du texte',
  exportMarkdown: 'Exporter en Markdown…',
  exportHtml: 'Exporter en HTML…',
  exportText: 'Exporter en texte brut…',
  copiedFor: (c) => `Copié pour ${FR_CHANNELS[c]}`,
  copiedMarkdown: 'Copié en Markdown',
  checkingLastEdits: 'Vérification de vos dernières modifications avant la copie…',
  copiedHtml: 'Copié en HTML',
  exported: (name) => `Exporté\u00a0: ${name}`,
  copyFailed: (detail) => `Le texte n’a pas pu être copié (${detail}).`,
  exportFailed: (detail) => `Le document n’a pas pu être exporté (${detail}).`,
  untitled: 'Sans titre',
};

export const EXPORT_STRINGS = { en, fr };
