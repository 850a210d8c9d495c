/** Adult silent reading speed for non-fiction, words per minute (Brysbaert, 2019: 238 in English). */
export const READING_WORDS_PER_MINUTE = 238;

/** Reading time in whole minutes, rounded up; 0 for an empty text. */
export function readingTimeMinutes(wordCount: number, wordsPerMinute = READING_WORDS_PER_MINUTE): number {
  if (wordCount <= 0) return 0;
  return Math.ceil(wordCount / wordsPerMinute);
}
