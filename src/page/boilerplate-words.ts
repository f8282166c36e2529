/**
 * Words that mark page furniture rather than article text, as data. Markup words
 * are the pieces of class and id names (split at '-', '_' and camelCase humps)
 * that sites use for navigation, share bars, recirculation, sign-up boxes,
 * comments and footers; heading phrases are what such a box's title says, per
 * language. Both are matched whole, never as substrings of other words.
 */

/** A class or id word that marks its element as furniture wherever it sits. */
export const FURNITURE_MARKUP_WORDS: ReadonlySet<string> = new Set([
  // navigation
  'nav', 'navbar', 'navigation', 'menu', 'menubar', 'breadcrumb', 'breadcrumbs', 'subnav', 'pagination', 'pager', 'skiplink',
  // sharing
  'share', 'shares', 'sharing', 'sharebar', 'social', 'sociable', 'addthis', 'sharethis',
  // recirculation
  'related', 'recirc', 'recirculation', 'trending', 'recommended', 'recommendations', 'outbrain', 'taboola', 'mostpopular', 'mostread', 'nextstory', 'nextpost',
  // the same run into one word (Jetpack's "jp-relatedposts", "relatedarticles")
  'relatedposts', 'relatedarticles', 'relatedstories', 'relatedlinks', 'relatedcontent', 'relatednews', 'morestories',
  // a dialog laid over the page (a sign-up or log-in box), however much text it holds
  'modal', 'popup',
  // sign-up, consent
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'cookie', 'cookies', 'consent', 'gdpr', 'donate', 'donation',
  // site chrome
  'footer', 'sidebar', 'disqus', 'tagcloud', 'taglist',
  // a site's standing notice ("editorial-disclaimer"), not the story's text
  'disclaimer', 'disclaimers',
]);

/**
 * Words naming a paywall: the subscription offer laid over a story ("row paywall", "button--salewall"),
 * but also the story's own wrapper on a paywalled site ("paywall-on", "non-paywall"). Furniture only on
 * an element that holds no paragraph of the story.
 */
export const PAYWALL_MARKUP_WORDS: ReadonlySet<string> = new Set(['paywall', 'salewall']);

/**
 * Class or id words of a box laid over the page or slid in beside it (a contact flyout, a shipping-costs
 * popup, a cookie notice): never the story, so Readability's pick inside one is set aside (`popup-box.ts`).
 */
export const POPUP_MARKUP_WORDS: ReadonlySet<string> = new Set(['modal', 'popup', 'flyout', 'overlay', 'lightbox', 'cookie', 'cookies', 'consent', 'gdpr']);

/** Class or id words of a control that closes such a box ("close", "modal-close", "btn-dismiss"). */
export const CLOSE_MARKUP_WORDS: ReadonlySet<string> = new Set(['close', 'dismiss']);

/** Class or id words of a photo gallery or slideshow embedded in a story: its short lines are controls ("Autoplay", "1 of 24", "Wait 1 second to continue."). */
export const GALLERY_MARKUP_WORDS: ReadonlySet<string> = new Set(['gallery', 'slideshow', 'carousel']);

/** Words that name furniture only at the start of a class ("comments", "comment-list"; not "live-match-comment", a live report). */
export const FURNITURE_LEADING_WORDS: ReadonlySet<string> = new Set(['comment', 'comments', 'respond', 'reply', 'replies']);

/** Words naming a comment section or its form: furniture even when the comments hold more text than the story ("article_comments", "comment_rules", WordPress's "akismet_comment_form_privacy_notice"). */
export const COMMENT_SECTION_WORDS: ReadonlySet<string> = new Set(['comments', 'disqus', 'akismet']);

/**
 * Words that name a slot rather than its content ("Section--Ads", "promo",
 * "tags"): furniture only on an element holding little text, since sites put
 * them on sections of the story itself.
 */
