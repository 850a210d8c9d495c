import type { PvDocument } from '../../../core/document/document';
import type { CheckResult, EngineConfig } from '../../../core/engine/engine';
import type { Language } from '../../../core/language/detect';

export type EngineRequest =
  | { type: 'check'; id: number; document: PvDocument; config: EngineConfig }
  | { type: 'suggest'; id: number; word: string; language: Language };

export type EngineResponse =
  | { type: 'check'; id: number; ok: true; result: CheckResult; spellers: Language[] }
  | { type: 'suggest'; id: number; ok: true; suggestions: string[] }
  | { type: 'check' | 'suggest'; id: number; ok: false; error: string };
