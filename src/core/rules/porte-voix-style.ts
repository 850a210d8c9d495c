import type { Block } from '../document/document';
import type { Severity } from '../engine/diagnostic';
import type { Engine } from '../engine/engine';
import { SEVERITY_RANK, type ValeAlert } from './alert';
import type { RuleSetting } from './vale-config';
import { position, type ValeDocument } from './vale-text';

export const PORTE_VOIX_STYLE = 'PorteVoix';

/**
 * Our built-in checks as the Vale style `PorteVoix`: the engine checks the
 * same text blocks Vale's rules see, and its diagnostics become alerts at the
 * right line and column. `rules` are the file's `PorteVoix.Rule = NO | level` settings.
 */
export function lintWithEngine(
  engine: Engine,
  source: string,
  doc: ValeDocument,
  rules: Readonly<Record<string, RuleSetting>>,
  minimum: Severity,
): ValeAlert[] {
  const textBlocks = doc.blocks.filter((b) => b.scopes.includes('text'));
  const blocks: Block[] = textBlocks.map((b, i) => ({
    id: String(i),
    kind: b.scopes.some((s) => s.startsWith('heading'))
      ? 'heading'
      : b.scopes.includes('list')
        ? 'listItem'
        : 'paragraph',
    text: b.text,
  }));
  const disabled = Object.entries(rules)
    .filter(([id, setting]) => id.startsWith(`${PORTE_VOIX_STYLE}.`) && setting === 'NO')
    .map(([id]) => id);
  const result = engine.check({ title: '', blocks }, { disabledRules: disabled });
  const alerts: ValeAlert[] = [];
  for (const d of result.diagnostics) {
    const block = textBlocks[Number(d.blockId)];
    if (!block) continue;
    const setting = rules[d.ruleId];
    const severity: Severity =
      setting === 'suggestion' || setting === 'warning' || setting === 'error' ? setting : d.severity;
    if (SEVERITY_RANK[severity] < SEVERITY_RANK[minimum]) continue;
    const start = block.offsets[d.range.start] ?? 0;
    const last = block.offsets[Math.max(d.range.start, d.range.end - 1)] ?? start;
    const at = position(source, start);
    const end = position(source, last);
    alerts.push({
      check: d.ruleId,
      line: at.line,
      span: [at.column, end.line === at.line ? end.column : at.column],
      message: d.message,
      severity,
      match: d.actual,
      link: d.url ?? '',
      description: '',
      action: { name: d.expected.length > 0 ? 'replace' : '', params: d.expected.length > 0 ? d.expected : null },
    });
  }
  return alerts;
}
