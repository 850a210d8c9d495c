/**
 * The words of the pre-publish gate, in English and French. French typography: a no-break space (U+00A0) before
 * « : ; ! ? » and inside « ».
 */
import type { GateAction } from './publish-gate';

export interface GateStrings {
  /** The dialog's name. */
  title: Record<GateAction, string>;
  intro: (errors: number, action: GateAction) => string;
  more: (n: number) => string;
  record: (packs: string) => string;
  noPacks: string;
  reason: string;
  reasonPlaceholder: string;
  reasonMissing: string;
  confirm: Record<GateAction, string>;
  cancel: string;
  recordFailed: (detail: string) => string;
  keys: (shortcut: string) => string;
}

const en: GateStrings = {
  title: { copy: 'Copy despite errors?', publish: 'Publish despite errors?' },
  intro: (n, action) =>
    `The document has ${n} ${n === 1 ? 'error' : 'errors'}. Fix ${n === 1 ? 'it' : 'them'} first, or say why you ` +
    `${action === 'copy' ? 'copy' : 'publish'} it anyway.`,
  more: (n) => `and ${n} more`,
  record: (packs) =>
    'Your reason is recorded in the document’s front matter (porte-voix: overrides) with the date, the number of ' +
    `errors and the rule packs that checked it: ${packs}.`,
  noPacks: 'none',
  reason: 'Why go on anyway?',
  reasonPlaceholder: 'For example: Legal approved this claim on 27 November.',
  reasonMissing: 'Write the reason first: it is recorded with the document.',
  confirm: { copy: 'Copy anyway', publish: 'Publish anyway' },
  cancel: 'Cancel',
  recordFailed: (detail) => `The reason could not be recorded, so nothing was done. ${detail}`,
  keys: (keys) => `${keys} confirms`,
};

const fr: GateStrings = {
  title: { copy: 'Copier malgré les erreurs\u00a0?', publish: 'Publier malgré les erreurs\u00a0?' },
  intro: (n, action) =>
    `Le document contient ${n} ${n === 1 ? 'erreur' : 'erreurs'}. Corrigez-${n === 1 ? 'la' : 'les'} d’abord, ou dites ` +
    `pourquoi vous le ${action === 'copy' ? 'copiez' : 'publiez'} quand même.`,
  more: (n) => `et ${n} de plus`,
  record: (packs) =>
    'Votre raison est notée dans l’en-tête du document (porte-voix: overrides) avec la date, le nombre d’erreurs ' +
    `et les packs de règles qui l’ont vérifié\u00a0: ${packs}.`,
  noPacks: 'aucun',
  reason: 'Pourquoi continuer quand même\u00a0?',
  reasonPlaceholder: 'Par exemple\u00a0: le service juridique a validé cette affirmation le 27 novembre.',
  reasonMissing: 'Écrivez d’abord la raison\u00a0: elle est notée avec le document.',
  confirm: { copy: 'Copier quand même', publish: 'Publier quand même' },
  cancel: 'Annuler',
  recordFailed: (detail) => `La raison n’a pas pu être notée, rien n’a donc été fait. ${detail}`,
  keys: (keys) => `${keys} confirme`,
};

export const GATE_STRINGS = { en, fr };
