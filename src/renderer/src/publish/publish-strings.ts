/**
 * The words of the Publish dialog and of its header button, in English and French. French typography: a no-break
 * space (U+00A0) before « : ; ! ? » and inside « ».
 */
import type { PublishTarget } from '../../../core/host';

/** Every word of the Publish dialog. */
export interface PublishStrings {
  /** The header button. */
  button: string;
  /** The header button's tooltip, with the shortcut already written for the platform. */
  buttonHint: (shortcut: string) => string;
  /** The dialog's name. */
  title: string;
  intro: string;
  target: string;
  loading: string;
  loadFailed: (detail: string) => string;
  account: string;
  accountOf: (user: string, url: string) => string;
  changeAccount: string;
  forget: string;
  forgetConfirm: (label: string) => string;
  forgetYes: string;
  forgetNo: string;
  forgotten: (label: string) => string;
  setupTitle: (label: string) => string;
  siteUrl: string;
  siteUrlPlaceholder: string;
  user: string;
  secret: Record<PublishTarget, string>;
  secretHint: Record<PublishTarget, string>;
  storedHow: (backend: string) => string;
  weakTitle: string;
  weakText: (backend: string) => string;
  weakConsent: string;
  weakConsentMissing: string;
  unavailableTitle: string;
  unavailable: (backend: string) => string;
  saveAccount: string;
  savingAccount: string;
  cancel: string;
  accountSaved: (label: string) => string;
  required: (field: string) => string;
  status: string;
  statusNames: Record<'draft' | 'publish', string>;
  unpublishWarning: (id: string) => string;
  tags: string;
  tagsHint: string;
  titleLabel: string;
  excerpt: string;
  noTitle: string;
  noBody: string;
  preview: string;
  post: string;
  none: string;
  createsNew: (label: string) => string;
  updates: (id: string) => string;
  /** The front matter's `image:`, in the preview. */
  featuredImage: string;
  /** After the image's path, for DEV (which takes a cover image by address only). */
  imageNotSent: (label: string) => string;
  /** A WordPress or Ghost publication of an unsaved document with `image:`. */
  saveForImage: (path: string) => string;
  body: string;
  bodyMarkdown: string;
  publish: string;
  retry: string;
  publishing: (label: string) => string;
  /** While the gate waits for the check of the last edit. */
  checkingLastEdits: string;
  progress: string;
  /** "Published on WordPress as a draft." */
  published: (label: string, status: string) => string;
  /** The blog's status of the post, in words. */
  outcomeStatus: (status: string) => string;
  openPost: string;
  recorded: (id: string) => string;
  recordFailed: (detail: string) => string;
  warnings: string;
  failed: string;
  unchanged: string;
  close: string;
  keys: (shortcut: string) => string;
}

