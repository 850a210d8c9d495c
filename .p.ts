import { mkdtempSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChecker, loadConfig } from './src/cli/check';
import { splitForVale } from './src/core/rules/vale-text';
const sp = mkdtempSync(join(tmpdir(), 'pvb-'));
for (const s of ['Microsoft', 'Google', 'proselint', 'write-good']) symlinkSync(`/work/shared/peers/vale-suite/styles/${s}/${s}`, join(sp, s));
const styles = process.argv[2] ?? 'Microsoft, Google, proselint, write-good';
writeFileSync(join(sp, '.vale.ini'), `StylesPath = ${sp}\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = ${styles}\n`);
const config = loadConfig({ config: join(sp, '.vale.ini') }, { cwd: sp });
const text = readFileSync('../shared/corpus/en-long-10016w.txt', 'utf8');
let t = performance.now(); splitForVale(text, 'markdown'); console.log('split', Math.round(performance.now() - t));
const checker = await createChecker(config, { stderr: () => {} });
for (let i = 0; i < 2; i++) { t = performance.now(); const a = checker.lint({ path: 'x.md', relativePath: 'x.md', source: text, format: 'markdown' }, 'suggestion'); console.log(styles, Math.round(performance.now() - t), 'ms', a.length); }
