/**
 * A spell checker for one language. `correct` is fast (it runs for every word
 * of every check); `suggest` may be slow (hundreds of ms for a word with no
 * close match) and is only called on request, never inside a check.
 */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}
