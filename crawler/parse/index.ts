// The article parser on its own: HTML → title, byline, dates, language, body text. A
// narrow entry of its own because `habeas parse` and `habeas extract` need the parser but
// not the fetching half of crawler/ (crawlee alone costs seconds to import).
export { parseArticle } from './parse-article.ts';
export { readHtmlFile, readHtmlBytes } from './read-file.ts';
export { PARSER_VERSION } from './version.ts';
