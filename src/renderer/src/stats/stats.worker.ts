/// <reference lib="webworker" />
import { computeTextStats } from '../../../core/stats/text-stats';
import type { StatsRequest, StatsResponse } from './stats-protocol';

declare const self: DedicatedWorkerGlobalScope;

/**
 * Computes the status bar's figures off the UI thread. Requests that arrive
 * while one is being computed are coalesced: only the newest is computed.
 */
let pending: StatsRequest | undefined;
let scheduled = false;

function run(): void {
  scheduled = false;
  const request = pending;
  pending = undefined;
  if (!request) return;
  let response: StatsResponse;
  try {
    response = {
      id: request.id,
      ok: true,
      stats: computeTextStats(request.text, { fallbackLanguage: request.fallbackLanguage }),
    };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
}

self.onmessage = (event: MessageEvent<StatsRequest>) => {
  pending = event.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};
