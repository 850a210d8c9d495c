import type { Root } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import { ParseLatin } from 'parse-latin';
import type { Language } from '../language/detect';

const parsers: Record<Language, ParseLatin> = { en: new ParseEnglish(), fr: new ParseLatin() };

/** Parses a block into a natural-language tree: retext-english's parser for English, retext-latin's for French. */
export function parseBlock(text: string, language: Language): Root {
  return parsers[language].parse(text);
}
