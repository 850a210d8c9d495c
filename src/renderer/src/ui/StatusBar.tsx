import type { TextStats } from '../../../core/stats/text-stats';
import { fleschBand } from '../../../core/stats/readability-en';
import { strings } from './strings';

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }): React.JSX.Element {
  return (
    <div className="pv-figure" role="group" aria-label={label} title={hint ? `${label}: ${hint}` : label}>
      <span className="pv-figure-label" aria-hidden="true">
        {label}
      </span>
      <span className="pv-figure-value">{value}</span>
      {hint && <span className="pv-figure-hint">{hint}</span>}
    </div>
  );
}

/** The document's figures, computed by the core in a worker. */
export function StatusBar({
  stats,
  stale,
  error,
}: {
  stats: TextStats | undefined;
  stale: boolean;
  error: string | undefined;
}) {
  return (
    <footer className="pv-statusbar" aria-label={strings.statistics} aria-busy={stale}>
      {stats && (
        <>
          <Figure label={strings.language} value={strings.languageNames[stats.language]} />
          <Figure label={strings.words} value={integer.format(stats.words)} />
          <Figure label={strings.characters} value={integer.format(stats.characters)} />
          <Figure label={strings.readingTime} value={strings.minutes(stats.readingTimeMinutes)} />
          {stats.english && (
            <>
              <Figure
                label={strings.readingEase}
                value={oneDecimal.format(stats.english.fleschReadingEase)}
                hint={strings.bands[fleschBand(stats.english.fleschReadingEase)]}
              />
              <Figure
                label={strings.gradeLevel}
                value={oneDecimal.format(stats.english.fleschKincaidGrade)}
                hint={strings.grade(stats.english.fleschKincaidGrade)}
              />
            </>
          )}
        </>
      )}
      <span className="pv-status-note" aria-live="polite">
        {error ? `${strings.statsFailed}: ${error}` : stale ? strings.computing : ''}
      </span>
    </footer>
  );
}