export const FURNITURE_SLOT_WORDS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'sponsored', 'sponsor', 'promo', 'promotion', 'banner', 'tags', 'widget',
  // an embedded post's frame ("View this post on Instagram", "A post shared by …")
  'instagram', 'tiktok',
]);

/** Class or id words for a byline or a date line: furniture only on a short block (they also name whole article headers). */
export const BYLINE_MARKUP_WORDS: ReadonlySet<string> = new Set([
  'byline', 'author', 'authors', 'dateline', 'timestamp', 'date', 'time', 'published', 'posted', 'updated', 'meta', 'postmeta', 'entrymeta',
]);

/**
 * Class or id names of an author's box (its bio, photo and links): a class name holding a bio word
 * ("author-bio", "mntl-author-tooltip__bio"), or an author word with a box word ("author-box",
 * "about-author", "author-info"). Furniture on a block as long as a bio, wherever it sits.
 */
export const AUTHOR_BOX_MARKUP = { bio: new Set(['bio', 'bios']), author: new Set(['author', 'authors', 'contributor', 'writer']), box: new Set(['box', 'info', 'about', 'description', 'tooltip', 'card', 'details', 'profile']) } as const;

/** Two-word names of recirculation boxes ("more-stories", "read-next", "next-story"). */
export const FURNITURE_MARKUP_PAIRS: readonly RegExp[] = [/\bmore (stories|articles|news|from|videos|on)\b/, /\bread (more|next|also)\b/, /\bmost (read|popular|viewed|shared)\b/, /\btop stories\b/, /\bsign (up|in)\b/, /\bsee also\b/, /\bnext (story|stories|post|posts|article|articles)\b/];

/** Titles of boxes that are not the article, per language: whole heading text, case-insensitive. */
export const FURNITURE_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'related', 'related stories', 'related articles', 'related posts', 'related content', 'related coverage', 'related links', 'related topics',
    'more stories', 'more news', 'more from', 'more on this story', 'more on this', 'more articles', 'read more', 'read next', 'read this next',
    'recommended', 'recommended for you', 'recommended stories', 'you may also like', 'you might also like', 'you may like', 'trending',
    'trending now', 'trending stories', 'most read', 'most popular', 'most viewed', 'popular', 'popular posts', 'top stories', 'latest news',
    'latest stories', 'newsletter', 'sign up', 'subscribe', 'share', 'share this', 'share this article', 'share this story', 'comments',
    'leave a comment', 'leave a reply', 'join the conversation', 'tags', 'topics', 'see also', 'also read', 'also on', 'advertisement',
    'follow us', 'about the author', 'editor s picks', 'editors picks', 'sponsored', 'sponsored content', 'around the web', 'up next', 'watch next',
  ],
  de: [
    'das könnte sie auch interessieren', 'auch interessant', 'mehr zum thema', 'weitere artikel', 'weitere nachrichten', 'ähnliche artikel',
    'ähnliche beiträge', 'verwandte artikel', 'meistgelesen', 'meistgelesene artikel', 'kommentare', 'kommentar schreiben', 'schreibe einen kommentar',
    'teilen', 'diesen artikel teilen', 'newsletter', 'schlagworte', 'themen', 'empfehlungen', 'anzeige', 'werbung', 'das könnte dich auch interessieren',
    'lesen sie auch', 'lies auch', 'siehe auch', 'zum weiterlesen', 'auch lesenswert', 'passend zum thema', 'mehr dazu',
  ],
  fr: ['articles similaires', 'à lire aussi', 'lire aussi', 'à lire également', 'lire également', 'voir aussi', 'sur le même sujet', 'les plus lus', 'commentaires', 'partager', 'newsletter', 'publicité'],
  es: ['te puede interesar', 'te recomendamos', 'lee también', 'lea también', 'lee más', 'mira', 'noticias relacionadas', 'artículos relacionados', 'lo más leído', 'más leídas', 'comentarios', 'compartir', 'publicidad'],
};

