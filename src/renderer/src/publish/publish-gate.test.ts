import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../core/engine/diagnostic';
import { cleanReason, gateFacts, gateNeeded, overrideRecord } from './publish-gate';

const finding = (id: string, severity: Diagnostic['severity'], ruleId: string, message: string): Diagnostic => ({
  id,
  ruleId,
  source: 'test',
  severity,
  message,
  blockId: 'b1',
  range: { start: 0, end: 1 },
  actual: 'x',
  expected: [],
});

describe('gateFacts', () => {
  it('counts the errors, lists the first distinct ones, and names the packs in use', () => {
    const facts = gateFacts(
      [
        finding('1', 'error', 'Ethics.CodeNames', 'A'),
        finding('2', 'warning', 'PorteVoix.Passive', 'W'),
        finding('3', 'error', 'Ethics.CodeNames', 'A'),
        finding('4', 'error', 'Ethics.Forecasts', 'B'),
        finding('5', 'error', 'AcmeBrand.Terms', 'C'),
        finding('6', 'error', 'AcmeBrand.Terms', 'D'),
      ],
      [{ name: 'Ethics', version: '0.1.0' }, { name: 'Social', version: '0.1.0' }, { name: 'Team' }],
      ['Social'],
    );
    expect(facts).toEqual({
      errors: 5,
      first: [
        { ruleId: 'Ethics.CodeNames', message: 'A' },
        { ruleId: 'Ethics.Forecasts', message: 'B' },
        { ruleId: 'AcmeBrand.Terms', message: 'C' },
      ],
      packs: ['Ethics@0.1.0', 'Team'],
    });
    expect(gateNeeded(facts)).toBe(true);
    expect(gateNeeded(gateFacts([finding('1', 'warning', 'X.Y', 'w')], [], []))).toBe(false);
  });

  it('makes the override record with an ISO date and the reason on one line', () => {
    const facts = gateFacts(
      [finding('1', 'error', 'Ethics.CodeNames', 'A')],
      [{ name: 'Ethics', version: '1.0.0' }],
      [],
    );
    expect(cleanReason('  \n ')).toBe('');
    expect(overrideRecord(facts, 'copy', ' Legal\n approved ', new Date(Date.UTC(2026, 10, 27, 10)))).toEqual({
      date: '2026-11-27T10:00:00.000Z',
      action: 'copy',
      reason: 'Legal approved',
      errors: 1,
      packs: ['Ethics@1.0.0'],
    });
  });
});