const en: PublishStrings = {
  button: 'Publish…',
  buttonHint: (keys) => `Publish the document to a blog (${keys})`,
  title: 'Publish',
  intro: 'Send the document to your blog. Nothing is sent until you press Publish, and posts are drafts by default.',
  target: 'Publish to',
  loading: 'Reading your publishing accounts…',
  loadFailed: (detail) => `Your publishing accounts could not be read (${detail}). Close this dialog and try again.`,
  account: 'Account',
  accountOf: (user, url) => (user === '' ? url : `${user} on ${url}`),
  changeAccount: 'Change…',
  forget: 'Forget this account',
  forgetConfirm: (label) =>
    `Forget the ${label} account and its secret? You will need the secret again to publish there.`,
  forgetYes: 'Forget',
  forgetNo: 'Keep',
  forgotten: (label) => `The ${label} account and its secret were forgotten.`,
  setupTitle: (label) => `Set up your ${label} account`,
  siteUrl: 'Site address',
  siteUrlPlaceholder: 'https://blog.example.com',
  user: 'User name',
  secret: { wordpress: 'Application password', ghost: 'Admin API key', devto: 'API key' },
  secretHint: {
    wordpress:
      'In WordPress: Users → Profile → Application passwords. Name it “Porte-voix”, click Add, and paste the password here.',
    ghost: 'In Ghost: Settings → Integrations → Add custom integration. Copy its Admin API key (id:secret).',
    devto: 'On DEV: Settings → Extensions → DEV Community API Keys. Generate a key and paste it here.',
  },
  storedHow: (backend) => `The secret is kept encrypted with your system’s keyring (${backend}), never in plain text.`,
  weakTitle: 'This system has no keyring',
  weakText: (backend) =>
    `Porte-voix can only encrypt the secret with a key built into the app (${backend}): any program running as you ` +
    'could read it. Set up a keyring (GNOME Keyring or KWallet) and restart Porte-voix to protect it, or accept the risk.',
  weakConsent: 'Store the secret anyway, with this weak protection',
  weakConsentMissing: 'Tick “Store the secret anyway” to keep it with this weak protection, or set up a keyring first.',
  unavailableTitle: 'Publishing accounts cannot be saved here',
  unavailable: (backend) =>
    `This system offers no way to encrypt secrets (${backend}), and Porte-voix never stores them in plain text. ` +
    'Install and unlock a keyring (GNOME Keyring or KWallet on Linux), then restart Porte-voix.',
  saveAccount: 'Save account',
  savingAccount: 'Saving…',
  cancel: 'Cancel',
  accountSaved: (label) => `${label} account saved.`,
  required: (field) => `Fill in the ${field.toLowerCase()}.`,
  status: 'Status',
  statusNames: { draft: 'Draft', publish: 'Public' },
  unpublishWarning: (id) => `Post #${id} is public: updating it as a draft takes it offline.`,
  tags: 'Tags',
  tagsHint: 'Separated by commas. Tags you change here are saved in the front matter when the post is published.',
  titleLabel: 'Title',
  excerpt: 'Excerpt',
  noTitle:
    'The document has no title: give it one in the Article panel (blog channel), or start the text with a level-1 heading.',
  noBody: 'The document has no text to publish: write something first.',
  preview: 'What will be sent',
  post: 'Post',
  none: 'none',
  createsNew: (label) => `A new post on ${label}`,
  updates: (id) => `Updates post #${id}`,
  featuredImage: 'Featured image',
  imageNotSent: (label) => `not sent: ${label} takes a featured image by address only; add it in ${label}’s editor`,
  saveForImage: (path) =>
    `Save the document first: its featured image (${path}) is found from the document’s folder, and it has none yet.`,
  body: 'Body',
  bodyMarkdown: 'Body (Markdown)',
  publish: 'Publish',
  retry: 'Retry',
  publishing: (label) => `Publishing to ${label}…`,
  checkingLastEdits: 'Checking your last edits before publishing…',
  progress: 'Publishing',
  published: (label, status) => `Published on ${label} as ${status}.`,
  outcomeStatus: (status) =>
    ['publish', 'published', 'public'].includes(status) ? 'a public post' : status === 'draft' ? 'a draft' : status,
  openPost: 'Open the post',
  recorded: (id) =>
    `Post #${id} is recorded in the document’s front matter: publishing again updates it. Save the document to keep it.`,
  recordFailed: (detail) =>
    `The post is online, but its id could not be recorded in the front matter (${detail}): publishing again would create another post.`,
  warnings: 'The blog changed what it received:',
  failed: 'Publishing failed',
  unchanged: 'Nothing was published and the document is unchanged.',
  close: 'Close',
  keys: (keys) => `${keys} publishes`,
};

