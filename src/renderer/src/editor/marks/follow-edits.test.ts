import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followEdit, textEdit } from './follow-edits';

describe('marks following edits', () => {
  const before = 'We utilize very unique tools.';

  it('keeps ranges before the edit, shifts those after it and drops those it touches', () => {
    const after = 'We really utilize very unique tools.';
    const edit = textEdit(before, after);
    expect(edit).toEqual({ prefix: 3, suffix: 26, delta: 7 });
    expect(followEdit({ start: 0, end: 2 }, before, edit)).toEqual({ start: 0, end: 2 });
    expect(followEdit({ start: 3, end: 10 }, before, edit)).toEqual({ start: 10, end: 17 });
    const typedInside = textEdit(before, 'We utilixze very unique tools.');
    expect(followEdit({ start: 3, end: 10 }, before, typedInside)).toBeUndefined();
    expect(followEdit({ start: 11, end: 22 }, before, typedInside)).toEqual({ start: 12, end: 23 });
  });

  it('always points at the same characters as before', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.nat(), fc.nat(), (head, cut, insert, a, b) => {
        const text = head + cut;
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(a, b) % (text.length + 1);
        const range = { start: Math.min(start, end), end: Math.max(start, end) };
        const after = head + insert + cut.slice(Math.min(cut.length, 1));
        const moved = followEdit(range, text, textEdit(text, after));
        if (moved) expect(after.slice(moved.start, moved.end)).toBe(text.slice(range.start, range.end));
      }),
      { numRuns: 500 },
    );
  });
});
