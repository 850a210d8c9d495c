import { readFileSync } from 'node:fs';
import { plainTextToDocument } from '../src/core/document/plain-text';
import type { PvDocument } from '../src/core/document/document';

/** A text of ../shared/corpus (real articles nobody on this project wrote). */
export function corpusText(name: string): string {
  return readFileSync(new URL(`../../shared/corpus/${name}`, import.meta.url), 'utf8');
}

export function corpusDocument(name: string): PvDocument {
  return plainTextToDocument(corpusText(name));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
