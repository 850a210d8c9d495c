import type { RulePackSource } from '../../../core/rules/rule-packs';

/** The rule packs shipped in rules/ (one folder per pack), read at build time. */
const FILES = import.meta.glob<string>('../../../../rules/*/*.{yml,yaml}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Bundled packs, with the app's version: they change with the app. */
export function bundledPacks(version: string): RulePackSource[] {
  const packs = new Map<string, RulePackSource>();
  for (const [path, text] of Object.entries(FILES)) {
    const [pack, file] = path.split('/').slice(-2);
    if (pack === undefined || file === undefined) continue;
    let source = packs.get(pack);
    if (!source) {
      source = { name: pack, version, files: [] };
      packs.set(pack, source);
    }
    source.files.push({ file: `${pack}/${file}`, text });
  }
  return [...packs.values()].sort((a, b) => a.name.localeCompare(b.name));
}
