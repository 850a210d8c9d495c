import type { ValeAlert } from '../../core/rules/alert';

const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', suggestion: '\u001b[34m' } as const;
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const UNDERLINE = '\u001b[4m';
const RESET = '\u001b[0m';

/**
 * `--output=CLI` (the default): alerts grouped by file, aligned in columns,
 * coloured on a terminal, then a summary line.
 */
export function formatCli(
  results: readonly { path: string; alerts: readonly ValeAlert[] }[],
  options: { colour: boolean },
): string {
  const paint = (code: string, text: string): string => (options.colour ? `${code}${text}${RESET}` : text);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, suggestion: 0 };
  let files = 0;
  for (const { path, alerts } of results) {
    files += 1;
    if (alerts.length === 0) continue;
    out.push('', ` ${paint(UNDERLINE, path)}`);
    const rows = alerts.map((a) => [` ${a.line}:${a.span[0]}`, a.severity, a.message, a.check] as const);
    const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
    for (const [place, severity, message, check] of rows) {
      totals[severity] += 1;
      out.push(
        ` ${paint(DIM, place.padEnd(width[0] ?? 0))}  ${paint(COLOURS[severity], severity.padEnd(width[1] ?? 0))}  ${message}  ${paint(DIM, check)}`,
      );
    }
  }
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(
    '',
    `${paint(totals.error > 0 ? COLOURS.error : BOLD, '✖')} ${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')} and ${plural(totals.suggestion, 'suggestion')} in ${plural(files, 'file')}.`,
  );
  return `${out.join('\n')}\n`;
}
