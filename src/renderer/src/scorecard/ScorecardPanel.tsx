import { useMemo } from 'react';
import type { ChannelId } from '../../../core/channels/channel';
import type { PvDocument } from '../../../core/document/document';
import type { CheckResult } from '../../../core/engine/engine';
import type { UiLanguage } from '../../../core/scorecard/meanings';
import {
  buildScorecard,
  type LanguageScorecard,
  type Scorecard,
  type ScoreLine,
  type ScoreTarget,
} from '../../../core/scorecard/scorecard';
import type { TargetOverrides } from '../../../core/scorecard/targets';
import { useLocale, useLocalized } from '../i18n/i18n';
import { CHART_SIZE, chartShape } from './chart-shape';
import { formatCount, formatLimit, formatPercent, formatScore } from './scorecard-format';
import { SCORECARD_STRINGS, type ScorecardStrings } from './scorecard-strings';
import './scorecard.css';

/** A tick or a cross in the text colour, so that met / not met does not rest on colour alone. */
function TargetIcon({ met }: { met: boolean }): React.JSX.Element {
  return (
    <svg
      className="pv-scorecard-icon"
      width="12"
      height="12"
      viewBox="0 0 12 12"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {met ? <path d="M2 6.5 4.8 9 10 3" /> : <path d="M3 3l6 6M9 3 3 9" />}
    </svg>
  );
}

function Target({
  target,
  channel,
  ui,
  t,
}: {
  target: ScoreTarget;
  channel: ChannelId;
  ui: UiLanguage;
  t: ScorecardStrings;
}): React.JSX.Element {
  return (
    <p className={`pv-scorecard-target ${target.met ? 'pv-scorecard-target-met' : 'pv-scorecard-target-missed'}`}>
      <span className="pv-scorecard-badge">
        <TargetIcon met={target.met} />
        {target.met ? t.targetMet : t.targetNotMet}
      </span>{' '}
      <span className="pv-scorecard-limit">
        {t.target(t.channelNames[channel], target.bound, formatLimit(target.limit, ui))}
      </span>
    </p>
  );
}

function Score({
  line,
  channel,
  ui,
  t,
}: {
  line: ScoreLine;
  channel: ChannelId;
  ui: UiLanguage;
  t: ScorecardStrings;
}): React.JSX.Element {
  return (
    <li className="pv-scorecard-item">
      <div className="pv-scorecard-item-head">
        <span className="pv-scorecard-item-label">{line.label}</span>
        <span className="pv-scorecard-item-value">{formatScore(line.value, ui)}</span>
      </div>
      <p className="pv-scorecard-message">{line.meaning}</p>
      {line.target && <Target target={line.target} channel={channel} ui={ui} t={t} />}
    </li>
  );
}

function LanguageScores({
  card,
  channel,
  ui,
  t,
}: {
  card: LanguageScorecard;
  channel: ChannelId;
  ui: UiLanguage;
  t: ScorecardStrings;
}): React.JSX.Element {
  return (
    <div className="pv-scorecard-section">
      <h3 className="pv-scorecard-heading">{t.readabilityOf[card.language]}</h3>
      <ul className="pv-scorecard-list">
        {card.scores.map((line) => (
          <Score key={line.name} line={line} channel={channel} ui={ui} t={t} />
        ))}
      </ul>
    </div>
  );
}

