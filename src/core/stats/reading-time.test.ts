import { describe, expect, it } from 'vitest';
import { readingTimeMinutes } from './reading-time';

describe('readingTimeMinutes', () => {
  it('rounds up at 238 words a minute', () => {
    expect([0, 1, 238, 239, 10016].map((n) => readingTimeMinutes(n))).toEqual([0, 1, 1, 2, 43]);
  });
});
