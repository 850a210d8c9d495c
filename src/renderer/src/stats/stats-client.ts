import type { Language } from '../../../core/language/detect';
import type { TextStats } from '../../../core/stats/text-stats';
import type { StatsRequest, StatsResponse } from './stats-protocol';

export type StatsListener = (stats: TextStats) => void;
export type StatsErrorListener = (message: string) => void;

/**
 * Talks to the stats worker. A newer request supersedes an older one: a
 * result that arrives after a newer request was sent is dropped.
 */
export class StatsClient {
  private readonly worker: Worker;
  private lastId = 0;

  constructor(onStats: StatsListener, onError: StatsErrorListener) {
    this.worker = new Worker(new URL('./stats.worker.ts', import.meta.url), {
      type: 'module',
      name: 'porte-voix-stats',
    });
    this.worker.onmessage = (event: MessageEvent<StatsResponse>) => {
      const response = event.data;
      if (response.id !== this.lastId) return;
      if (response.ok) onStats(response.stats);
      else onError(response.error);
    };
    this.worker.onerror = (event) => onError(event.message || 'the figures could not be computed');
  }

  request(text: string, fallbackLanguage: Language): void {
    this.lastId += 1;
    const message: StatsRequest = { id: this.lastId, text, fallbackLanguage };
    this.worker.postMessage(message);
  }

  dispose(): void {
    this.worker.terminate();
  }
}
