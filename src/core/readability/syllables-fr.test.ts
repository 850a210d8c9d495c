import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchSyllables, isMuteEnt } from './syllables-fr';

const corpus = readFileSync(new URL('../../../../shared/corpus/fr-article-1614w.txt', import.meta.url), 'utf8');

/**
 * Words of fr-article-1614w.txt, spelled as there (with its straight
 * apostrophe), and their syllables counted by hand in careful spoken French:
 * final mute e, -es and the -ent of verbs are not counted, an e inside a word
 * is ("maintenant" = 3), u before a vowel other than i is a syllable of its
 * own ("visuels" = 3), i before a vowel after a single consonant is not
 * ("premier" = 2). The comment shows the split where it is not obvious;
 * silent endings are in brackets.
 *
 * The first version of the counter got 261 of these 263 right (99.2 %): it
 * took "bloquent" for "éloquent" and "aident" for "accident"; both were fixed
 * in the -ent rules, no exception was needed.
 */
const CORPUS_WORDS: [string, number][] = [
  // verbs in -ent, -aient (the -ent is mute)
  ['permettent', 2], // per-met(tent)
  ['pourraient', 2], // pour-r(aient)
  ['occupent', 2], // oc-cu(pent)
  ['bloquent', 1], // blo(quent)
  ['accompagnent', 3], // ac-com-pa(gnent)
  ['peuvent', 1], // peu(vent)
  ['reposent', 2], // re-po(sent)
  ['préchargent', 2], // pré-char(gent)
  ['précalculent', 3], // pré-cal-cu(lent)
  ['planifient', 3], // pla-ni-fi(ent)
  ['aident', 1], // ai(dent)
  ['préfèreraient', 4], // pré-fè-re-r(aient)
  ['veulent', 1], // veu(lent)
  ['réduisaient', 3], // ré-dui-s(aient)
  ['pouvaient', 2], // pou-v(aient)
  // -ent that is spoken: nouns, adjectives, adverbs in -ment
  ['moment', 2], // mo-ment
  ['comment', 2], // com-ment
  ['souvent', 2], // sou-vent
  ['précédent', 3], // pré-cé-dent
  ["l'équivalent", 4], // l’é-qui-va-lent
  ['généralement', 5], // gé-né-ra-le-ment
  ['clairement', 3], // clai-re-ment
  ['régulièrement', 5], // ré-gu-liè-re-ment
  ['notamment', 3], // no-tam-ment
  ['également', 4], // é-ga-le-ment
  ['récemment', 3], // ré-cem-ment
  ['automatiquement', 6], // au-to-ma-ti-que-ment
  ['directement', 4], // di-rec-te-ment
  ['exactement', 4], // e-xac-te-ment
  ['actuellement', 5], // ac-tu-el-le-ment
  ['finalement', 4], // fi-na-le-ment
  ['visuellement', 5], // vi-su-el-le-ment
  ["l'aboutissement", 5], // l’a-bou-tis-se-ment
  ['chargement', 3], // char-ge-ment
  ['développement', 5], // dé-ve-lop-pe-ment
  ['fonctionnement', 4], // fonc-tion-ne-ment
  ['défilement', 4], // dé-fi-le-ment
  ['enseignements', 4], // en-sei-gne-ments
  ['environnements', 5], // en-vi-ron-ne-ments
  ['concurrents', 3], // con-cur-rents
  // elisions (the elided part counts with its word) and hyphenated words
  ["l'équipe", 2], // l’é-qui(pe)
  ["c'est", 1], // c’est
  ["qu'il", 1], // qu’il
  ["d'attendre", 2], // d’at-ten(dre)
  ["s'agit", 2], // s’a-git
  ["jusqu'ici", 3], // jus-qu’i-ci
  ["l'idée", 2], // l’i-dée
  ["l'approche", 2], // l’ap-pro(che)
  ["d'annotations", 4], // d’an-no-ta-tions
  ["D'ici", 2], // d’i-ci
  ["l'écosystème", 4], // l’é-co-sys-tè(me)
  ["l'heure", 1], // l’heu(re)
  ['pré-chargées', 3], // pré-char-gé(es)
  ["s'avérer", 3], // s’a-vé-rer
  ["d'ajouter", 3], // d’a-jou-ter
  ["l'affichage", 3], // l’af-fi-cha(ge)
  ["l'effet", 2], // l’ef-fet
  ["l'apparition", 4], // l’ap-pa-ri-tion
  ["d'éléments", 3], // d’é-lé-ments
  ["d'améliorer", 4], // d’a-mé-lio-rer
  ["l'essentiel", 3], // l’es-sen-tiel
  ["l'intégralité", 5], // l’in-té-gra-li-té
  ["d'appels", 2], // d’ap-pels
  ['au-delà', 3], // au-de-là
  ["l'objectif", 3], // l’ob-jec-tif
  ["l'essayer", 3], // l’es-sa-yer
  ['lui-même', 2], // lui-mê(me)
  ['Hors-écran', 3], // hors-é-cran
  ["Aujourd'hui", 3], // au-jour-d’hui
  ["l'arbre", 1], // l’ar(bre)
  ["l'état", 2], // l’é-tat
  ['arrière-plan', 3], // ar-riè(re)-plan
  ["d'origine", 3], // d’o-ri-gi(ne)
  ["c'était", 2], // c’é-tait
  ["s'appelle", 2], // s’ap-pel(le)
  ["l'implémentation", 5], // l’im-plé-men-ta-tion
  // ç, ï and other accented letters
  ['leçons', 2], // le-çons
  ['Ça', 1], // ça
  ['façons', 2], // fa-çons
  ['aperçu', 3], // a-per-çu
  ['mémoïser', 4], // mé-mo-ï-ser
  ['mémoïsation', 5], // mé-mo-ï-sa-tion
  ['À', 1], // à
  ['déjà', 2], // dé-jà
  ['côté', 2], // cô-té
  ['bâtir', 2], // bâ-tir
  ['boîtes', 1], // boî(tes)
  ['maîtriser', 3], // maî-tri-ser
  ['coût', 1], // coût
  ['Évitons', 3], // é-vi-tons
  ['concrète', 2], // con-crè(te)
  ['génère', 2], // gé-nè(re)
  ['troisième', 2], // troi-siè(me)
  ['première', 2], // pre-miè(re)
  // hiatus: é, u, o before a vowel; i after a consonant + l or r
  ['réussi', 3], // ré-us-si
  ['réel', 2], // ré-el
  ['réécriture', 4], // ré-é-cri-tu(re)
  ['réutilisable', 5], // ré-u-ti-li-sa(ble)
  ['actuelle', 3], // ac-tu-el(le)
  ['visuels', 3], // vi-su-els
  ['usuelles', 3], // u-su-el(les)
  ['continuer', 4], // con-ti-nu-er
  ['virtualisé', 5], // vir-tu-a-li-sé
  ['virtualisées', 5], // vir-tu-a-li-sé(es)
  ['coordonner', 4], // co-or-don-ner
  ['bibliothèques', 4], // bi-bli-o-thè(ques)
  ['déprioriser', 5], // dé-pri-o-ri-ser
  ['dépriorisation', 6], // dé-pri-o-ri-sa-tion
  ['priorité', 4], // pri-o-ri-té
  ['propriété', 4], // pro-pri-é-té
  ['intuition', 3], // in-tui-tion
  // glides: i before a vowel after a single consonant; y before a vowel
  ['précieuses', 2], // pré-cieu(ses)
  ['dédiées', 2], // dé-dié(es)
  ['spécifiés', 3], // spé-ci-fiés
  ['fichiers', 2], // fi-chiers
  ['unifier', 3], // u-ni-fier
  ['extérieurs', 3], // ex-té-rieurs
  ['pourriez', 2], // pour-riez
  ['particulier', 4], // par-ti-cu-lier
  ['premier', 2], // pre-mier
  ['fiable', 1], // fia(ble)
  ['judicieux', 3], // ju-di-cieux
  ['étiez', 2], // é-tiez
  ['inférieure', 3], // in-fé-rieu(re)
  ['ultérieures', 3], // ul-té-rieu(res)
  ['associée', 3], // as-so-cié(e)
  ['dialogue', 2], // dia-lo(gue)
  ['identifier', 4], // i-den-ti-fier
  ['remédier', 3], // re-mé-dier
  ['avions', 2], // a-vions
  ['simplifiées', 3], // sim-pli-fié(es)
  ['réflexions', 3], // ré-fle-xions
  ['apprécions', 3], // ap-pré-cions
  ['chantier', 2], // chan-tier
  ['aimerions', 3], // ai-me-rions
  ['remercier', 3], // re-mer-cier
  ['redevienne', 3], // re-de-vien(ne)
  ['communiquions', 4], // com-mu-ni-quions
  ['informations', 4], // in-for-ma-tions
  ['répétition', 4], // ré-pé-ti-tion
  ['Optimisations', 5], // op-ti-mi-sa-tions
  ['expérimentation', 6], // ex-pé-ri-men-ta-tion
  ['améliorations', 5], // a-mé-lio-ra-tions
  ['envoyé', 3], // en-vo-yé
  ['essayé', 3], // es-sa-yé
  // final mute -e and -es, and the rest
  ['juin', 1],
  ['années', 2],
  ['porteur', 2],
  ['sortie', 2],
  ['nombreuses', 2],
  ['recherche', 2],
  ['explorant', 3],
  ['nouvelles', 2],
  ['voies', 1],
  ['Certaines', 2],
  ['tentatives', 3],
  ['davantage', 3],
  ['révélées', 3],
  ['impasses', 2],
  ['toutefois', 3],
  ['fourni', 2],
  ['pistes', 1],
  ['tirées', 2],
  ['frustrant', 2],
  ['communauté', 4],
  ['fonctionnalités', 5],
  ['travaux', 2],
  ['certain', 2],
  ['instant', 2],
  ['expérimentaux', 5],
  ['maintenant', 3],
  ['souhaitons', 3],
  ['sein', 1],
  ['attentes', 2],
  ['infondées', 3],
  ['feuille', 1],
  ['route', 1],
  ['chronologie', 4],
  ['définie', 3],
  ['Nombre', 1],
  ['phase', 1],
  ['active', 2],
  ['jamais', 2],
  ['tirera', 3],
  ['revanche', 2],
  ['problématiques', 4],
  ['appris', 2],
  ['Composants', 3],
  ['Serveur', 2],
  ['annoncé', 3],
  ['démo', 2],
  ['décembre', 2],
  ['travaillé', 3],
  ['finaliser', 4],
  ['dépendances', 3],
  ['implémenter', 4],
  ['évolutions', 4],
  ['inspirées', 3],
  ['abandonné', 4],
  ['meilleure', 2],
  ['compatibilité', 6],
  ['bloque', 1],
  ['parce', 1],
  ['routeurs', 2],
  ['données', 2],
  ['délaissé', 3],
  ['collaborons', 4],
  ['sémantique', 3],
  ['partagée', 3],
  ['principal', 3],
  ['bloquant', 2],
  ['stable', 1],
  ['ressources', 2],
  ['telles', 1],
  ['externes', 2],
  ['fontes', 1],
  ['systèmes', 2],
  ['délicat', 3],
  ['précharger', 3],
  ['dédoublonnées', 4],
  ['découle', 2],
  ['éparpillée', 4],
  ['décalages', 3],
  ['regénération', 5],
  ['incrémentale', 4],
  ['mises', 1],
  ['dynamique', 3],
  ['lorsque', 1],
  ['contenu', 3],
  ['architecture', 4],
  ['complexes', 2],
  ['ouvre', 1],
  ['opportunités', 5],
  ['équivaloir', 4],
  ['capacités', 4],
  ['saisir', 2],
  ['masquer', 2],
  ['démontage', 3],
  ['visibilité', 5],
  ['déclenchée', 3],
  ['similaire', 3],
  ['niveau', 2],
  ['concurrentes', 3],
  ['interagir', 4],
  ['stratégie', 3],
  ['instantanées', 4],
  ['accélérer', 4],
  ['exemple', 2],
  ['écran', 2],
  ['onglets', 2],
  ['supplémentaires', 4],
  ['propose', 2],
  ['chaque', 1],
  ['indique', 2],
  ['développeurs', 4],
  ['réalisé', 4],
  ['pourquoi', 2],
  ['lente', 1],
  ['appelée', 3],
  ['résout', 2],
  ['chevronnés', 3],
  ['Synchroniser', 4],
  ['grâce', 1],
];

