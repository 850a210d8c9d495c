import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../core/engine/diagnostic';
import { cleanReason, gateFacts, gateNeeded, noticeIfSlow, overrideRecord } from './publish-gate';

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

describe('noticeIfSlow', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says nothing about a wait shorter than the delay', async () => {
    vi.useFakeTimers();
    const told: boolean[] = [];
    let finish: (value: string) => void = () => undefined;
    const waiting = noticeIfSlow(new Promise<string>((resolve) => (finish = resolve)), (w) => told.push(w), 300);
    vi.advanceTimersByTime(299);
    finish('facts');
    await expect(waiting).resolves.toBe('facts');
    vi.advanceTimersByTime(1000);
    expect(told).toEqual([]);
  });

  it('says when a wait can be seen, then when it ends, whether it succeeds or fails', async () => {
    vi.useFakeTimers();
    const told: boolean[] = [];
    let finish: (value: string) => void = () => undefined;
    const waiting = noticeIfSlow(new Promise<string>((resolve) => (finish = resolve)), (w) => told.push(w), 300);
    vi.advanceTimersByTime(300);
    expect(told).toEqual([true]);
    finish('facts');
    await expect(waiting).resolves.toBe('facts');
    expect(told).toEqual([true, false]);

    let fail: (error: Error) => void = () => undefined;
    const failing = noticeIfSlow(new Promise<string>((_, reject) => (fail = reject)), (w) => told.push(w), 300);
    vi.advanceTimersByTime(300);
    fail(new Error('engine stopped'));
    await expect(failing).rejects.toThrow('engine stopped');
    expect(told).toEqual([true, false, true, false]);
  });
});
