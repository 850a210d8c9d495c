import { franc } from 'franc-min';

export type Language = 'en' | 'fr';

/** Below this many characters, trigram detection is a guess: use the fallback. */
export const MIN_DETECTION_CHARS = 40;

const FROM_FRANC: Record<string, Language> = { eng: 'en', fra: 'fr' };

/**
 * The language of `text`, English or French. Short or undecidable text gets
 * `fallback` (the document's language).
 */
export function detectLanguage(text: string, fallback: Language): Language {
  if (text.trim().length < MIN_DETECTION_CHARS) return fallback;
  const code = franc(text, { only: ['eng', 'fra'], minLength: MIN_DETECTION_CHARS });
  return FROM_FRANC[code] ?? fallback;
}
