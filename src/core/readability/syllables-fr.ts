/**
 * Syllables of French words, for Kandel & Moles and the other French scores.
 *
 * The count follows careful spoken French as a readability tool needs it,
 * from the written word (no dictionary):
 *
 * - one syllable per group of vowels (a e i o u y and their accented forms,
 *   æ, œ), where "ai", "ei", "oi", "ou", "au", "eau", "eu", "œu", "ui", "ay"
 *   before a consonant… are one sound;
 * - a final mute e is not counted, nor -es, nor the -ent of a verb in the
 *   3rd person plural ("ils permettent" = 2, "ils pouvaient" = 2), while the
 *   -ent of nouns, adjectives and adverbs is ("moment" = 2, "souvent" = 2,
 *   "généralement" = 5): see `isMuteEnt`;
 * - an e inside a word is counted ("maintenant" = 3, "développement" = 5),
 *   as in the syllabation taught at school and used by French readability
 *   tools;
 * - i before a vowel after a single consonant is a glide ("nation" = 2,
 *   "premier" = 2, "dédiées" = 2) but a syllable of its own after a consonant
 *   followed by l or r ("client" = 2, "ouvrier" = 3, "priorité" = 4);
 * - u before a vowel other than i is a syllable of its own ("situation" = 4,
 *   "actuel" = 3), "ui" is one ("nuit" = 1); ou before a, e, é, o too
 *   ("jouer" = 2);
 * - é before a vowel ends its syllable ("réussi" = 3, "créé" = 2), as do a, o
 *   before é, è, a, o ("aérien", "poème", "chaos"), and a vowel with a
 *   diaeresis starts a new one ("naïf" = 2, "Noël" = 2, "mémoïser" = 4);
 * - y before a vowel starts a new syllable ("payer" = 2, "moyen" = 2);
 * - u is silent after q ("qui" = 1) and after g before e, i, y ("guerre");
 * - elisions count with their word and add nothing when they have no vowel
 *   ("l’équipe" = 2, like "équipe"; "jusqu’ici" = 3), and the parts of a
 *   hyphenated word add up ("peut-être" = 2, "hors-écran" = 3);
 * - a number counts as it is read aloud ("2022", deux mille vingt-deux, = 4;
 *   "3,5" = 4; "2 000 000" = 3 when given as one word); a number of more
 *   than 12 digits or with a leading 0 is read digit by digit;
 * - an all-capital abbreviation without a vowel is spelled out, one syllable
 *   a letter, W three ("RSC" = 3, "HTML" = 4); with a vowel it is read as a
 *   word ("API" = 2, "UNESCO" = 3), since words in capitals ("LES") could not
 *   be told from abbreviations.
 *
 * A word with a letter or a digit has at least one syllable.
 */

const VOWELS = new Set('aeiouyàâäéèêëîïôöùûüÿæœø');
const DIAERESIS = new Set('ëïüÿ');
/** Consonants that, followed by l or r, make the next i a full syllable: "cli-ent", "pri-ère". */
const OBSTRUENTS = new Set('bcdfgkptv');

/** Words the rules get wrong, with their spoken syllables. Lower case. */
const EXCEPTIONS: ReadonlyMap<string, number> = new Map([
  // y between vowels is read "i-i" here, not as a glide.
  ['pays', 2],
  ['paysan', 3],
  ['paysans', 3],
  ['paysanne', 3],
  ['paysannes', 3],
  ['paysage', 3],
  ['paysages', 3],
  ['abbaye', 3],
  ['abbayes', 3],
  // "aoû" is one sound.
  ['août', 1],
]);

/**
 * Nouns, adjectives and 3rd-person singular verbs whose final -ent is spoken,
 * where the patterns of `isMuteEnt` would take them for a verb in the plural.
 */
const SPOKEN_ENT = new Set([
  // The common ones
  'souvent',
  'moment',
  'comment',
  'argent',
  'client',
  'parent',
  'présent',
  'agent',
  'talent',
  'absent',
  'content',
  'urgent',
  'patient',
  // -ment, not an -ement adverb
  'vraiment',
  'joliment',
  'infiniment',
  'poliment',
  'gentiment',
  'hardiment',
  'aliment',
  'ciment',
  'sentiment',
  'compliment',
  'régiment',
  'détriment',
  'condiment',
  'rudiment',
  'piment',
  'segment',
  'fragment',
  'pigment',
  'serment',
  'tourment',
  'froment',
  'testament',
  'médicament',
  'firmament',
  'tempérament',
  'filament',
  'ligament',
  // -ent after a consonant
  'ardent',
  'serpent',
  'paravent',
  'auvent',
  'avent',
  'couvent',
  'omniprésent',
  'consent',
  'ressent',
  'repent',
  'apparent',
  'transparent',
  'torrent',
  'latent',
  'patent',
  'mécontent',
  'omnipotent',
  'pénitent',
  'intermittent',
  'permanent',
  'immanent',
  'continent',
  'pertinent',
  'impertinent',
  'éminent',
  'imminent',
  'proéminent',
  'abstinent',
  'incontinent',
  'intelligent',
  'diligent',
  'indigent',
  'négligent',
  'régent',
  'sergent',
  'tangent',
  'contingent',
  'émergent',
  'divergent',
  'convergent',
  'détergent',
  'excellent',
  'violent',
  'insolent',
  'indolent',
  'somnolent',
  'équivalent',
  'ambivalent',
  'polyvalent',
  'prévalent',
  'succulent',
  'turbulent',
  'virulent',
  'opulent',
  'corpulent',
  'fraudulent',
  // -ent after a vowel
  'influent',
  'affluent',
  'confluent',
  'congruent',
  'conscient',
  'inconscient',
  'omniscient',
  'efficient',
  'déficient',
  'coefficient',
  'ingrédient',
  'expédient',
  'récipient',
  'inconvénient',
  'orient',
  'gradient',
]);

