/**
 * The shapes of the scorecard's sentence-length chart, in SVG user units: a
 * bar per sentence from `sentenceChart`, or, for long documents, the sparkline
 * of `sentenceChartPath`; and the threshold line. Pure.
 */
import { sentenceChartPath, type SentenceChart } from '../../../core/scorecard/scorecard';

/** The chart's box (its SVG `viewBox`), in user units. */
export const CHART_SIZE = { width: 300, height: 64 } as const;

/** Above this many sentences, bars would be thinner than a pixel or two: the chart is a sparkline. */
export const MAX_BARS = 120;

/** One bar, ready for an SVG `<rect>`. */
export interface ChartBar {
  /** The sentence's position in reading order, from 0 (a stable React key). */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Longer than the threshold: drawn highlighted. */
  long: boolean;
}

/** What to draw: bars, or a sparkline path; with the y of the dashed threshold line. */
export type ChartShape =
  { kind: 'bars'; bars: ChartBar[]; thresholdY: number } | { kind: 'line'; path: string; thresholdY: number };

function round2(n: number): number {
  const rounded = Math.round(n * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/**
 * The shapes of `chart` in a box of `size` (y grows downwards): up to
 * `maxBars` sentences, one bar each, with a gap of a quarter of a bar (at most
 * 2 units) between bars, and a bar of at least 1 unit high for a sentence with
 * words; above, `sentenceChartPath`'s sparkline. Coordinates are rounded to 2
 * decimals.
 */
export function chartShape(
  chart: SentenceChart,
  size: { width: number; height: number } = CHART_SIZE,
  maxBars: number = MAX_BARS,
): ChartShape {
  const thresholdY = round2((1 - chart.thresholdHeight) * size.height);
  if (chart.bars.length > maxBars) {
    return { kind: 'line', path: sentenceChartPath(chart, size), thresholdY };
  }
  const bars = chart.bars.map((bar): ChartBar => {
    const slot = bar.width * size.width;
    const gap = Math.min(2, slot / 4);
    const height = bar.words > 0 ? Math.max(1, bar.height * size.height) : 0;
    return {
      index: bar.index,
      x: round2(bar.x * size.width + gap / 2),
      y: round2(size.height - height),
      width: round2(slot - gap),
      height: round2(height),
      long: bar.long,
    };
  });
  return { kind: 'bars', bars, thresholdY };
}