/**
 * Phrases of the calls to action, notices and bylines that sites append to a
 * story (sign-up, follow, copyright, posting details), per language; a short
 * block near the story's end that contains one is furniture.
 */
export const FURNITURE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'subscribe', 'sign up', 'newsletter', 'follow us', 'follow the', 'on twitter', 'on facebook', 'on instagram', 'all rights reserved', 'copyright',
    'copyrighted', 'written permission', 'reprint', 'this entry was posted', 'posted in', 'filed under', 'leave a comment', 'leave a reply',
    'download the', 'our app', 'apps for ios', 'submit your letter', 'not responsible for the opinions', 'share this', 'log in', 'already a subscriber',
    'click here', 'read the full story', 'for the full story', 'support our journalism', 'become a member', 'check out more', 'more articles on',
    'conversations', 'powered by', 'is a reporter', 'is a breaking news reporter', 'is a staff writer', 'is a correspondent', 'is a freelance', 'is an editor',
    'is a senior editor', 'is a contributing', 'is based in', 'your email address will not be published', 'required fields are marked',
    // a newsletter's pitch ("An essential round-up of science news, delivered to your inbox every weekday.")
    'to your inbox',
    // the comment form's log-in notice ("You must be logged in to post a comment.")
    'to post a comment', 'logged in to comment', 'log in to comment',
  ],
  de: [
    'newsletter', 'abonnieren', 'abonnement', 'folgen sie uns', 'folge uns', 'alle rechte vorbehalten', 'urheberrecht', 'teilen', 'kommentare',
    'kommentar schreiben', 'werbung', 'anzeige', 'jetzt anmelden', 'hier anmelden', 'weiterlesen', 'artikel teilen', 'erstellt am', 'veröffentlicht am',
    'aktualisiert am', 'war der artikel', 'schon gelesen', 'ihre e-mail-adresse', 'deine e-mail-adresse', 'in ihr postfach', 'in dein postfach',
    // the comment form's log-in notice ("Sie müssen sich anmelden, um Kommentare zu schreiben.", "Sie sind aktuell nicht eingeloggt.")
    'kommentare zu schreiben', 'kommentar zu schreiben', 'nicht eingeloggt', 'eingeloggt sein',
  ],
  fr: ['abonnez-vous', "s'abonner", 'newsletter', 'suivez-nous', 'tous droits réservés', 'pour lire la suite', 'partager', 'commentaires', 'dans votre boîte mail', 'dans votre boîte de réception', 'pour publier un commentaire'],
  es: ['suscríbete', 'suscribirse', 'hazte miembro', 'síguenos', 'todos los derechos reservados', 'únete', 'canal de youtube', 'canal de telegram', 'boletín', 'en tu bandeja de entrada', 'para publicar un comentario'],
};

/** Words of a rights notice at a story's end ("© 2022 … This article is the copyrighted property of …"), per language. */
export const RIGHTS_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: ['©', 'all rights reserved', 'copyrighted property', 'written permission'],
  de: ['©', 'alle rechte vorbehalten', 'urheberrechtlich geschützt'],
  fr: ['©', 'tous droits réservés'],
  es: ['©', 'todos los derechos reservados'],
};

/**
 * How a call to action opens ("Sign up for the free daily newsletter!", "Folgen Sie uns auf …"), per language:
 * a short block that starts so is a promotion set into the story, wherever it sits, however it ends.
 */
export const CALL_TO_ACTION_OPENINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['sign up', 'subscribe to', 'subscribe for', 'follow us', 'join our', 'get our', 'get the latest', 'download our', 'download the', 'click here', 'like us on', 'want more', 'submit your letter'],
  de: ['jetzt abonnieren', 'abonnieren sie', 'folgen sie uns', 'melden sie sich', 'hier anmelden', 'jetzt anmelden', 'laden sie die'],
  fr: ['abonnez-vous', 'suivez-nous', 'inscrivez-vous', 'téléchargez'],
  es: ['suscríbete', 'síguenos', 'regístrate', 'descarga'],
};

