import type { CheckResult } from '../../../core/engine/engine';
import type { Severity } from '../../../core/engine/diagnostic';
import { fleschReadingEaseBand, kandelMolesBand, lixBand } from '../../../core/readability/formulas';
import { useStrings } from '../i18n/i18n';

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function Figure({ label, short, value, hint }: { label: string; short?: string; value: string; hint?: string }) {
  return (
    <div className="pv-figure" role="group" aria-label={label} title={hint ? `${label}: ${hint}` : label}>
      <span className="pv-figure-label" aria-hidden="true">
        {short ?? label}
      </span>
      <span className="pv-figure-value">{value}</span>
      {hint && <span className="pv-figure-hint">{hint}</span>}
    </div>
  );
}

function Readability({ result }: { result: CheckResult }): React.JSX.Element | null {
  const strings = useStrings();
  const scores = result.summary.readability[result.language];
  if (!scores) return null;
  if (result.language === 'fr') {
    return (
      <>
        {scores.kandelMoles !== undefined && (
          <Figure
            label={strings.kandelMoles}
            value={oneDecimal.format(scores.kandelMoles)}
            hint={strings.bands[kandelMolesBand(scores.kandelMoles)]}
          />
        )}
        {scores.lix !== undefined && (
          <Figure label={strings.lix} value={oneDecimal.format(scores.lix)} hint={strings.bands[lixBand(scores.lix)]} />
        )}
      </>
    );
  }
  return (
    <>
      {scores.fleschReadingEase !== undefined && (
        <Figure
          label={strings.readingEase}
          short={strings.readingEaseShort}
          value={oneDecimal.format(scores.fleschReadingEase)}
          hint={strings.bands[fleschReadingEaseBand(scores.fleschReadingEase)]}
        />
      )}
      {scores.fleschKincaidGrade !== undefined && (
        <Figure
          label={strings.gradeLevel}
          short={strings.gradeLevelShort}
          value={oneDecimal.format(scores.fleschKincaidGrade)}
          hint={strings.grade(scores.fleschKincaidGrade)}
        />
      )}
    </>
  );
}

const SEVERITIES: Severity[] = ['error', 'warning', 'suggestion'];

/** The findings count, one coloured count per severity; the words are there for screen readers and tests. */
function Findings({ counts }: { counts: Record<Severity, number> }): React.JSX.Element {
  const strings = useStrings();
  return (
    <div className="pv-figure" role="group" aria-label={strings.findings} title={strings.findingsDetail(counts)}>
      <span className="pv-figure-label" aria-hidden="true">
        {strings.findings}
      </span>
      {SEVERITIES.map((severity) => (
        <span key={severity} className={`pv-severity pv-severity-${severity}`}>
          <span aria-hidden="true">{integer.format(counts[severity])}</span>
          <span className="pv-visually-hidden">{strings.severityCount(severity, counts[severity])}</span>
        </span>
      ))}
    </div>
  );
}

function countBySeverity(result: CheckResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const d of result.diagnostics) counts[d.severity] += 1;
  return counts;
}

/** The document's figures and findings count, computed by the engine in a worker. */
export function StatusBar({
  result,
  stale,
  error,
  children,
}: {
  result: CheckResult | undefined;
  stale: boolean;
  error: string | undefined;
  /** Controls shown at the end of the bar. */
  children?: React.ReactNode;
}) {
  const strings = useStrings();
  const counts = result ? countBySeverity(result) : undefined;
  return (
    <footer className="pv-statusbar" aria-label={strings.statistics} aria-busy={stale}>
      {result && counts && (
        <>
          <Figure label={strings.language} value={strings.languageNames[result.language]} />
          <Figure label={strings.words} value={integer.format(result.summary.counts.words)} />
          <Figure label={strings.characters} value={integer.format(result.summary.counts.characters)} />
          <Figure label={strings.readingTime} value={strings.minutes(result.summary.readingTimeMinutes)} />
          <Readability result={result} />
          <Findings counts={counts} />
        </>
      )}
      <span className="pv-status-note" aria-live="polite">
        {error ? `${strings.statsFailed}: ${error}` : stale ? strings.computing : ''}
      </span>
      {children}
    </footer>
  );
}
