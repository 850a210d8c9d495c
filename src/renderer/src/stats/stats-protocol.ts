import type { Language } from '../../../core/language/detect';
import type { TextStats } from '../../../core/stats/text-stats';

export interface StatsRequest {
  id: number;
  text: string;
  fallbackLanguage: Language;
}

export type StatsResponse = { id: number; ok: true; stats: TextStats } | { id: number; ok: false; error: string };