/**
 * Words that are not in the corpus, for the letters it lacks (œ, ë, ÿ) and
 * the rules it does not exercise. First run: 100 of 103 (97 %): "D’ici" and
 * "L’Haÿ" (a capital elided letter taken for an abbreviation) were fixed in
 * the rules; "août" went to the exceptions.
 */
const OTHER_WORDS: [string, number][] = [
  // œ, ë, ÿ, ü: letters the corpus does not have
  ['œuvre', 1], // œu(vre)
  ['oeuvre', 1], // the same without the ligature
  ['cœur', 1],
  ['sœurs', 1],
  ['œil', 1],
  ['manœuvre', 2], // ma-nœu(vre)
  ['Noël', 2], // no-ël
  ['canoë', 3], // ca-no-ë
  ['aiguë', 2], // ai-gu(ë)
  ['ambiguë', 3], // am-bi-gu(ë)
  ['ambiguïté', 5], // am-bi-gu-ï-té
  ['naïf', 2],
  ['maïs', 2],
  ['héroïque', 3], // hé-ro-ï(que)
  ['L’Haÿ-les-Roses', 4], // l’ha-ÿ-les-ro(ses)
  ['garçon', 2],
  ['reçu', 2],
  // the -ent of verbs and of the others
  ['étudient', 3], // é-tu-di(ent)
  ['étaient', 2], // é-t(aient)
  ['jouent', 1], // jou(ent)
  ['continuent', 3], // con-ti-nu(ent)
  ['créent', 1], // cré(ent)
  ['aiment', 1], // ai(ment)
  ['parlent', 1], // par(lent)
  ['impliquent', 2], // im-pli(quent)
  ['devient', 2], // de-vient
  ['patient', 2], // pa-tient
  ['client', 2], // cli-ent
  ['clients', 2],
  ['excellent', 3], // ex-cel-lent
  ['fréquent', 2], // fré-quent
  ['différent', 3], // dif-fé-rent
  ['évidemment', 4], // é-vi-dem-ment
  ['vraiment', 2], // vrai-ment
  ['absolument', 4], // ab-so-lu-ment
  ['document', 3], // do-cu-ment
  // vowel groups, hiatus and glides
  ['situation', 4], // si-tu-a-tion
  ['actuel', 3], // ac-tu-el
  ['ouvrier', 3], // ou-vri-er
  ['février', 3], // fé-vri-er
  ['oublier', 3], // ou-bli-er
  ['triomphe', 2], // tri-om(phe)
  ['nation', 2], // na-tion
  ['hier', 1],
  ['pied', 1],
  ['science', 1], // scien(ce)
  ['monsieur', 2], // mon-sieur, as written
  ['deuxième', 2], // deu-xiè(me)
  ['payer', 2], // pa-yer
  ['moyen', 2], // mo-yen
  ['crayon', 2], // cra-yon
  ['essayer', 3], // es-sa-yer
  ['yeux', 1],
  ['style', 1], // sty(le)
  ['lycée', 2], // ly-cé(e)
  ['jouer', 2], // jou-er
  ['aérien', 3], // a-é-rien
  ['poème', 2], // po-è(me)
  ['chaos', 2], // cha-os
  ['extraordinaire', 5], // ex-tra-or-di-nai(re)
  ['géographie', 4], // gé-o-gra-phi(e)
  ['idée', 2], // i-dé(e)
  ['créée', 2], // cré-é(e)
  ['alcool', 2], // al-cool
  ['coopération', 5], // co-o-pé-ra-tion
  ['accueil', 2], // ac-cueil
  ['feuille', 1], // feuil(le)
  ['nuit', 1],
  ['fruit', 1],
  ['depuis', 2], // de-puis
  ['oiseau', 2], // oi-seau
  ['beaucoup', 2], // beau-coup
  ['eau', 1],
  ['mangeons', 2], // man-geons
  ['guerre', 1], // guer(re)
  ['guide', 1], // gui(de)
  ['linguistique', 3], // lin-guis-ti(que)
  ['femme', 1],
  ['ville', 1],
  ['second', 2],
  ['anniversaire', 4], // an-ni-ver-sai(re)
  // exceptions in the code
  ['pays', 2], // pa-ys
  ['paysage', 3], // pa-y-sa(ge)
  ['abbaye', 3], // ab-ba-y(e)
  ['août', 1],
  // elisions and hyphens
  ['peut-être', 2], // peut-ê(tre)
  ['c’est-à-dire', 3], // c’est-à-di(re)
  ['aujourd’hui', 3], // au-jour-d’hui
  ['presqu’île', 2], // pres-qu’î(le)
  ['quelqu’un', 2], // quel-qu’un
  ['a-t-il', 2],
  // numbers as they are read, abbreviations spelled out
  ['2022', 4], // deux mille vingt-deux
  ['18', 2], // dix-huit
  ['3,5', 4], // trois virgule cinq
  ['70', 3], // soi-xan-te-dix → soi-xant(e)-dix
  ['80', 2], // quatre-vingts → quatr(e)-vingts
  ['99', 4], // quatr(e)-vingt-dix-neuf
  ['100', 1], // cent
  ['1000', 1], // mille
  ['1914', 5], // mille neuf cent qua-torze
  ['2 000 000', 3], // deux mil-lions
  ['007', 5], // zé-ro zé-ro sept
  ['HTML', 4], // ache-té-èm-èl
  ['RSC', 3],
  ['d’E/S', 2], // d’E, S: é, èss
  ['React18', 3], // Re-act, dix-huit
];

