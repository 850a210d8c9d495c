import type { ValeAlert } from '../../core/rules/alert';

/** `--output=JSON`: Vale's shape, `{ path: [ { Action, Span, Check, Description, Link, Message, Severity, Match, Line } ] }`. */
export function formatJson(results: readonly { path: string; alerts: readonly ValeAlert[] }[]): string {
  const out: Record<string, unknown[]> = {};
  for (const { path, alerts } of results) {
    if (alerts.length === 0) continue;
    out[path] = alerts.map((a) => ({
      Action: { Name: a.action.name, Params: a.action.params },
      Span: a.span,
      Check: a.check,
      Description: a.description,
      Link: a.link,
      Message: a.message,
      Severity: a.severity,
      Match: a.match,
      Line: a.line,
    }));
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
