import { describe, expect, it } from 'vitest';
import { sentenceChart } from '../../../core/scorecard/scorecard';
import { CHART_SIZE, MAX_BARS, chartShape } from './chart-shape';

describe('chartShape', () => {
  it('draws one bar per sentence, long ones marked, with the threshold line', () => {
    // max 50 words: a bar of 50 is the full height; the threshold (25) is half way.
    const shape = chartShape(sentenceChart([10, 50, 25, 0]), { width: 100, height: 40 });
    expect(shape).toEqual({
      kind: 'bars',
      thresholdY: 20,
      bars: [
        { index: 0, x: 1, y: 32, width: 23, height: 8, long: false },
        { index: 1, x: 26, y: 0, width: 23, height: 40, long: true },
        { index: 2, x: 51, y: 20, width: 23, height: 20, long: false },
        { index: 3, x: 76, y: 40, width: 23, height: 0, long: false },
      ],
    });
  });

  it('scales to the threshold when no sentence reaches it, and keeps tiny bars visible', () => {
    const shape = chartShape(sentenceChart([1, 5]), { width: 100, height: 20 });
    expect(shape).toEqual({
      kind: 'bars',
      thresholdY: 0,
      bars: [
        { index: 0, x: 1, y: 19, width: 48, height: 1, long: false }, // 0.8 high, shown as 1
        { index: 1, x: 51, y: 16, width: 48, height: 4, long: false },
      ],
    });
  });

  it('narrows the gap between thin bars to a quarter of a bar', () => {
    const shape = chartShape(sentenceChart(Array.from({ length: 100 }, () => 10)), { width: 100, height: 10 });
    expect(shape.kind).toBe('bars');
    if (shape.kind !== 'bars') return;
    expect(shape.bars[1]).toEqual({ index: 1, x: 1.13, y: 6, width: 0.75, height: 4, long: false });
  });

  it('gives no bar for an empty document', () => {
    expect(chartShape(sentenceChart([]))).toEqual({ kind: 'bars', bars: [], thresholdY: 0 });
  });

  it('draws the sparkline of sentenceChartPath above MAX_BARS sentences', () => {
    expect(MAX_BARS).toBe(120);
    const lengths = Array.from({ length: 121 }, (_, i) => (i % 2 === 0 ? 10 : 50));
    const shape = chartShape(sentenceChart(lengths));
    expect(shape.kind).toBe('line');
    if (shape.kind !== 'line') return;
    expect(shape.thresholdY).toBe(CHART_SIZE.height / 2);
    expect(shape.path.startsWith('M1.24 51.2L3.72 0L6.2 51.2')).toBe(true);
    expect(shape.path.split('L')).toHaveLength(121);
  });

  it('keeps bars up to MAX_BARS sentences, and takes another limit', () => {
    const lengths = Array.from({ length: 120 }, () => 12);
    expect(chartShape(sentenceChart(lengths)).kind).toBe('bars');
    expect(chartShape(sentenceChart([1, 2, 3]), { width: 30, height: 10 }, 2)).toEqual({
      kind: 'line',
      path: 'M5 9.6L15 9.2L25 8.8',
      thresholdY: 0,
    });
  });
});
