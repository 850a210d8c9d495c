import type { Root, Sentence } from 'nlcst';
import type { Node } from 'unist';
import { toString } from 'nlcst-to-string';
import type { TextRange } from '../document/document';

export interface WordToken {
  text: string;
  range: TextRange;
}

export interface SentenceToken {
  range: TextRange;
  words: WordToken[];
}

function rangeOf(node: Node): TextRange | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The sentences of a parsed block and their words, in order, with their offsets. */
export function sentencesOf(tree: Root): SentenceToken[] {
  const out: SentenceToken[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const range = rangeOf(sentence);
      if (!range) continue;
      out.push({ range, words: wordsOf(sentence) });
    }
  }
  return out;
}

function wordsOf(sentence: Sentence): WordToken[] {
  const out: WordToken[] = [];
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const range = rangeOf(child);
    if (range) out.push({ text: toString(child), range });
  }
  return out;
}

/** Whether a word has a letter (numbers and symbols are not words to spell or count syllables of). */
export function hasLetter(word: string): boolean {
  return /\p{L}/u.test(word);
}
