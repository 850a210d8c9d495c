/**
 * The result of the newest check, for those who must act on the text as it is now rather than as it was at the last
 * finished check (the pre-publish gate: a copy made right after typing an error must see that error).
 *
 * The engine client says which check it asked for last (`requested`) and what became of it (`finished`, `failed`);
 * `next` resolves with that check's result once it is known. Older checks' results are not what is asked for, and
 * are ignored.
 */
export class LatestCheck<T> {
  private requestedId = 0;
  private known: { id: number; value: T; final: boolean } | undefined;
  private readonly waiting = new Set<(value: T | undefined) => void>();

  /** A check was asked for: until it finishes, `next` waits for it. */
  requested(id: number): void {
    this.requestedId = id;
  }

  /**
   * A check finished; only the newest one asked for counts. A check that is not `final` (a speller it needs is still
   * loading) finishes again later, final, with more findings: those waiting wait for that one.
   */
  finished(id: number, value: T, final = true): void {
    if (id !== this.requestedId) return;
    this.known = { id, value, final };
    if (final) this.settle(value);
  }

  /** The newest check failed (or the engine stopped): those waiting get `undefined`. */
  failed(id?: number): void {
    if (id !== undefined && id !== this.requestedId) return;
    this.settle(undefined);
  }

  /**
   * The newest check's final result: at once when it is known, else once it finishes. `undefined` when it fails.
   * After `timeoutMs` (an engine that hangs must not hang the caller): its result that is not final yet, if any,
   * else `undefined`.
   */
  next(timeoutMs: number): Promise<T | undefined> {
    if (this.requestedId === 0) return Promise.resolve(undefined); // Nothing was asked for yet.
    if (this.known?.id === this.requestedId && this.known.final) return Promise.resolve(this.known.value);
    return new Promise((resolve) => {
      const answer = (value: T | undefined): void => {
        clearTimeout(timer);
        this.waiting.delete(answer);
        resolve(value);
      };
      const timer = setTimeout(
        () => answer(this.known?.id === this.requestedId ? this.known.value : undefined),
        timeoutMs,
      );
      this.waiting.add(answer);
    });
  }

  private settle(value: T | undefined): void {
    for (const answer of [...this.waiting]) answer(value);
  }
}
