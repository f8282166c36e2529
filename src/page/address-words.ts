/**
 * Words in a page's address that say what kind of page it is, as data. A
 * section word alone ("/news/", "/sport/") names a section front; followed by
 * more of the path ("/news/council-approves-budget") it names one story.
 */
export const SECTION_WORDS: ReadonlySet<string> = new Set([
  // en
  'news', 'latest', 'world', 'us', 'uk', 'politics', 'business', 'money', 'markets', 'tech', 'technology', 'science', 'health', 'sport', 'sports',
  'entertainment', 'culture', 'arts', 'life', 'lifestyle', 'style', 'travel', 'food', 'opinion', 'local', 'home', 'index', 'blog', 'blogs', 'video',
  'videos', 'photos', 'gallery', 'weather', 'search', 'topics', 'tag', 'tags', 'category', 'archive', 'archives', 'press', 'articles', 'stories',
  // de
  'nachrichten', 'aktuelles', 'aktuell', 'politik', 'wirtschaft', 'kultur', 'wissen', 'panorama', 'meinung', 'startseite', 'presse', 'artikel',
  'pressemitteilungen', 'meldungen',
  // fr, es, it, pt
  'actualites', 'actualite', 'politique', 'economie', 'monde', 'noticias', 'politica', 'economia', 'deportes', 'notizie', 'sport', 'esportes',
]);

/** Path segments after which the rest of the path names one item of that kind ("/news/…", "/2020/05/…" is handled apart). */
export const STORY_PARENT_WORDS: ReadonlySet<string> = new Set([
  'news', 'article', 'articles', 'story', 'stories', 'blog', 'blogs', 'post', 'posts', 'press', 'press-releases', 'pressreleases', 'release',
  'nachrichten', 'artikel', 'meldung', 'meldungen', 'pressemitteilung', 'pressemitteilungen', 'kurzmeldungen', 'fachmeldungen', 'aktuelles',
  'beitrag', 'actualites', 'actualite', 'noticias', 'noticia', 'notizie', 'noticia',
]);
