/**
 * `npm run bench`: the engine's speed and memory on the real texts of
 * ../shared/corpus, next to the stock retext pipeline, all in one run (these
 * machines are shared: compare figures from the same run). The last line is
 * one JSON object with the medians.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextIntensify from 'retext-intensify';
import retextLatin from 'retext-latin';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextRepeatedWords from 'retext-repeated-words';
import retextSimplify from 'retext-simplify';
import retextSpell from 'retext-spell';
import { createChecker, loadConfig } from '../src/cli/check';
import { loadSpeller } from '../src/cli/dictionaries';
import type { PvDocument } from '../src/core/document/document';
import { Engine } from '../src/core/engine/engine';
import { corpusDocument, corpusText, median, percentile, round } from './corpus';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const KEYSTROKES = Number(process.env['BENCH_KEYSTROKES'] ?? 60);

function dictionary(language: 'en' | 'fr'): { aff: Buffer; dic: Buffer } {
  const dir = fileURLToPath(new URL(`../node_modules/dictionary-${language}/`, import.meta.url));
  return { aff: readFileSync(`${dir}index.aff`), dic: readFileSync(`${dir}index.dic`) };
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function log(name: string, value: number, unit = 'ms'): void {
  console.log(`${name.padEnd(28)} ${round(value)} ${unit}`);
}

const enLong = corpusText('en-long-10016w.txt');
const frArticle = corpusText('fr-article-1614w.txt');
const enDocument = corpusDocument('en-long-10016w.txt');
const frDocument = corpusDocument('fr-article-1614w.txt');
const spellers = { en: await loadSpeller('en'), fr: await loadSpeller('fr') };

function freshEngine(): Engine {
  const engine = new Engine();
  engine.setSpeller('en', spellers.en);
  engine.setSpeller('fr', spellers.fr);
  return engine;
}

// Stock pipelines, built once (warm): the best case for them.
const stockEn = retext()
  .use(retextEnglish)
  .use(retextReadability)
  .use(retextPassive)
  .use(retextSimplify)
  .use(retextEquality)
  .use(retextRepeatedWords)
  .use(retextIndefiniteArticle)
  .use(retextIntensify)
  .use(retextSpell, { dictionary: dictionary('en') })
  .freeze();
const stockFr = retext()
  .use(retextLatin)
  .use(retextSpell, { dictionary: dictionary('fr') })
  .freeze();

const figures: Record<string, number> = {};
const fullEn: number[] = [];
const stockEnTimes: number[] = [];
const fullFr: number[] = [];
const stockFrTimes: number[] = [];
// Warm-up, then alternate ours and stock so both see the same machine load.
freshEngine().check(enDocument);
await stockEn.process(enLong);
for (let i = 0; i < RUNS; i++) {
  fullEn.push(time(() => freshEngine().check(enDocument, { language: 'en' })));
  stockEnTimes.push(await timeAsync(() => stockEn.process(enLong)));
  fullFr.push(time(() => freshEngine().check(frDocument, { language: 'fr' })));
  stockFrTimes.push(await timeAsync(() => stockFr.process(frArticle)));
}
figures['full_en_10k_ms'] = median(fullEn);
figures['stock_en_10k_ms'] = median(stockEnTimes);
figures['full_fr_1600_ms'] = median(fullFr);
figures['stock_fr_1600_ms'] = median(stockFrTimes);

// A one-word edit in a middle paragraph, until up-to-date diagnostics for the whole document exist.
const engine = freshEngine();
engine.check(enDocument, { language: 'en' });
const middle = Math.floor(enDocument.blocks.length / 2);
const keystrokes: number[] = [];
let document: PvDocument = enDocument;
for (let i = 0; i < KEYSTROKES; i++) {
  const blocks = document.blocks.slice();
  const block = blocks[middle];
  if (!block) throw new Error('the corpus document has no middle block');
  blocks[middle] = { ...block, text: `${block.text} word${i}` };
  document = { ...document, blocks };
  keystrokes.push(
    time(() => {
      const result = engine.check(document, { language: 'en' });
      if (result.checkedBlocks !== 1) throw new Error(`an edit re-checked ${result.checkedBlocks} blocks`);
    }),
  );
}
figures['keystroke_en_10k_p95_ms'] = percentile(keystrokes, 95);
figures['keystroke_en_10k_median_ms'] = median(keystrokes);

// Fresh processes: imports and dictionaries until the first check can run.
function ready(language: 'en' | 'fr'): { readyMs: number; rssMb: number } {
  const child = fileURLToPath(new URL('./ready-child.ts', import.meta.url));
  const runs = [0, 1, 2].map(() => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, language], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { readyMs: number; rssMb: number };
  });
  return { readyMs: median(runs.map((r) => r.readyMs)), rssMb: median(runs.map((r) => r.rssMb)) };
}
const readyEn = ready('en');
const readyFr = ready('fr');
figures['ready_en_ms'] = readyEn.readyMs;
figures['ready_en_rss_mb'] = readyEn.rssMb;
figures['ready_fr_ms'] = readyFr.readyMs;
figures['ready_fr_rss_mb'] = readyFr.rssMb;

// porte-voix check, in process: four public Vale styles and PorteVoix on the 10,016-word text.
const stylesPath = mkdtempSync(join(tmpdir(), 'pv-bench-styles-'));
const suiteStyles = fileURLToPath(new URL('../../shared/peers/vale-suite/styles/', import.meta.url));
for (const style of ['Microsoft', 'Google', 'proselint', 'write-good'])
  symlinkSync(join(suiteStyles, style, style), join(stylesPath, style));
writeFileSync(
  join(stylesPath, '.vale.ini'),
  `StylesPath = ${stylesPath}\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Microsoft, Google, proselint, write-good, PorteVoix\n`,
);
const config = loadConfig({ config: join(stylesPath, '.vale.ini'), noGlobal: true }, { cwd: stylesPath });
const words = enLong.split(/\s+/u).filter(Boolean).length;
const cliRuns: number[] = [];
let alertCount = 0;
// One checker, as in a run over a folder: its patterns are compiled and warmed by a first file. Each timed
// run checks a new document (every paragraph changed), so nothing comes from the engine's cache.
const checker = await createChecker(config, { stderr: () => undefined });
const lintVariant = (run: number): number =>
  checker.lint(
    {
      path: 'en-long.md',
      relativePath: 'en-long.md',
      source: enLong.replace(/^(?=\S)/gmu, `Run ${run}: `),
      format: 'markdown',
    },
    'suggestion',
  ).length;
lintVariant(0);
for (let i = 1; i <= RUNS; i++) cliRuns.push(time(() => (alertCount = lintVariant(i))));
figures['cli_styles_words_per_s'] = words / (median(cliRuns) / 1000);
console.log(`porte-voix check: ${alertCount} alerts on ${words} words`);

for (const [name, value] of Object.entries(figures)) {
  log(name, value, name.endsWith('_mb') ? 'MB' : name.endsWith('_per_s') ? 'words/s' : 'ms');
}
console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v)]))));
