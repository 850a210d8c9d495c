import { adverbsCheck } from '../retext/adverbs';
import { inclusiveLanguageCheck } from '../retext/inclusive-language';
import { indefiniteArticleCheck } from '../retext/indefinite-article';
import { passiveCheck } from '../retext/passive';
import { profanitiesCheck } from '../retext/profanities';
import { sentenceReadabilityEnCheck } from '../retext/readability-sentence-en';
import { sentenceReadabilityFrCheck } from '../retext/readability-sentence-fr';
import { repeatedWordsCheck } from '../retext/repeated-words';
import { sentenceLengthCheck } from '../retext/sentence-length';
import { simplerWordsCheck } from '../retext/simpler-words';
import { spellingCheck } from '../retext/spelling';
import { typographyFrCheck } from '../retext/typography-fr';
import { weaselWordsCheck } from '../retext/weasel-words';
import type { BlockCheck } from './check';

/** The style our built-in checks form: `PorteVoix.Passive`, `PorteVoix.Spelling`, ... */
export const BUILTIN_STYLE = 'PorteVoix';

/** Every built-in check, in the order they run. */
export const BUILTIN_CHECKS: readonly BlockCheck[] = [
  spellingCheck,
  indefiniteArticleCheck,
  repeatedWordsCheck,
  sentenceReadabilityEnCheck,
  sentenceReadabilityFrCheck,
  sentenceLengthCheck,
  passiveCheck,
  simplerWordsCheck,
  inclusiveLanguageCheck,
  profanitiesCheck,
  weaselWordsCheck,
  adverbsCheck,
  typographyFrCheck,
];
