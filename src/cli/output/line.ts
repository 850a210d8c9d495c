import type { ValeAlert } from '../../core/rules/alert';

/** `--output=line`: `path:line:column:Check:Message`, one alert a line, as Vale prints it. */
export function formatLine(results: readonly { path: string; alerts: readonly ValeAlert[] }[]): string {
  const lines: string[] = [];
  for (const { path, alerts } of results) {
    for (const a of alerts) lines.push(`${path}:${a.line}:${a.span[0]}:${a.check}:${a.message}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