const fr: PublishStrings = {
  button: 'Publier…',
  buttonHint: (keys) => `Publier le document sur un blog (${keys})`,
  title: 'Publier',
  intro:
    'Envoyer le document à votre blog. Rien n’est envoyé avant que vous cliquiez sur Publier, et les articles sont des brouillons par défaut.',
  target: 'Publier sur',
  loading: 'Lecture de vos comptes de publication…',
  loadFailed: (detail) =>
    `Vos comptes de publication n’ont pas pu être lus (${detail}). Fermez cette fenêtre et réessayez.`,
  account: 'Compte',
  accountOf: (user, url) => (user === '' ? url : `${user} sur ${url}`),
  changeAccount: 'Modifier…',
  forget: 'Oublier ce compte',
  forgetConfirm: (label) =>
    `Oublier le compte ${label} et son secret\u00a0? Il faudra saisir le secret à nouveau pour y publier.`,
  forgetYes: 'Oublier',
  forgetNo: 'Garder',
  forgotten: (label) => `Le compte ${label} et son secret ont été oubliés.`,
  setupTitle: (label) => `Configurer votre compte ${label}`,
  siteUrl: 'Adresse du site',
  siteUrlPlaceholder: 'https://blog.exemple.fr',
  user: 'Nom d’utilisateur',
  secret: { wordpress: 'Mot de passe d’application', ghost: 'Clé d’API Admin', devto: 'Clé d’API' },
  secretHint: {
    wordpress:
      'Dans WordPress\u00a0: Comptes → Profil → Mots de passe d’application. Nommez-le «\u00a0Porte-voix\u00a0», cliquez sur Ajouter et collez le mot de passe ici.',
    ghost: 'Dans Ghost\u00a0: Settings → Integrations → Add custom integration. Copiez sa clé d’API Admin (id:secret).',
    devto: 'Sur DEV\u00a0: Settings → Extensions → DEV Community API Keys. Créez une clé et collez-la ici.',
  },
  storedHow: (backend) =>
    `Le secret est gardé chiffré par le trousseau de votre système (${backend}), jamais en clair.`,
  weakTitle: 'Ce système n’a pas de trousseau',
  weakText: (backend) =>
    `Porte-voix ne peut chiffrer le secret qu’avec une clé intégrée à l’application (${backend})\u00a0: tout programme ` +
    'lancé sous votre compte pourrait le lire. Installez un trousseau (GNOME Keyring ou KWallet) et relancez Porte-voix pour le protéger, ou acceptez le risque.',
  weakConsent: 'Garder le secret quand même, avec cette faible protection',
  weakConsentMissing:
    'Cochez «\u00a0Garder le secret quand même\u00a0» pour le garder avec cette faible protection, ou installez d’abord un trousseau.',
  unavailableTitle: 'Impossible d’enregistrer des comptes ici',
  unavailable: (backend) =>
    `Ce système n’offre aucun moyen de chiffrer les secrets (${backend}), et Porte-voix ne les garde jamais en clair. ` +
    'Installez et déverrouillez un trousseau (GNOME Keyring ou KWallet sous Linux), puis relancez Porte-voix.',
  saveAccount: 'Enregistrer le compte',
  savingAccount: 'Enregistrement…',
  cancel: 'Annuler',
  accountSaved: (label) => `Compte ${label} enregistré.`,
  required: (field) => `Remplissez le champ «\u00a0${field}\u00a0».`,
  status: 'Statut',
  statusNames: { draft: 'Brouillon', publish: 'Public' },
  unpublishWarning: (id) =>
    `L’article n°\u00a0${id} est public\u00a0: le mettre à jour en brouillon le retire du site.`,
  tags: 'Étiquettes',
  tagsHint:
    'Séparées par des virgules. Les étiquettes changées ici sont enregistrées dans l’en-tête une fois l’article publié.',
  titleLabel: 'Titre',
  excerpt: 'Extrait',
  noTitle:
    'Le document n’a pas de titre\u00a0: donnez-lui en un dans le panneau Article (canal blog), ou commencez le texte par un titre de niveau 1.',
  noBody: 'Le document n’a pas de texte à publier\u00a0: écrivez d’abord quelque chose.',
  preview: 'Ce qui sera envoyé',
  post: 'Article',
  none: 'aucune',
  createsNew: (label) => `Un nouvel article sur ${label}`,
  updates: (id) => `Met à jour l’article n°\u00a0${id}`,
  featuredImage: 'Image à la une',
  imageNotSent: (label) =>
    `non envoyée\u00a0: ${label} ne prend une image à la une que par son adresse\u00a0; ajoutez-la dans l’éditeur de ${label}`,
  saveForImage: (path) =>
    `Enregistrez d’abord le document\u00a0: son image à la une (${path}) se trouve à partir de son dossier, et il n’en a pas encore.`,
  body: 'Corps',
  bodyMarkdown: 'Corps (Markdown)',
  publish: 'Publier',
  retry: 'Réessayer',
  publishing: (label) => `Publication sur ${label}…`,
  checkingLastEdits: 'Vérification de vos dernières modifications avant la publication…',
  progress: 'Publication',
  published: (label, status) => `Publié sur ${label} comme ${status}.`,
  outcomeStatus: (status) =>
    ['publish', 'published', 'public'].includes(status) ? 'article public' : status === 'draft' ? 'brouillon' : status,
  openPost: 'Ouvrir l’article',
  recorded: (id) =>
    `L’article n°\u00a0${id} est noté dans l’en-tête du document\u00a0: publier à nouveau le met à jour. Enregistrez le document pour le garder.`,
  recordFailed: (detail) =>
    `L’article est en ligne, mais son identifiant n’a pas pu être noté dans l’en-tête (${detail})\u00a0: publier à nouveau créerait un autre article.`,
  warnings: 'Le blog a modifié ce qu’il a reçu\u00a0:',
  failed: 'La publication a échoué',
  unchanged: 'Rien n’a été publié et le document n’a pas changé.',
  close: 'Fermer',
  keys: (keys) => `${keys} publie`,
};

export const PUBLISH_STRINGS = { en, fr };