/**
 * How a page's note on citing it opens ("Citation: … (2019, October 22) retrieved 20 January 2020 from https://…",
 * "Cite this article: …", "Zitiervorschlag: …"), per language: a block at the story's end that opens so is a notice.
 */
export const CITATION_OPENINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['citation:', 'cite this article', 'cite this page', 'cite this:', 'how to cite'],
  de: ['zitiervorschlag', 'zitierweise', 'zitierhinweis', 'bitte zitieren als'],
  fr: ['pour citer cet article', 'citer cet article', 'référence électronique'],
  es: ['cómo citar', 'para citar este artículo', 'citar este artículo'],
};

/** Class or id words that name a picture's caption or credit set outside `<figcaption>` ("media__caption", "wp-caption-text", "photo-credit"). */
export const CAPTION_MARKUP_WORDS: ReadonlySet<string> = new Set(['caption', 'captions', 'credit', 'credits', 'photocredit', 'imagecredit', 'bildunterschrift']);

/**
 * Words that open a sentence about a thing, not a person ("The project is …", "Die Hamas ist …"), per
 * language: a closing line so opened is no author's bio.
 */
export const DETERMINERS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'this', 'that', 'these', 'those', 'a', 'an', 'our', 'my', 'his', 'her', 'its', 'their', 'your', 'every', 'each', 'no', 'some', 'many', 'such', 'one', 'another', 'what', 'which'],
  de: ['der', 'die', 'das', 'dieser', 'diese', 'dieses', 'ein', 'eine', 'unser', 'unsere', 'mein', 'meine', 'sein', 'seine', 'ihr', 'ihre', 'jeder', 'jede', 'jedes', 'kein', 'keine', 'alle', 'viele', 'manche', 'solche', 'welche'],
  fr: ['le', 'la', 'les', 'ce', 'cette', 'ces', 'un', 'une', 'notre', 'son', 'sa', 'leur'],
  es: ['el', 'la', 'los', 'las', 'este', 'esta', 'un', 'una', 'nuestro', 'nuestra', 'su'],
};

/** Words that address the reader ("you", "du", "vous"), per language: a sentence with one beside an e-mail address is a notice, not the story. */
export const READER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['you', 'your', "you're", "you've"],
  de: ['du', 'dich', 'dir', 'dein', 'deine', 'euch', 'euer'],
  fr: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta'],
  es: ['usted', 'ustedes', 'tú', 'tu', 'te'],
  it: ['tu', 'ti', 'voi', 'vostro'],
  nl: ['je', 'jij', 'u', 'uw', 'jouw'],
  pt: ['você', 'vocês', 'seu', 'sua'],
};

/** Words that open a byline ("By Alex Heath", "Von Anna Schmidt"), per language; followed by a capitalised name. */
export const BYLINE_LEADS: Readonly<Record<string, readonly string[]>> = {
  en: ['by', 'written by', 'words by', 'story by', 'posted by', 'article by'],
  de: ['von', 'autor', 'autorin'],
  fr: ['par'],
  es: ['por'],
  it: ['di', 'a cura di'],
  nl: ['door'],
  pt: ['por'],
};

/**
 * How an author introduces themself in a bio after the story ("I'm Amy and I'm so glad you've stopped by!",
 * "Ich bin Jessie Weiß, 32 Jahre jung …"), per language: a capitalised name follows. Apostrophes as "'".
 */
export const SELF_INTRODUCTIONS: Readonly<Record<string, readonly string[]>> = {
  en: ["i'm", 'i am', 'my name is'],
  de: ['ich bin', 'mein name ist', 'ich heiße'],
  fr: ['je suis', "je m'appelle"],
  es: ['soy', 'me llamo'],
};

/**
 * How a writer signs off at the end of a post ("x Franzi", "Euer HansEhrlich", "XX, Die Redaktion",
 * "Cheers, Amy"), per language: the opening words of a short closing line, which is the post's own.
 */
