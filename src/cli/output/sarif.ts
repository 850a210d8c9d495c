import type { ValeAlert } from '../../core/rules/alert';

const LEVEL = { error: 'error', warning: 'warning', suggestion: 'note' } as const;

/** `--output=sarif`: SARIF 2.1.0, for code-scanning services. One rule entry per check seen. */
export function formatSarif(
  results: readonly { path: string; alerts: readonly ValeAlert[] }[],
  version: string,
): string {
  const rules = new Map<string, { id: string; helpUri?: string }>();
  const sarifResults: unknown[] = [];
  for (const { path, alerts } of results) {
    for (const a of alerts) {
      if (!rules.has(a.check)) rules.set(a.check, a.link ? { id: a.check, helpUri: a.link } : { id: a.check });
      sarifResults.push({
        ruleId: a.check,
        level: LEVEL[a.severity],
        message: { text: a.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: path },
              region: { startLine: a.line, startColumn: a.span[0], endColumn: a.span[1] + 1 },
            },
          },
        ],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'porte-voix', version, informationUri: 'https://github.com/', rules: [...rules.values()] },
        },
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