function Counts({ scorecard, t }: { scorecard: Scorecard; t: ScorecardStrings }): React.JSX.Element {
  const { ui, counts } = scorecard;
  const rows: [string, string][] = [
    [t.readingTime, t.minutes(formatCount(scorecard.readingTimeMinutes, ui))],
    [t.words, formatCount(counts.words, ui)],
    [t.sentences, formatCount(counts.sentences, ui)],
    [t.characters, formatCount(counts.characters, ui)],
  ];
  if (counts.paragraphs !== undefined) rows.push([t.paragraphs, formatCount(counts.paragraphs, ui)]);
  return (
    <div className="pv-scorecard-section">
      <h3 className="pv-scorecard-heading">{t.lengthHeading}</h3>
      <dl className="pv-scorecard-counts">
        {rows.map(([label, value]) => (
          <div key={label} className="pv-scorecard-count">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function Figure({ label, value, message }: { label: string; value?: string; message: string }): React.JSX.Element {
  return (
    <li className="pv-scorecard-item">
      <div className="pv-scorecard-item-head">
        <span className="pv-scorecard-item-label">{label}</span>
        {value !== undefined && <span className="pv-scorecard-item-value">{value}</span>}
      </div>
      <p className="pv-scorecard-message">{message}</p>
    </li>
  );
}

function SentenceFigures({ scorecard, t }: { scorecard: Scorecard; t: ScorecardStrings }): React.JSX.Element {
  const { ui, passive, longSentences, hardSentences } = scorecard;
  return (
    <div className="pv-scorecard-section">
      <h3 className="pv-scorecard-heading">{t.sentencesHeading}</h3>
      <ul className="pv-scorecard-list">
        {passive ? (
          <Figure label={t.passive} value={formatPercent(passive.share, ui)} message={passive.message} />
        ) : (
          <Figure label={t.passive} message={t.passiveEnglishOnly} />
        )}
        <Figure label={t.longSentences} value={formatCount(longSentences.long, ui)} message={longSentences.message} />
        <Figure
          label={t.hardSentences}
          value={`${formatCount(hardSentences.hard, ui)} / ${formatCount(hardSentences.veryHard, ui)}`}
          message={hardSentences.message}
        />
      </ul>
    </div>
  );
}

function SentenceLengthChart({ scorecard, t }: { scorecard: Scorecard; t: ScorecardStrings }): React.JSX.Element {
  const { chart, counts, longSentences } = scorecard;
  const shape = useMemo(() => chartShape(chart), [chart]);
  const summary = t.chartSummary(counts.sentences, longSentences.long, chart.threshold, counts.longestSentence);
  // Two units above the box, so that a threshold line at the top is not cut in half.
  const viewBox = `0 -2 ${CHART_SIZE.width} ${CHART_SIZE.height + 2}`;
  return (
    <div className="pv-scorecard-section">
      <h3 className="pv-scorecard-heading">{t.chartHeading}</h3>
      <svg className="pv-scorecard-chart" role="img" aria-label={summary} viewBox={viewBox}>
        <title>{summary}</title>
        {shape.kind === 'bars' ? (
          shape.bars.map((bar) => (
            <rect
              key={bar.index}
              className={bar.long ? 'pv-scorecard-bar pv-scorecard-bar-long' : 'pv-scorecard-bar'}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
            />
          ))
        ) : (
          <path className="pv-scorecard-line" d={shape.path} />
        )}
        <line
          className="pv-scorecard-threshold"
          x1={0}
          x2={CHART_SIZE.width}
          y1={shape.thresholdY}
          y2={shape.thresholdY}
        />
      </svg>
      <ul className="pv-scorecard-legend">
        {shape.kind === 'bars' ? (
          <>
            <li>
              <span className="pv-scorecard-swatch" aria-hidden="true" />
              {t.legendShort(chart.threshold)}
            </li>
            <li>
              <span className="pv-scorecard-swatch pv-scorecard-swatch-long" aria-hidden="true" />
              {t.legendLong(chart.threshold)}
            </li>
          </>
        ) : (
          <li>
            <span className="pv-scorecard-swatch pv-scorecard-swatch-line" aria-hidden="true" />
            {t.legendLine}
          </li>
        )}
        <li>
          <span className="pv-scorecard-swatch pv-scorecard-swatch-threshold" aria-hidden="true" />
          {t.legendThreshold(chart.threshold)}
        </li>
      </ul>
    </div>
  );
}

/**
 * The scorecard of the checked document for a channel, for the right sidebar:
 * per language, each readability score with its meaning and, for the scores
 * the channel limits, whether it meets the target; reading time and counts;
 * passive, long and hard sentences with what to do; and a chart of sentence
 * lengths. An empty document gets a hint instead of figures.
 */
export function ScorecardPanel(props: {
  result: CheckResult;
  doc: PvDocument;
  channel: ChannelId;
  /** The user's readability targets (settings); the defaults where absent. */
  targets?: TargetOverrides | undefined;
}): React.JSX.Element {
  const { result, doc, channel, targets } = props;
  const { summary, diagnostics } = result;
  const ui = useLocale();
  const t = useLocalized(SCORECARD_STRINGS);
  const scorecard = useMemo(
    () => buildScorecard({ summary, diagnostics, channel, ui, doc, ...(targets === undefined ? {} : { targets }) }),
    [summary, diagnostics, channel, ui, doc, targets],
  );
  const empty = scorecard.counts.words === 0 || scorecard.counts.sentences === 0;
  return (
    <section role="region" aria-label={t.title} className="pv-scorecard">
      <h2 className="pv-scorecard-title">{t.title}</h2>
      {empty ? (
        <p className="pv-scorecard-empty">{t.empty}</p>
      ) : (
        <>
          {scorecard.languages.map((card) => (
            <LanguageScores key={card.language} card={card} channel={channel} ui={ui} t={t} />
          ))}
          <Counts scorecard={scorecard} t={t} />
          <SentenceFigures scorecard={scorecard} t={t} />
          <SentenceLengthChart scorecard={scorecard} t={t} />
        </>
      )}
    </section>
  );
}
