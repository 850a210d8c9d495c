import type { TextRange } from '../../../../core/document/document';

/** How a block's text changed: the common prefix and suffix of the old and new texts. */
export interface TextEdit {
  prefix: number;
  suffix: number;
  delta: number;
}

/** The edit from `before` to `after`: what stayed at the start and at the end. */
export function textEdit(before: string, after: string): TextEdit {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix += 1;
  return { prefix, suffix, delta: after.length - before.length };
}

/**
 * Where a range of the checked text is in the edited text: unchanged before
 * the edit, shifted after it, gone when the edit touches it (the next check
 * gives it back if it is still there). So marks follow typing without waiting
 * for the engine, and never point at the wrong words.
 */
export function followEdit(range: TextRange, before: string, edit: TextEdit): TextRange | undefined {
  if (range.end <= edit.prefix) return range;
  if (range.start >= before.length - edit.suffix)
    return { start: range.start + edit.delta, end: range.end + edit.delta };
  return undefined;
}
