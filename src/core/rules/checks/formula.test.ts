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
