const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Latin text without CR, combining marks, joiners or surrogates: one character per code unit. */
// eslint-disable-next-line no-control-regex -- control characters are one character each
const SIMPLE_TEXT = /^[\u0000-\u000c\u000e-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]*$/u;

/** User-perceived characters (UAX #29): an emoji with modifiers or a letter with combining marks counts once. */
export function countGraphemes(text: string): number {
  // Segmenting is slow; most prose needs none of it.
  if (SIMPLE_TEXT.test(text)) return text.length;
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}
