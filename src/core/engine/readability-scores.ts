import type { Language } from '../language/detect';
import {
  automatedReadabilityIndex,
  colemanLiau,
  fleschKincaidGrade,
  fleschReadingEase,
  gunningFog,
  kandelMoles,
  lix,
  smog,
  type ReadabilityCounts,
} from '../readability/formulas';

/** The readability of the text in one language: the formulas made for that language. */
export interface ReadabilityScores {
  fleschReadingEase?: number;
  fleschKincaidGrade?: number;
  gunningFog?: number;
  smog?: number;
  colemanLiau?: number;
  automatedReadabilityIndex?: number;
  kandelMoles?: number;
  lix?: number;
}

const FORMULAS: Record<
  Language,
  Partial<Record<keyof ReadabilityScores, (c: ReadabilityCounts) => number | undefined>>
> = {
  en: {
    fleschReadingEase,
    fleschKincaidGrade,
    gunningFog,
    smog,
    colemanLiau,
    automatedReadabilityIndex,
  },
  fr: { kandelMoles, lix },
};

/** Scores of the counts of one language; undefined without words or sentences. */
export function readabilityScores(language: Language, counts: ReadabilityCounts): ReadabilityScores | undefined {
  const scores: ReadabilityScores = {};
  for (const [name, formula] of Object.entries(FORMULAS[language]) as [
    keyof ReadabilityScores,
    (c: ReadabilityCounts) => number | undefined,
  ][]) {
    const value = formula(counts);
    if (value !== undefined) scores[name] = value;
  }
  return Object.keys(scores).length > 0 ? scores : undefined;
}