function mismatches(table: [string, number][]): string[] {
  return table
    .filter(([word, expected]) => frenchSyllables(word) !== expected)
    .map(([word, expected]) => `${word}: ${expected} by hand, ${frenchSyllables(word)} counted`);
}

describe('frenchSyllables', () => {
  it('takes its table from the French corpus', () => {
    expect(CORPUS_WORDS.length).toBeGreaterThanOrEqual(80);
    expect(CORPUS_WORDS.filter(([word]) => !corpus.includes(word))).toEqual([]);
  });

  it('counts every corpus word of the table as counted by hand', () => {
    expect(mismatches(CORPUS_WORDS)).toEqual([]);
  });

  it('counts the other words as counted by hand', () => {
    expect(mismatches(OTHER_WORDS)).toEqual([]);
  });

  it('counts the typographic apostrophe as the straight one', () => {
    expect(frenchSyllables('l’équipe')).toBe(frenchSyllables("l'équipe"));
    expect(frenchSyllables('jusqu’ici')).toBe(3);
  });

  it('gives at least one syllable to a word with a letter or a digit, none to punctuation', () => {
    for (const word of ['l', 'qu', 'h', 'NdT', 'x', '0', '%5']) expect(frenchSyllables(word)).toBeGreaterThanOrEqual(1);
    for (const word of ['', '…', '--', '’', ' ']) expect(frenchSyllables(word)).toBe(0);
  });

  it('does not depend on Unicode normalisation or case', () => {
    expect(frenchSyllables('re\u0301ussi')).toBe(3);
    expect(frenchSyllables('RÉUSSI')).toBe(3);
  });

  it('gives about as many syllables per word as French prose has (1.5 to 2)', () => {
    const words = corpus.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
    const perWord = words.reduce((sum, w) => sum + frenchSyllables(w), 0) / words.length;
    expect(perWord).toBeGreaterThan(1.5);
    expect(perWord).toBeLessThan(2);
  });
});

describe('isMuteEnt', () => {
  it('tells the -ent of verbs from the -ent of nouns, adjectives and adverbs', () => {
    const mute = ['permettent', 'bloquent', 'aident', 'étaient', 'jouent', 'décident', 'résument', 'aiment'];
    const spoken = ['moment', 'souvent', 'précédent', 'accident', 'récemment', 'généralement', 'devient', 'document'];
    expect(mute.filter((w) => !isMuteEnt(w))).toEqual([]);
    expect(spoken.filter((w) => isMuteEnt(w))).toEqual([]);
    expect(isMuteEnt('parent')).toBe(false);
    expect(isMuteEnt('juin')).toBe(false);
  });
});
