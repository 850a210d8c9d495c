// How soon a speller answers, and at what memory cost, in a fresh process:
// the compact speller (src/cli/dictionaries.ts) against stock nspell, for
// English and French. `npx tsx bench/speller-ready.ts` prints one JSON line.
//
// Each measurement runs this file again as a child (`... speller-ready.ts
// compact fr`): its clock starts at the top of the child script, before the
// speller's modules are imported.
const start = performance.now();

type Kind = 'compact' | 'nspell';
type Language = 'en' | 'fr';

interface Measure {
  /** From the top of the child script to the first correct() answer. */
  readyMs: number;
  /** From the start of the child process (Node and tsx starting included). */
  readySinceProcessStartMs: number;
  rssMb: number;
  /** correct() over the corpus words in text order: once, then 10 more times. */
  nsPerCorrectFirstPass: number;
  nsPerCorrectWarm: number;
  corpusTokens: number;
}

const RUNS = 3;
const corpus = new URL('../../shared/corpus/', import.meta.url);

async function measure(kind: Kind, language: Language): Promise<Measure> {
  let correct: (word: string) => boolean;
  if (kind === 'compact') {
    const { loadSpeller } = await import('../src/cli/dictionaries');
    const speller = await loadSpeller(language);
    correct = (word) => speller.correct(word);
  } else {
    const { readFileSync } = await import('node:fs');
    const { default: nspell } = await import('nspell');
    const folder = new URL(`../node_modules/dictionary-${language}/`, import.meta.url);
    const speller = nspell(readFileSync(new URL('index.aff', folder)), readFileSync(new URL('index.dic', folder)));
    correct = (word) => speller.correct(word);
  }
  correct(language === 'en' ? 'hello' : 'bonjour');
  const ready = performance.now();
  const rssMb = process.memoryUsage().rss / 2 ** 20;

  const { readdirSync, readFileSync } = await import('node:fs');
  const tokens: string[] = [];
  for (const file of readdirSync(corpus).filter((name) => name.startsWith(`${language}-`))) {
    const text = readFileSync(new URL(file, corpus), 'utf8');
    for (const segment of new Intl.Segmenter(language, { granularity: 'word' }).segment(text)) {
      if (segment.isWordLike) tokens.push(segment.segment);
    }
  }
  const time = (passes: number): number => {
    const begin = performance.now();
    for (let pass = 0; pass < passes; pass += 1) for (const token of tokens) correct(token);
    return ((performance.now() - begin) * 1e6) / (passes * tokens.length);
  };
  const nsPerCorrectFirstPass = time(1);
  const nsPerCorrectWarm = time(10);
  return {
    readyMs: ready - start,
    readySinceProcessStartMs: ready,
    rssMb,
    nsPerCorrectFirstPass,
    nsPerCorrectWarm,
    corpusTokens: tokens.length,
  };
}

async function child(kind: Kind, language: Language): Promise<Measure> {
  const { spawn } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const file = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const childProcess = spawn(process.execPath, ['--import', 'tsx', file, kind, language], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    childProcess.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    childProcess.on('error', reject);
    childProcess.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(output) as Measure);
      else reject(new Error(`${kind} ${language} exited with ${code}`));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const [kind, language] = process.argv.slice(2);
  if (kind === 'compact' || kind === 'nspell') {
    if (language !== 'en' && language !== 'fr') throw new Error('Language: en or fr');
    process.stdout.write(JSON.stringify(await measure(kind, language)));
    return;
  }
  // Compile beforehand, so that the children measure loading only.
  const { compileDictionaries } = await import('../scripts/compile-dictionaries.mjs');
  await compileDictionaries();
  const result: Record<string, Record<string, number>> = {};
  for (const which of ['compact', 'nspell'] as const) {
    for (const lang of ['en', 'fr'] as const) {
      const runs: Measure[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await child(which, lang));
      const summary: Record<string, number> = { runs: RUNS };
      for (const key of Object.keys(runs[0] ?? {}) as (keyof Measure)[]) {
        summary[key] = Math.round(median(runs.map((measured) => measured[key])) * 10) / 10;
      }
      result[`${which}-${lang}`] = summary;
    }
  }
  console.log(JSON.stringify(result));
}

await main();
