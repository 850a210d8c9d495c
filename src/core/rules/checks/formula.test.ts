import { describe, expect, it } from 'vitest';
import { evaluateFormula, FormulaError, meetsCondition } from './formula';

describe('metric formulas', () => {
  it('computes with variables, precedence, parentheses and functions', () => {
    const v = { words: 100, sentences: 5, heading_h1: 1, list: 2 };
    expect(evaluateFormula('(words / sentences) * 2 + 1', v)).toBe(41);
    expect(evaluateFormula('heading.h1 + list', v)).toBe(3);
    expect(evaluateFormula('sqrt(words) - 2 ^ 3', v)).toBe(2);
    expect(evaluateFormula('-words / -4', v)).toBe(25);
  });

  it("reads Vale's math. functions, with one or more arguments", () => {
    const v = { polysyllabic_words: 3, sentences: 10 };
    // Readability/SMOG.yml in Vale's own styles.
    expect(evaluateFormula('1.0430 * math.sqrt((polysyllabic_words * 30.0) / sentences) + 3.1291', v)).toBeCloseTo(
      6.2581,
      4,
    );
    expect(evaluateFormula('math.pow(sentences, 2) + max(1, 7, 3)', v)).toBe(107);
    expect(() => evaluateFormula('math.sqrt(4', v)).toThrow('the parenthesis of math.sqrt( is not closed');
    expect(() => evaluateFormula('constructor + 1', v)).toThrow('unknown variable "constructor"');
  });

  it('names what is wrong in a bad formula', () => {
    expect(() => evaluateFormula('words +', {})).toThrow(FormulaError);
    expect(() => evaluateFormula('wordz / 2', { words: 1 })).toThrow('unknown variable "wordz"');
    expect(() => evaluateFormula('(1 + 2', {})).toThrow('a parenthesis is not closed');
  });

  it('reads conditions', () => {
    expect([
      meetsCondition(9, '> 8'),
      meetsCondition(8, '> 8'),
      meetsCondition(69.5, '< 70'),
      meetsCondition(0, '== 0'),
    ]).toEqual([true, false, true, true]);
    expect(() => meetsCondition(1, 'above 8')).toThrow('is not a condition');
  });
});
