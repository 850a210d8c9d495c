/**
 * Finding URLs in a post the way the networks' counters find them.
 *
 * The patterns follow twitter-text v3's URL extraction (which Mastodon's
 * server reuses, protocol required): a URL starts after the start of the text
 * or after a character other than a letter or digit of ASCII, `@`, `$`, `#`
 * (and their full-width forms); it is `http://` or `https://` (any case), a
 * domain, an optional port, an optional path that does not end with
 * punctuation (`/foo.` leaves the period out; balanced parentheses are kept,
 * as in Wikipedia URLs) and an optional query. Path characters are ASCII
 * letters and digits, Latin accented and Cyrillic letters and URL punctuation,
 * so text in other scripts right after a URL is not part of it.
 *
 * Interpretations (twitter-text ships lists of ~1,500 TLDs; this module does
 * not):
 * - with a protocol, any top-level domain of 2 to 63 ASCII letters, a
 *   punycode `xn--…` label or a run of non-ASCII letters is accepted;
 * - without a protocol (X only), a domain is a URL when it starts with `www.`
 *   (any TLD of letters) or ends with a country-code TLD or one of the common
 *   generic TLDs listed in `GENERIC_TLDS`; as in twitter-text, a bare
 *   `name.cc` (one label and a country-code TLD, no path) is not a URL except
 *   `t.co`, a domain right after `-`, `_`, `.` or `/` is not one, and without a
 *   path the port and query are not part of the URL.
 */

/** A URL found in a text: UTF-16 offsets, `start` inclusive, `end` exclusive. */
export interface UrlMatch {
  start: number;
  end: number;
}

/** Options of `findUrls`. */
export interface FindUrlsOptions {
  /** Also find domains without `http(s)://` (`www.example.com`, `example.com/path`), as X does. Default false. */
  withoutProtocol?: boolean;
}

const LATIN_ACCENTS =
  '\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF\\u0100-\\u024F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B' +
  '\\u0263\\u0268\\u026F\\u0272\\u0289\\u028B\\u02BB\\u1E00-\\u1EFF';
/** Combining diacritics, which twitter-text counts among the Latin accents; first in a class, so no lint sees them combine. */
const DIACRITICS = '\\u0300-\\u036F';
const CYRILLIC = '\\u0400-\\u04FF';
const PUNCT = "!'#%&()*+,\\-./:;<=>?@\\[\\]^_{|}~$\\\\";
const SPACES = '\\t-\\r \\u0085\\u00A0\\u1680\\u180E\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const INVALID = '\\uFFFE\\uFEFF\\uFFFF\\u202A-\\u202E';

const DOMAIN_CHAR = `[^${PUNCT}${SPACES}${INVALID}]`;
const SUBDOMAIN = `(?:(?:${DOMAIN_CHAR}(?:[_\\-]|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\\.)`;
const DOMAIN_NAME = `(?:(?:${DOMAIN_CHAR}(?:-|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\\.)`;
const TLD_END = '(?=[^0-9a-z@]|$)';
const PUNYCODE = 'xn--[\\-0-9a-z]+';
const NON_ASCII_TLD = '[^\\p{ASCII}\\P{L}](?:[^\\p{ASCII}\\P{L}]|\\p{M})+';
const ANY_TLD = `(?:[a-z]{2,63}${TLD_END}|${PUNYCODE}|${NON_ASCII_TLD}${TLD_END})`;

const PATH_CHAR = `[${DIACRITICS}a-z${CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\\u2013_~@|&${LATIN_ACCENTS}]`;
const BALANCED_PARENS = `\\((?:${PATH_CHAR}+|${PATH_CHAR}*\\(${PATH_CHAR}+\\)${PATH_CHAR}*)\\)`;
const PATH_END = `(?:[${DIACRITICS}+\\-a-z${CYRILLIC}0-9=_#/${LATIN_ACCENTS}]|${BALANCED_PARENS})`;
const PATH = `(?:${PATH_CHAR}*(?:${BALANCED_PARENS}${PATH_CHAR}*)*${PATH_END}|@${PATH_CHAR}+/)`;
const QUERY = "\\?[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]*[a-z0-9\\-_&=#/]";

