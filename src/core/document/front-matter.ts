/** YAML front matter at the very start of a Markdown file, between `---` lines. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The front matter (its YAML, without the fences) and the Markdown after it. */
export function splitFrontMatter(markdown: string): { frontMatter?: string; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { body: markdown };
  return { frontMatter: match[1] ?? '', body: markdown.slice(match[0].length).replace(/^\r?\n/, '') };
}

/** Markdown with its front matter fenced at the start (none when the YAML is empty). */
export function joinFrontMatter(frontMatter: string | undefined, body: string): string {
  const yaml = (frontMatter ?? '').replace(/\s+$/, '');
  return yaml === '' ? body : `---\n${yaml}\n---\n\n${body}`;
}
