import { describe, expect, it } from 'vitest';
import type { MetricRule } from '../rule-definition';
import { compileRule } from './index';

function metric(formula: string, condition = '> 1'): MetricRule {
  return {
    id: 'Test.Metric',
    style: 'Test',
    name: 'Metric',
    file: 'Test/Metric.yml',
    extends: 'metric',
    message: 'Score %s',
    level: 'warning',
    scope: ['summary'],
    formula,
    condition,
  };
}

const context = { accepted: [], spellerFor: () => undefined };

describe('metric rules', () => {
  it('fail to load, naming the file and the key, when the formula or condition cannot be read', () => {
    expect(compileRule(metric('words / sentencez'), context)).toEqual({
      ok: false,
      error: 'Test/Metric.yml: formula: unknown variable "sentencez"',
    });
    expect(compileRule(metric('words', 'above 3'), context)).toEqual({
      ok: false,
      error: 'Test/Metric.yml: condition: "above 3" is not a condition such as "> 8"',
    });
  });

  it("run Vale's SMOG formula with math.sqrt", () => {
    const compiled = compileRule(
      metric('1.0430 * math.sqrt((polysyllabic_words * 30.0) / sentences) + 3.1291', '> 5'),
      context,
    );
    if (!compiled?.ok) throw new Error('the rule should load');
    const summary = { polysyllabic_words: 3, sentences: 10 } as never;
    expect(compiled.rule.run([{ scopes: ['summary'], text: '', offsets: [0] }], { summary, accepted: [] })).toEqual([
      { block: 0, start: 0, end: 0, message: 'Score 6.26' },
    ]);
  });
});
