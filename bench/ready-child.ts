/**
 * Run in a fresh process by bench/engine.bench.ts: the time from the start of
 * this process's work to the first complete check of a short text, imports and
 * dictionary included, and the memory at that point. Prints one JSON line.
 */
export {};

const started = performance.now();
const language = process.argv[2] === 'fr' ? 'fr' : 'en';
const { Engine } = await import('../src/core/engine/engine');
const { loadSpeller } = await import('../src/cli/dictionaries');
const engine = new Engine();
engine.setSpeller(language, await loadSpeller(language));
const text =
  language === 'fr'
    ? 'React 18 a pris des années, mais il était porteur de précieuses leçons pour l’équipe React.'
    : 'Rust’s development in 2017 fit into a single overarching theme: increasing productivity.';
const result = engine.check({ title: '', blocks: [{ id: 'b1', kind: 'paragraph', text }] }, { language });
const readyMs = performance.now() - started;
if (result.blockLanguages['b1'] !== language) throw new Error('the first check did not run');
console.log(JSON.stringify({ readyMs, rssMb: process.memoryUsage().rss / 1024 / 1024 }));
