import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the document's elements; styled in styles.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'pv-paragraph',
  heading: { h1: 'pv-h1', h2: 'pv-h2', h3: 'pv-h3', h4: 'pv-h4', h5: 'pv-h5', h6: 'pv-h6' },
  quote: 'pv-quote',
  list: { ul: 'pv-ul', ol: 'pv-ol', listitem: 'pv-li', nested: { listitem: 'pv-li-nested' } },
  link: 'pv-link',
  hr: 'pv-hr',
  code: 'pv-code-block',
  text: {
    bold: 'pv-bold',
    italic: 'pv-italic',
    underline: 'pv-underline',
    code: 'pv-code',
    strikethrough: 'pv-strike',
  },
};
