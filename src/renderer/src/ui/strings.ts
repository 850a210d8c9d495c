/**
 * The UI's words, in one place. English for now; the French UI and the
 * language setting come with the editor issue, which will add `fr` here.
 */
export const strings = {
  appName: 'Porte-voix',
  untitled: 'Untitled',
  unsaved: 'Unsaved changes',
  saved: 'Saved',
  document: 'Document',
  placeholder: 'Write your post or article here. Markdown shortcuts work: # heading, - list, > quote.',
  formatting: 'Formatting',
  undo: 'Undo',
  redo: 'Redo',
  blockType: 'Block type',
  paragraph: 'Paragraph',
  heading1: 'Heading 1',
  heading2: 'Heading 2',
  heading3: 'Heading 3',
  quote: 'Quote',
  bold: 'Bold',
  italic: 'Italic',
  link: 'Link',
  linkAddress: 'Link address',
  linkInvalid: 'Enter a web address (https://…) or an e-mail address.',
  apply: 'Apply',
  cancel: 'Cancel',
  bulletList: 'Bulleted list',
  numberedList: 'Numbered list',
  open: 'Open…',
  save: 'Save',
  saveAs: 'Save as…',
  theme: 'Theme',
  themeSystem: 'System theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  dismiss: 'Dismiss',
  statistics: 'Document statistics',
  language: 'Language',
  languageNames: { en: 'English', fr: 'French' },
  words: 'Words',
  characters: 'Characters',
  readingTime: 'Reading time',
  readingEase: 'Flesch reading ease',
  gradeLevel: 'Flesch–Kincaid grade',
  readingEaseShort: 'Reading ease',
  gradeLevelShort: 'Grade',
  kandelMoles: 'Kandel–Moles',
  lix: 'LIX',
  findings: 'Findings',
  severityCount: (severity: 'error' | 'warning' | 'suggestion', n: number) => `${n} ${severity}${n === 1 ? '' : 's'}`,
  findingsDetail: (c: { error: number; warning: number; suggestion: number }) =>
    `${c.error} ${c.error === 1 ? 'error' : 'errors'} · ${c.warning} ${c.warning === 1 ? 'warning' : 'warnings'} · ${c.suggestion} ${c.suggestion === 1 ? 'suggestion' : 'suggestions'}`,
  computing: 'Updating figures…',
  statsFailed: 'The figures could not be updated',
  minutes: (n: number) => (n === 0 ? '0 min' : n === 1 ? '1 min' : `${n} min`),
  bands: {
    'very easy': 'very easy',
    easy: 'easy',
    'fairly easy': 'fairly easy',
    standard: 'plain language',
    'fairly difficult': 'fairly difficult',
    difficult: 'difficult',
    'very difficult': 'very difficult',
  },
  grade: (g: number) => (g < 1 ? 'below grade 1' : `grade ${Math.round(g)}`),
  rulePacks: 'Rule packs',
  rulePacksButton: (packs: number, problems: number) =>
    problems === 0
      ? `${packs} rule ${packs === 1 ? 'pack' : 'packs'}`
      : `${packs} rule ${packs === 1 ? 'pack' : 'packs'}, ${problems} ${problems === 1 ? 'problem' : 'problems'}`,
  rulePacksIntro: (folder: string) =>
    `Bundled packs come with Porte-voix. Your own packs are Vale styles (one folder of YAML rules per pack) in ${folder}; restart Porte-voix after changing them.`,
  packName: 'Pack',
  packVersion: 'Version',
  packOrigin: 'Origin',
  packRules: 'Rules',
  packOrigins: { bundled: 'bundled', user: 'yours' },
  packProblems: 'Problems',
  packProblemsNone: 'Every rule loaded.',
  packNotices: 'Notices',
  packsLoadFailed: 'The rule packs could not be loaded',
  close: 'Close',
} as const;

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod+Shift+Z" as the user's keyboard names it: Ctrl+Shift+Z, or ⌘⇧Z on a Mac. */
export function shortcut(keys: string): string {
  if (!isMac) return keys.replace('Mod', 'Ctrl');
  return keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
