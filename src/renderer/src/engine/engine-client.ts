import type { PvDocument } from '../../../core/document/document';
import type { CheckResult, EngineConfig } from '../../../core/engine/engine';
import type { Language } from '../../../core/language/detect';
import type { UserRulePack } from '../../../core/host';
import type { ChannelView } from '../channels/channel-view';
import { DeltaReceiver, DocumentSender } from './findings-delta';
import { LatestCheck } from './latest-check';
import type { EngineRequest, EngineResponse, RulePackSummary } from './engine-protocol';

/** A check's result, with the document it was computed on (marks follow the edits made since). */
export type CheckListener = (result: CheckResult, document: PvDocument, id: number) => void;
/** The channel's count of a checked document, which follows its check. */
export type ViewListener = (view: ChannelView, id: number) => void;
export type ErrorListener = (message: string) => void;

/**
 * Talks to the engine worker. A newer check supersedes an older one: a result
 * for an older request is dropped. When a speller finishes loading, the worker
 * re-checks the newest document and its result arrives like any other.
 */
export class EngineClient {
  private readonly worker: Worker;
  private lastCheckId = 0;
  private lastDocument: PvDocument | undefined;
  private readonly findings = new DeltaReceiver();
  private readonly documents = new DocumentSender();
  private readonly latest = new LatestCheck<CheckResult>();
  private nextSuggestId = 0;
  private readonly suggestions = new Map<number, { resolve: (s: string[]) => void; reject: (e: Error) => void }>();
  private nextPacksId = 0;
  private readonly packRequests = new Map<
    number,
    { resolve: (p: RulePackSummary[]) => void; reject: (e: Error) => void }
  >();

  constructor(onResult: CheckListener, onError: ErrorListener, onView: ViewListener = () => undefined) {
    this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'porte-voix-engine',
    });
    this.worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const response = event.data;
      if (response.type === 'packs') {
        const waiting = this.packRequests.get(response.id);
        this.packRequests.delete(response.id);
        if (response.ok) waiting?.resolve(response.packs);
        else waiting?.reject(new Error(response.error));
        return;
      }
      if (response.type === 'suggest') {
        const waiting = this.suggestions.get(response.id);
        this.suggestions.delete(response.id);
        if (response.ok) waiting?.resolve(response.suggestions);
        else waiting?.reject(new Error(response.error));
        return;
      }
      // Every delta is applied, even a superseded check's: the next one builds on it.
      const diagnostics = response.ok && response.type === 'check' ? this.findings.apply(response.findings) : [];
      if (response.id !== this.lastCheckId) return;
      if (!response.ok) {
        this.latest.failed(response.id);
        onError(response.error);
      } else if (response.type === 'view') onView(response.view, response.id);
      else if (this.lastDocument) {
        const result = { ...response.result, diagnostics };
        this.latest.finished(response.id, result, response.final);
        onResult(result, this.lastDocument, response.id);
      }
    };
    this.worker.onerror = (event) => {
      this.latest.failed();
      onError(event.message || 'the checking engine stopped');
    };
  }

  /** Checks a document; returns the check's number (a later check supersedes it). */
  check(document: PvDocument, config: EngineConfig): number {
    this.lastCheckId += 1;
    this.lastDocument = document;
    this.latest.requested(this.lastCheckId);
    const request: EngineRequest = {
      type: 'check',
      id: this.lastCheckId,
      document: this.documents.next(document),
      config,
    };
    this.worker.postMessage(request);
    return this.lastCheckId;
  }

  /**
   * The result of the newest check asked for, once it is final (with spelling, when its dictionaries load): the
   * findings of the text as it is now. After `timeoutMs`, its result without spelling if it has one; `undefined`
   * when that check failed or gave nothing in time.
   */
  current(timeoutMs: number): Promise<CheckResult | undefined> {
    return this.latest.next(timeoutMs);
  }

  suggest(word: string, language: Language): Promise<string[]> {
    this.nextSuggestId += 1;
    const id = this.nextSuggestId;
    return new Promise((resolve, reject) => {
      this.suggestions.set(id, { resolve, reject });
      const request: EngineRequest = { type: 'suggest', id, word, language };
      this.worker.postMessage(request);
    });
  }

  /** Loads the bundled packs and the user's; the next checks use their rules. */
  loadPacks(version: string, userPacks: UserRulePack[]): Promise<RulePackSummary[]> {
    this.nextPacksId += 1;
    const id = this.nextPacksId;
    return new Promise((resolve, reject) => {
      this.packRequests.set(id, { resolve, reject });
      const request: EngineRequest = { type: 'packs', id, version, userPacks };
      this.worker.postMessage(request);
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.latest.failed();
    for (const waiting of this.suggestions.values()) waiting.reject(new Error('the checking engine was closed'));
    this.suggestions.clear();
    for (const waiting of this.packRequests.values()) waiting.reject(new Error('the checking engine was closed'));
    this.packRequests.clear();
  }
}