export const SIGN_OFFS: Readonly<Record<string, readonly string[]>> = {
  en: ['x', 'xx', 'xo', 'xoxo', 'love', 'cheers', 'yours', 'best wishes', 'warm wishes', 'kind regards', 'all the best'],
  de: ['x', 'xx', 'euer', 'eure', 'dein', 'deine', 'ihr', 'ihre', 'liebe grüße', 'viele grüße', 'herzliche grüße', 'lg', 'alles liebe', 'bis bald'],
  fr: ['bisous', 'bises', 'amitiés', 'à bientôt', 'je vous embrasse'],
  es: ['besos', 'un abrazo', 'abrazos', 'saludos', 'un saludo'],
};

/** The copula an author's bio opens with after the name ("Candice Sealey is …", "Inga Buller ist …"), per language. */
export const BIO_COPULAS: Readonly<Record<string, readonly string[]>> = {
  en: ['is'],
  de: ['ist'],
  fr: ['est'],
  es: ['es'],
};

/**
 * Lines that are a label on their own, set between a story's paragraphs or
 * around it ("Advertisement", "Story continues below", "Print recipe"), per
 * language: whole block text, case-insensitive, punctuation ignored.
 */
export const FURNITURE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'advertisement', 'ad', 'ads', 'advert', 'sponsored', 'sponsored content', 'paid content', 'credit', 'photo', 'image', 'video', 'print', 'print recipe',
    'email', 'tweet', 'share', 'share this', 'follow', 'story continues below', 'story continues below advertisement', 'article continues below',
    'article continues below advertisement', 'continue reading below', 'continue reading the main story', 'skip advertisement', 'scroll to continue with content',
    'read more', 'read more below', 'jump to recipe', 'listen to this article', 'view comments', 'show comments', 'permalink', 'register now',
  ],
  de: ['anzeige', 'werbung', 'weiterlesen', 'teilen', 'drucken', 'artikel teilen', 'artikel drucken', 'mehr anzeigen', 'permalink', 'jetzt registrieren'],
  fr: ['publicité', 'lire la suite', 'partager', 'imprimer', 'permalien'],
  es: ['publicidad', 'anuncio', 'leer más', 'compartir', 'imprimir'],
};

/**
 * What a count of readers' comments calls them ("1 Comment", "160 comments", "Comments (5 posted)", "Kommentare (3)"),
 * per language: a number beside one of these words is a link to the comments, not the story's text.
 */
export const COMMENT_COUNT_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['comment', 'comments', 'response', 'responses', 'reply', 'replies'],
  de: ['kommentar', 'kommentare', 'antwort', 'antworten'],
  fr: ['commentaire', 'commentaires', 'réponse', 'réponses'],
  es: ['comentario', 'comentarios', 'respuesta', 'respuestas'],
};

/** Box titles that name the site or topic between fixed words ("More Great WIRED Stories", "The latest on politics"), per language. */
export const FURNITURE_HEADING_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  en: [/^more\b.{0,40}\b(?:stories|articles|news|coverage|reads|videos|from us)$/, /^(?:the )?latest\b.{0,40}\b(?:news|stories|headlines)$/, /^(?:recommended|related|trending)\b.{0,40}\b(?:stories|articles|reads|videos)$/],
  de: [/^mehr\b.{0,40}\b(?:artikel|nachrichten|news|themen)$/, /\bkönnte (?:sie|dich|euch) (?:auch |ebenfalls )?interessieren$/],
};

/**
 * Phrases of an affiliate or advertiser disclosure ("This post contains references to products from our advertisers",
 * "We may earn a commission"), per language: a short block holding one is a notice, not the story.
 */