/** Verbs in the 3rd person plural that look like the spoken patterns below. */
const MUTE_ENT = new Set([
  'décident',
  'coïncident',
  'fument',
  'allument',
  'rallument',
  'résument',
  'assument',
  'consument',
  'parfument',
  'présument',
  'inhument',
  'exhument',
]);

/**
 * Endings whose -ent is spoken: adverbs and nouns in -ement, -ément,
 * -amment, -emment, -ument; -tient and -vient (il tient, il devient,
 * patient); and adjectives in -scent, -écent, -ocent, -érent, -ident after a
 * consonant (not "ils aident"), -édent, -udent, -urrent, -étent, -équent,
 * -éloquent.
 */
const SPOKEN_ENT_ENDING =
  /(?:[eé]ment|[ae]mment|[uû]ment|[tv]ient|scent|écent|ocent|érent|[bcdfgklmnprstvz]ident|édent|udent|urrent|étent|équent|éloquent)$/u;

/**
 * Whether the final -ent of a lower-case word is mute: the ending of a verb
 * in the 3rd person plural ("ils permettent", "ils étaient", "ils jouent"),
 * not a noun, adjective or adverb ("moment", "récent", "généralement").
 */
export function isMuteEnt(word: string): boolean {
  if (!word.endsWith('ent')) return false;
  if (SPOKEN_ENT.has(word)) return false;
  if (MUTE_ENT.has(word)) return true;
  return !SPOKEN_ENT_ENDING.test(word);
}