/** Country-code TLDs (ASCII), as in twitter-text. */
const COUNTRY_TLDS =
  'ac ad ae af ag ai al am an ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv ' +
  'bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et eu ' +
  'fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in ' +
  'io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf ' +
  'mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph ' +
  'pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy ' +
  'sz tc td tf tg th tj tk tl tm tn to tp tr tt tv tw tz ua ug uk um us uy uz va vc ve vg vi vn vu wf ws ye yt ' +
  'za zm zw';

/**
 * Generic TLDs recognised without a protocol: the historical ones and the new
 * ones most seen in posts (a subset of twitter-text's list).
 */
export const GENERIC_TLDS: readonly string[] = (
  'academy agency app art asia biz blog business cafe careers cat center cloud club codes com community company ' +
  'consulting coop design dev digital eco edu email events expert finance fun gmbh gov group guide health info ' +
  'int jobs live llc ltd marketing media mil mobi museum name net network news ngo one online org page paris ' +
  'partners photo photography press pro site social software solutions space store studio systems team tech ' +
  'tel today tools travel tv video vip website wiki work works world xyz'
).split(' ');

const KNOWN_TLD = `(?:${[...GENERIC_TLDS, ...COUNTRY_TLDS.split(' ')].join('|')})`;
const LABEL_CHAR = `[${DIACRITICS}a-z0-9${LATIN_ACCENTS}]`;
const LABEL = `${LABEL_CHAR}(?:[${DIACRITICS}\\-a-z0-9${LATIN_ACCENTS}]*${LABEL_CHAR})?`;
const BARE_DOMAIN = `(?:www\\.(?:${LABEL}\\.)*[a-z]{2,63}|(?:${LABEL}\\.)+(?:${KNOWN_TLD}|${PUNYCODE}))${TLD_END}`;

/** Not before a URL: ASCII letters and digits, `@`, `$`, `#` (also full-width), U+FFFE, U+FEFF, U+FFFF. */
const NOT_BEFORE = 'A-Za-z0-9@\\uFF20$#\\uFF03\\uFFFE\\uFEFF\\uFFFF';

const WITH_PROTOCOL = new RegExp(
  `(?<=^|[^${NOT_BEFORE}])` +
    `https?:\\/\\/${SUBDOMAIN}*${DOMAIN_NAME}${ANY_TLD}(?::[0-9]+)?(?:\\/${PATH}*)?(?:${QUERY})?`,
  'giu',
);

const WITHOUT_PROTOCOL = new RegExp(
  `(?<=^|[^${NOT_BEFORE}\\-_./${DIACRITICS}${LATIN_ACCENTS}])(${BARE_DOMAIN})(?::[0-9]+)?(\\/${PATH}*)?(?:${QUERY})?`,
  'giu',
);

/** One label and a country-code TLD: not a URL without a path (`example.fr`), except `t.co`. */
const SHORT_COUNTRY_DOMAIN = new RegExp(`^${LABEL}\\.(?:${COUNTRY_TLDS.split(' ').join('|')})$`, 'iu');

/**
 * The URLs in `text`, sorted and non-overlapping. Only `http://` and
 * `https://` URLs unless `withoutProtocol` (see the module comment).
 */
export function findUrls(text: string, options?: FindUrlsOptions): UrlMatch[] {
  const urls: UrlMatch[] = [];
  for (const match of text.matchAll(WITH_PROTOCOL)) {
    urls.push({ start: match.index, end: match.index + match[0].length });
  }
  if (options?.withoutProtocol !== true) return urls;
  const bare: UrlMatch[] = [];
  for (const match of text.matchAll(WITHOUT_PROTOCOL)) {
    const domain = match[1] ?? '';
    const path = match[2];
    if (path === undefined && domain.toLowerCase() !== 't.co' && SHORT_COUNTRY_DOMAIN.test(domain)) continue;
    const end = match.index + (path === undefined ? domain.length : match[0].length);
    const url = { start: match.index, end };
    if (!urls.some((u) => u.start < url.end && url.start < u.end)) bare.push(url);
  }
  return [...urls, ...bare].sort((a, b) => a.start - b.start);
}