export const DISCLOSURE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'may receive compensation', 'may earn a commission', 'may earn commission', 'earn a small commission', 'we may earn', 'we may receive',
    'affiliate links', 'affiliate link', 'affiliate commission', 'references to products from', 'advertiser disclosure', 'editorial disclosure',
    'independently selected', 'independently chosen', 'we recommend the best products',
  ],
  de: ['affiliate-links', 'affiliate-link', 'provisionslinks', 'provisions-links', 'erhalten wir eine provision', 'erhalten wir eine kleine provision'],
  fr: ['liens affiliés', 'lien affilié', 'nous percevons une commission'],
  es: ['enlaces de afiliados', 'enlace de afiliado', 'recibimos una comisión'],
};

/** Words that open a posting line ("First published February 1, 2016: 1:28 AM ET", "Aktualisiert am 3.5.2021"), per language. */
export const DATELINE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['first published', 'last updated', 'last modified', 'published', 'updated', 'posted', 'posted on'],
  de: ['veröffentlicht', 'aktualisiert', 'erstellt', 'zuletzt aktualisiert', 'stand'],
  fr: ['publié', 'mis à jour'],
  es: ['publicado', 'actualizado'],
};

/** Words that label a picture's credit ("Foto: dpa", "(Photo: Getty)", "crédito: …"), per language. */
export const CREDIT_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['photo', 'photos', 'photograph', 'image', 'picture', 'credit', 'illustration'],
  // a blog's "featured image" in German: "Titelbild: …", "Beitragsbild: …"
  de: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'quelle', 'grafik', 'titelbild', 'beitragsbild', 'headerbild', 'aufmacherbild', 'teaserbild'],
  fr: ['photo', 'crédit', 'crédits'],
  es: ['foto', 'fotos', 'crédito', 'créditos', 'imagen'],
  pt: ['foto', 'crédito'],
  it: ['foto'],
  pl: ['fot', 'zdjęcie'],
};

/**
 * How a picture's credit names its maker without a colon ("Featured image by Alberto Riva/The Points Guy.",
 * "Photo courtesy of the city"), per language: a credit label (above), then one of these, then the name.
 */
export const CREDIT_BY_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['by', 'courtesy of', 'courtesy', 'via'],
  de: ['von', 'mit freundlicher genehmigung von'],
  fr: ['de', 'par', 'avec l’aimable autorisation de'],
  es: ['de', 'por', 'cortesía de'],
};

/** Words that may stand before a credit label in such a credit ("Featured image by …", "Top photo: …"). */
export const CREDIT_LABEL_QUALIFIERS: readonly string[] = ['featured', 'feature', 'cover', 'header', 'top', 'lead', 'hero', 'main', 'title'];

/**
 * A story's reading time ("4 min", "5 min read", "Reading time: 3 minutes", "Lesezeit: 4 Min."), per language:
 * the words around the minutes; a block holding nothing else is a label.
 */
export const READING_TIME_WORDS: Readonly<Record<string, { minutes: readonly string[]; reading: readonly string[] }>> = {
  en: { minutes: ['min', 'mins', 'minute', 'minutes'], reading: ['read', 'reading time', 'read time', 'estimated reading time', 'time to read'] },
  de: { minutes: ['min', 'minute', 'minuten'], reading: ['lesezeit', 'lesedauer', 'geschätzte lesezeit'] },
  fr: { minutes: ['min', 'minute', 'minutes'], reading: ['lecture', 'temps de lecture', 'de lecture'] },
  es: { minutes: ['min', 'minuto', 'minutos'], reading: ['lectura', 'tiempo de lectura', 'de lectura'] },
};

/** Picture agencies and stock libraries whose name in a closing parenthesis credits a picture ("(mlharing / iStock.com)"). */
export const PICTURE_AGENCIES: readonly string[] = [
  'getty', 'getty images', 'istock', 'istockphoto', 'shutterstock', 'afp', 'dpa', 'epa', 'imago', 'picture alliance', 'picture-alliance', 'keystone',
  'ap photo', 'reuters', 'adobe stock', 'unsplash', 'pixabay',
];

