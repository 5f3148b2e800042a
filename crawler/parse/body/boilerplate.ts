// What is never article body, as data. Each rule has an id so a measured change can name
// what it added or took away (docs/crawling.md keeps the log). The patterns are generic
// page furniture seen across CMSs (WordPress, Arc, Brightspot, Drupal…), in the spirit of
// trafilatura's discard expressions and Readability's "unlikely candidates"; none is
// derived from a single site.

/** Elements dropped wherever they are: they never hold text a reader reads as the story. */
export const dropTags = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'picture', 'source', 'track', 'map', 'button', 'input', 'select', 'textarea', 'figcaption', 'dialog', 'label',
  'link', 'meta',
]);

/**
 * Page furniture by tag, dropped like a class match (unless it holds most of the text): some
 * sites wrap the whole page in one <form> (ASP.NET) or the story in an <aside>.
 */
export const furnitureTags = new Set(['form', 'nav', 'aside', 'footer', 'figure', 'menu']);

/** ARIA roles of page furniture. */
export const dropRoles = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alert', 'search', 'menu', 'menubar', 'toolbar', 'tooltip']);

export type ClassRule = { id: string; pattern: RegExp; /** only elements with at most this much text */ maxText?: number };

/**
 * Matched against `class` and `id` (lower-cased, space-joined). A match drops the element
 * unless it holds most of the page's prose (see clean.ts), so a wrapper that happens to be
 * called "post-share-wrapper" around the whole story survives.
 */
export const classRules: ClassRule[] = [
  { id: 'share', pattern: /(^|[\s_-])(share|sharing|sharer|shares|social|sociable|addthis|sharethis|sharedaddy|share-?bar|share-?tools|share-?buttons)([\s_-]|$)|social-?(links|media|icons|buttons|share)/ },
  { id: 'related', pattern: /related|read-?also|read-?more|more-?stories|more-?from|recommend|you-?may-?like|also-?read|see-?also|further-?reading|popular|trending|most-?read|most-?viewed|outbrain|taboola|zergnet|recirc/ },
  { id: 'newsletter', pattern: /newsletter|subscribe|subscription|signup|sign-up|mailing-?list|email-?capture|opt-?in/ },
  { id: 'comments', pattern: /(^|[\s_-])(comments?|comment-?list|comment-?form|respond|disqus|discussion|replies)([\s_-]|$)|commentlist|comments-area/ },
  { id: 'caption', pattern: /caption|(^|[\s_-])credit([\s_-]|$)|photo-?credit|image-?credit|wp-caption|gallery|slideshow|carousel|lightbox/ },
  { id: 'navigation', pattern: /(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|skip-?link|site-?header|site-?footer|masthead|topbar|toolbar)([\s_-]|$)|breadcrumb/ },
  { id: 'ads', pattern: /(^|[\s_-])(ad|ads|advert|advertisement|adslot|ad-?slot|ad-?container|ad-?wrapper|dfp|sponsor(ed)?|promo|promotion|banner)([\s_-]|$)|advertis|-ad-/ },
  // a byline or dateline is a line; a long "dateline" paragraph is the story's lead
  { id: 'meta', pattern: /(^|[\s_-])(byline|author-?(bio|box|info)|post-?meta|entry-?meta|article-?meta|dateline|timestamp|tags?|tag-?list|post-?tags|categories|cat-?links|print-?link)([\s_-]|$)/, maxText: 100 },
  { id: 'widgets', pattern: /(^|[\s_-])(sidebar|widget|rail|cookie|consent|gdpr|paywall|modal|popup|overlay|donate|donation|hidden|visually-?hidden|sr-only|screen-reader-text)([\s_-]|$)/ },
];
