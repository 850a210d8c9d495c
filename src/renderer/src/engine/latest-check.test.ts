import { afterEach, describe, expect, it, vi } from 'vitest';
import { LatestCheck } from './latest-check';

afterEach(() => {
  vi.useRealTimers();
});

describe('LatestCheck', () => {
  it('answers at once with the newest finished check, and undefined before any check', async () => {
    const latest = new LatestCheck<string>();
    await expect(latest.next(60_000)).resolves.toBeUndefined();
    latest.requested(1);
    latest.finished(1, 'one');
    await expect(latest.next(1000)).resolves.toBe('one');
  });

  it('waits for the check asked for last, not for an older one that finishes first', async () => {
    const latest = new LatestCheck<string>();
    latest.requested(1);
    latest.finished(1, 'one');
    latest.requested(2);
    latest.requested(3);
    const answers: Array<string | undefined> = [];
    const waiting = latest.next(60_000).then((value) => answers.push(value));
    latest.finished(2, 'two');
    await Promise.resolve();
    expect(answers).toEqual([]);
    latest.finished(3, 'three');
    await waiting;
    expect(answers).toEqual(['three']);
  });

  it('answers undefined when the newest check fails, or the engine stops', async () => {
    const latest = new LatestCheck<string>();
    latest.requested(4);
    const first = latest.next(60_000);
    latest.failed(3); // An older check's failure is not the newest's.
    latest.failed(4);
    await expect(first).resolves.toBeUndefined();
    const second = latest.next(60_000);
    latest.failed();
    await expect(second).resolves.toBeUndefined();
  });

  it('answers undefined after the time given, and forgets the waiter', async () => {
    vi.useFakeTimers();
    const latest = new LatestCheck<string>();
    latest.requested(1);
    const waiting = latest.next(5_000);
    vi.advanceTimersByTime(4_999);
    let settled = false;
    void waiting.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(waiting).resolves.toBeUndefined();
    // A result that comes later does not throw into a waiter that already gave up.
    latest.finished(1, 'late');
    await expect(latest.next(5_000)).resolves.toBe('late');
  });

  it('waits for the final result of a check whose speller is loading, and answers with it', async () => {
    const latest = new LatestCheck<string>();
    latest.requested(7);
    latest.finished(7, 'before the dictionary', false);
    const answers: Array<string | undefined> = [];
    const waiting = latest.next(60_000).then((value) => answers.push(value));
    await Promise.resolve();
    expect(answers).toEqual([]);
    latest.finished(7, 'with the dictionary', true);
    await waiting;
    expect(answers).toEqual(['with the dictionary']);
    await expect(latest.next(1000)).resolves.toBe('with the dictionary');
  });

  it('after the time given, answers with the result that is not final yet, rather than nothing', async () => {
    vi.useFakeTimers();
    const latest = new LatestCheck<string>();
    latest.requested(8);
    latest.finished(8, 'without spelling', false);
    const waiting = latest.next(5_000);
    vi.advanceTimersByTime(5_000);
    await expect(waiting).resolves.toBe('without spelling');
  });
});
