import type { CheckResult, EngineConfig } from '../../../core/engine/engine';
import type { UserRulePack } from '../../../core/host';
import type { Language } from '../../../core/language/detect';
import type { RulePackProblem } from '../../../core/rules/rule-packs';
import type { ChannelView } from '../channels/channel-view';
import type { DocumentDelta, FindingsDelta } from './findings-delta';

/** What the UI shows of a loaded rule pack. */
export interface RulePackSummary {
  name: string;
  version?: string;
  /** Shipped with the app (rules/), or the user's (data folder). */
  origin: 'bundled' | 'user';
  /** Rules that loaded and run. */
  rules: number;
  errors: RulePackProblem[];
  notices: string[];
}

export type EngineRequest =
  | { type: 'check'; id: number; document: DocumentDelta; config: EngineConfig }
  | { type: 'suggest'; id: number; word: string; language: Language }
  | { type: 'packs'; id: number; version: string; userPacks: UserRulePack[] };

export type EngineResponse =
  | {
      type: 'check';
      id: number;
      ok: true;
      /** The result without its diagnostics, which come as a delta. */
      result: CheckResult;
      findings: FindingsDelta;
      spellers: Language[];
      /**
       * False while a speller this text needs is still loading: the same check comes again, with spelling, once it
       * has loaded (true when it cannot load: spelling is then off for that language).
       */
      final: boolean;
    }
  | { type: 'view'; id: number; ok: true; view: ChannelView }
  | { type: 'suggest'; id: number; ok: true; suggestions: string[] }
  | { type: 'packs'; id: number; ok: true; packs: RulePackSummary[] }
  | { type: 'check' | 'suggest' | 'packs'; id: number; ok: false; error: string };
