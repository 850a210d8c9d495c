import type { Block, BlockLink } from './document';

/** The well-formed links of a block, sorted, without overlaps (the block may come from outside: it is checked). */
export function linksOf(block: Block): BlockLink[] {
  const raw: unknown = block.links;
  if (!Array.isArray(raw)) return [];
  const links: BlockLink[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { range, url } = item as { range?: unknown; url?: unknown };
    if (typeof url !== 'string' || url.trim() === '' || typeof range !== 'object' || range === null) continue;
    const { start, end } = range as { start?: unknown; end?: unknown };
    if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
    const s = start as number;
    const e = end as number;
    if (s < 0 || e <= s || e > block.text.length) continue;
    links.push({ range: { start: s, end: e }, url: url.trim() });
  }
  links.sort((a, b) => a.range.start - b.range.start);
  // Each link is compared with the last one kept: [0,3) drops both [1,2) and [2,3).
  let end = 0;
  return links.filter((link) => {
    if (link.range.start < end) return false;
    end = link.range.end;
    return true;
  });
}
