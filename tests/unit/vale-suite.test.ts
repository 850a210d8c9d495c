import { describe, expect, it } from 'vitest';
import { runCoreCases, runStyleCases, summarize, type Outcome } from '../peer/vale-suite';

function report(name: string, outcomes: Outcome[]): { expected: number; matched: number; extra: number } {
  const total = summarize(outcomes);
  const rate = ((100 * total.matched) / total.expected).toFixed(1);
  console.log(
    `${name}: ${total.matched}/${total.expected} expected lines matched (${rate} %), ${total.extra} extra lines`,
  );
  return total;
}

/**
 * Vale's own scenarios through `porte-voix check`, compared line by line.
 * The thresholds are the figures reached so far: they may only get better.
 */
describe("Vale's test suite", () => {
  it('core scenarios (vale-core-cases.json)', async () => {
    const total = report('Vale core scenarios', await runCoreCases());
    expect(total.expected).toBe(257);
    expect(total.matched).toBeGreaterThanOrEqual(253);
    expect(total.extra).toBeLessThanOrEqual(9);
  }, 120_000);

  it('public styles (styles-cases.json)', async () => {
    const total = report('Public style scenarios', await runStyleCases());
    expect(total.expected).toBe(250);
    expect(total.matched).toBeGreaterThanOrEqual(249);
    expect(total.extra).toBeLessThanOrEqual(2);
  }, 120_000);
});
