import { isAllowedLink } from './links';

/** Elements whose content is never text a writer pasted: dropped whole. */
const DROPPED =
  'script,style,noscript,template,iframe,frame,frameset,object,embed,applet,portal,svg,math,img,picture,video,audio,source,track,canvas,map,link,meta,base,form,input,button,select,textarea,option,head,title';

/** Attributes Lexical reads to keep formatting; every other attribute (on*, src, srcset, id, ...) goes. */
const KEPT_ATTRIBUTES = new Set([
  'href',
  'title',
  'style',
  'colspan',
  'rowspan',
  'start',
  'value',
  'type',
  'dir',
  'lang',
]);

/**
 * Parses pasted HTML in an inert document and removes everything that could
 * run, load or track: scripts, embedded content, event handlers, URLs other
 * than http(s)/mailto links, and styles that reference URLs. What is left is
 * text with its structure and emphasis.
 */
export function sanitizePastedHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(doc.body.querySelectorAll(DROPPED))) {
    // Keep words apart where an inline element stood between them.
    element.replaceWith(doc.createTextNode(' '));
  }
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const keep =
        KEPT_ATTRIBUTES.has(name) &&
        (name !== 'href' || (element.tagName === 'A' && isAllowedLink(attribute.value))) &&
        (name !== 'style' || !/url\s*\(|expression\s*\(|@import/i.test(attribute.value));
      if (!keep) element.removeAttribute(attribute.name);
    }
    if (element.tagName === 'A' && !element.hasAttribute('href'))
      element.replaceWith(...Array.from(element.childNodes));
  }
  return doc;
}
