import { francAll } from 'franc-min';

export type Language = 'en' | 'fr';

/** Below this many characters, trigram detection is a guess: use the fallback. */
export const MIN_DETECTION_CHARS = 40;

const FROM_FRANC: Record<string, Language> = { eng: 'en', fra: 'fr' };

/**
 * In a short text, when the other language scores at least this share of the
 * best score, the text is too close to call: an English sentence full of
 * product names ("Our on-premise gateway connects your web site…") scores
 * 0.95 in French. Longer texts keep franc's choice: French prose with English
 * terms also scores close, and is still French.
 */
export const AMBIGUOUS_SCORE = 0.92;
/** Texts at least this long are never called ambiguous. */
export const AMBIGUOUS_MAX_CHARS = 160;

/**
 * The language of `text`, English or French. Short, undecidable or ambiguous
 * text gets `fallback` (the document's language).
 */
export function detectLanguage(text: string, fallback: Language): Language {
  if (text.trim().length < MIN_DETECTION_CHARS) return fallback;
  const [best, second] = francAll(text, { only: ['eng', 'fra'], minLength: MIN_DETECTION_CHARS });
  if (!best) return fallback;
  if (second && second[1] >= AMBIGUOUS_SCORE && text.length < AMBIGUOUS_MAX_CHARS) return fallback;
  return FROM_FRANC[best[0]] ?? fallback;
}
