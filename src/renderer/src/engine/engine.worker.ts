/// <reference lib="webworker" />
import enDictionaryUrl from '../../../../generated/dictionaries/en.pvdict?url';
import frDictionaryUrl from '../../../../generated/dictionaries/fr.pvdict?url';
import type { PvDocument } from '../../../core/document/document';
import { Engine, type EngineConfig } from '../../../core/engine/engine';
import type { Language } from '../../../core/language/detect';
import { createCompactSpeller } from '../../../core/spelling/compact-speller';
import { isChannelId } from '../../../core/channels/channel';
import { compilePacks } from '../../../core/rules/rule-packs';
import { channelView } from '../channels/channel-view';
import { bundledPacks } from './bundled-packs';
import { DeltaSender, DocumentReceiver } from './findings-delta';
import type { EngineRequest, EngineResponse, RulePackSummary } from './engine-protocol';

declare const self: DedicatedWorkerGlobalScope;

/**
 * Runs the checking engine off the UI thread. Check requests that arrive while
 * one runs are coalesced (only the newest is checked); a speller loads the
 * first time a block needs its language, and the newest check runs again then.
 */
const engine = new Engine();
const delta = new DeltaSender();
const DICTIONARIES: Record<Language, string> = { en: enDictionaryUrl, fr: frDictionaryUrl };
const loading = new Set<Language>();
/** Languages whose dictionary could not be loaded: spelling is off for them, and no check waits for them. */
const unavailable = new Set<Language>();
/** A check to run: the document rebuilt from its delta when the request arrived. */
interface CheckJob {
  id: number;
  document: PvDocument;
  config: EngineConfig;
}

const documents = new DocumentReceiver();
let pending: CheckJob | undefined;
let latest: CheckJob | undefined;
let scheduled = false;

function post(response: EngineResponse): void {
  self.postMessage(response);
}

function loadSpeller(language: Language): void {
  if (engine.hasSpeller(language) || loading.has(language)) return;
  loading.add(language);
  fetch(DICTIONARIES[language])
    .then((response) => {
      if (!response.ok) throw new Error(`the ${language} dictionary could not be loaded (HTTP ${response.status})`);
      return response.arrayBuffer();
    })
    .then((buffer) => {
      engine.setSpeller(language, createCompactSpeller(new Uint8Array(buffer)));
      if (latest && !pending) schedule(latest);
    })
    .catch((error: unknown) => {
      unavailable.add(language);
      console.error(`Porte-voix: spelling is off for ${language}:`, error);
      // Those waiting for a final check (the pre-publish gate) get this one: there will be no spelling.
      if (latest && !pending) schedule(latest);
    });
}

function run(): void {
  scheduled = false;
  const request = pending;
  pending = undefined;
  if (!request) return;
  latest = request;
  try {
    const result = engine.check(request.document, request.config);
    for (const language of new Set(Object.values(result.blockLanguages))) loadSpeller(language);
    const spellers = (['en', 'fr'] as const).filter((l) => engine.hasSpeller(l));
    const final = [...new Set(Object.values(result.blockLanguages))].every(
      (language) => engine.hasSpeller(language) || unavailable.has(language),
    );
    const findings = delta.next(result.diagnostics);
    post({
      type: 'check',
      id: request.id,
      ok: true,
      result: { ...result, diagnostics: [] },
      findings,
      spellers,
      final,
    });
    // Then the channel's count, folds and overflow, computed here too so typing never waits for them.
    const channel = request.config.channel;
    if (isChannelId(channel)) {
      const view = channelView({ ...request.document, language: result.language }, channel);
      post({ type: 'view', id: request.id, ok: true, view });
    }
  } catch (error) {
    post({ type: 'check', id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

function schedule(request: CheckJob): void {
  pending = request;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
}

/**
 * Loads the bundled packs and the user's: a user pack with a bundled pack's
 * name replaces it. Rules with mistakes are left out and reported.
 */
function loadPacks(request: Extract<EngineRequest, { type: 'packs' }>): void {
  const user = new Set(request.userPacks.map((p) => p.name));
  const sources = [...bundledPacks(request.version).filter((p) => !user.has(p.name)), ...request.userPacks];
  const compiled = compilePacks(sources, { speller: undefined });
  engine.setRulePacks(compiled);
  const packs: RulePackSummary[] = compiled.map((pack) => ({
    name: pack.name,
    ...(pack.version === undefined ? {} : { version: pack.version }),
    origin: user.has(pack.name) ? 'user' : 'bundled',
    rules: pack.rules.length,
    errors: pack.errors,
    notices: pack.notices,
  }));
  post({ type: 'packs', id: request.id, ok: true, packs });
  if (latest && !pending) schedule(latest);
}

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  if (request.type === 'check') {
    // Every delta is applied as it arrives, even if a newer check supersedes this one.
    schedule({ id: request.id, document: documents.apply(request.document), config: request.config });
    return;
  }
  if (request.type === 'packs') {
    try {
      loadPacks(request);
    } catch (error) {
      post({ type: 'packs', id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  try {
    post({ type: 'suggest', id: request.id, ok: true, suggestions: engine.suggest(request.word, request.language) });
  } catch (error) {
    post({ type: 'suggest', id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