/** Spoken syllables of one French word (or number), as described at the top of this file. */
export function frenchSyllables(word: string): number {
  const text = word.normalize('NFC');
  // A number, with its thousands maybe grouped by spaces ("2 000 000") and its decimals.
  if (/^\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?$|^\d+(?:[.,]\d+)?$/u.test(text)) {
    return numberSyllables(text.replace(/[ \u00A0\u202F]/gu, ''));
  }
  let total = 0;
  let hasCharacter = false;
  // Elisions (l’, qu’), hyphens and other joiners split a word into parts;
  // letters and digits glued together ("React18") are read one after the other.
  for (const match of text.matchAll(/(\p{N}+|[\p{L}\p{M}]+)(['’]?)/gu)) {
    const run = match[1] ?? '';
    hasCharacter = true;
    if (/^\p{N}/u.test(run)) total += numberSyllables(run);
    else total += lettersSyllables(run, match[2] !== '');
  }
  return hasCharacter ? Math.max(1, total) : 0;
}

/** Syllables of a run of letters: an abbreviation, an exception or a word (`elided`: "D" of "D’ici"). */
function lettersSyllables(run: string, elided: boolean): number {
  if (!elided && /^\p{Lu}+$/u.test(run) && !hasVowel(run.toLowerCase())) {
    // Spelled out: each letter name is one syllable, but W is "dou-ble-vé".
    return run.length + 2 * (run.match(/W/gu)?.length ?? 0);
  }
  const lower = run.toLowerCase();
  return EXCEPTIONS.get(lower) ?? wordSyllables(lower);
}

/** A vowel: a e i o u y with or without accents (å, ø, ã… in names too), æ, œ. */
function isVowel(c: string): boolean {
  if (VOWELS.has(c)) return true;
  if (c === '' || c.charCodeAt(0) < 0x80) return false;
  return VOWELS.has(c.normalize('NFD').charAt(0));
}

function hasVowel(s: string): boolean {
  for (const c of s) if (isVowel(c)) return true;
  return false;
}

/** Syllables of one lower-case word of letters only. May be 0 ("l", "qu"). */
function wordSyllables(word: string): number {
  let s = word
    .replace(/oe(?=[ui])/gu, 'œ') // oeuvre, oeil written without the ligature
    .replace(/qu/gu, 'k') // the u of qu is silent: qui, quoi, équipe
    .replace(/gu(?=[eéèêiîy])/gu, 'g'); // and so is the u of gu before e, i: guerre, guide (not aiguë, ambiguïté)

  // The mute ending: -ent of a verb, -es, -e, and the ë of aiguë.
  if (isMuteEnt(word) && hasVowel(s.slice(0, -3))) s = s.slice(0, -3);
  else if (s.endsWith('es') && hasVowel(s.slice(0, -2))) s = s.slice(0, -2);
  else if (s.endsWith('e') && hasVowel(s.slice(0, -1))) s = s.slice(0, -1);
  else if (s.endsWith('guë')) s = s.slice(0, -1);

  let count = 0;
  let i = 0;
  while (i < s.length) {
    if (!isVowel(s[i] ?? '')) {
      i++;
      continue;
    }
    count++;
    let j = i + 1;
    while (j < s.length && isVowel(s[j] ?? '') && !syllableBreak(s, j)) j++;
    i = j;
  }
  return count;
}

/** Whether a new syllable starts at `s[j]`, a vowel that follows the vowel `s[j - 1]`. */
function syllableBreak(s: string, j: number): boolean {
  const next = s[j] ?? '';
  const prev = s[j - 1] ?? '';
  const before = s[j - 2] ?? '';
  if (DIAERESIS.has(next)) return true; // naïf, Noël, mémoïser
  if (next === 'y' && isVowel(s[j + 1] ?? '')) return true; // pa-yer, mo-yen, es-sa-yer
  switch (prev) {
    case 'é':
      return true; // ré-us-si, cré-é, gé-o-gra-phie
    case 'i':
    case 'î':
      // After a vowel, i belongs to its diphthong (paiement); after a consonant
      // it is a glide (na-tion, pre-mier), except after a consonant + l or r (cli-ent).
      if (isVowel(before) || j < 2) return false;
      return (before === 'l' || before === 'r') && OBSTRUENTS.has(s[j - 3] ?? '');
    case 'u':
    case 'û':
      if (before === 'o' || before === 'ô') return 'aeéèêo'.includes(next); // jou-er, but oui
      if (before === 'a' || before === 'e' || before === 'œ') return false; // au, eau, eu, œu + vowel
      if (next === 'i' || next === 'î') return false; // lui, nuit, produit
      if (next === 'e' && s[j + 1] === 'i' && s[j + 2] === 'l') return false; // accueil, cueillir
      return true; // si-tu-a-tion, ac-tu-el, tu-é
    case 'o':
      if (next === 'o') return j === 2 && before === 'c'; // co-or-don-ner, but alcool
      return 'aeéèê'.includes(next); // o-a-sis, po-ème, co-ef-fi-cient
    case 'a':
      return 'oeéèê'.includes(next); // cha-os, a-é-rien; not ai, au (août is an exception)
    case 'e':
      return next === 'é' || next === 'è';
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Numbers, as they are read aloud

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

function unit(n: number): string {
  return UNITS[n] ?? '';
}

/** The French words of 0 < n < 100. */
function below100(n: number): string[] {
  if (n <= 16) return [unit(n)];
  if (n < 20) return ['dix', unit(n - 10)];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 7 || tens === 9) {
    const base = tens === 7 ? ['soixante'] : ['quatre', 'vingt'];
    return [...base, ...(n === 71 ? ['et'] : []), ...below100(10 + units)];
  }
  if (tens === 8) return units === 0 ? ['quatre', 'vingts'] : ['quatre', 'vingt', unit(units)];
  const word = TENS[tens] ?? '';
  if (units === 0) return [word];
  return units === 1 ? [word, 'et', 'un'] : [word, unit(units)];
}

/** The French words of 0 < n < 1000. */
function below1000(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words = hundreds === 0 ? [] : hundreds === 1 ? ['cent'] : [unit(hundreds), 'cent'];
  return rest === 0 ? words : [...words, ...below100(rest)];
}

/** The French words of an integer below 10¹². */
function integerWords(n: number): string[] {
  if (n === 0) return ['zéro'];
  const words: string[] = [];
  const scales: [number, string][] = [
    [1e9, 'milliard'],
    [1e6, 'million'],
    [1e3, 'mille'],
  ];
  let rest = n;
  for (const [size, name] of scales) {
    const count = Math.floor(rest / size);
    rest %= size;
    if (count === 0) continue;
    if (!(count === 1 && size === 1e3)) words.push(...below1000(count));
    words.push(name);
  }
  if (rest > 0) words.push(...below1000(rest));
  return words;
}

function digitsSyllables(digits: string): number {
  if (digits.length > 12 || (digits.length > 1 && digits.startsWith('0'))) {
    let sum = 0;
    for (const d of digits) sum += d === '0' ? 2 : 1; // zé-ro, un, deux… all one syllable
    return sum;
  }
  return integerWords(Number(digits)).reduce((sum, w) => sum + wordSyllables(w), 0);
}

/** "2022" = deux mille vingt-deux = 4; "3,5" = trois virgule cinq = 4. */
function numberSyllables(text: string): number {
  const [integer = '', decimals] = text.split(/[.,]/u);
  const syllables = digitsSyllables(integer);
  return decimals === undefined ? syllables : syllables + 2 + digitsSyllables(decimals);
}
