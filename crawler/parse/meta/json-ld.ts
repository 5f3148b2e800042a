// JSON-LD blocks → the page's article node (NewsArticle, BlogPosting, … ; in @graph, in
// arrays, under mainEntity), with @id references resolved for authors. Malformed JSON is
// common in the wild (HTML comments, CDATA, raw newlines in strings): each block is tried
// as is, then with those repaired, and skipped if it still does not parse.
import type { CheerioAPI } from 'cheerio';

export type JsonLdNode = Record<string, unknown>;

const articleTypes = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|ScholarlyArticle|TechArticle|Report|WebPage|ItemPage)$/;
const strongTypes = /Article|BlogPosting|Report/;

function parseBlock(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      // control characters (raw newlines, tabs) inside strings are invalid JSON
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 6 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, out, depth + 1);
  if (node.mainEntityOfPage && typeof node.mainEntityOfPage === 'object') flatten(node.mainEntityOfPage, out, depth + 1);
}

export function jsonLdNodes($: CheerioAPI): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  $('script[type="application/ld+json" i]').each((_, el) => {
    flatten(parseBlock($(el).text()), nodes);
  });
  return nodes;
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
}

/** The node that describes the article: an Article type first, then a page that has a headline. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  return (
    nodes.find((node) => typesOf(node).some((t) => strongTypes.test(t) && articleTypes.test(t))) ??
    nodes.find((node) => typesOf(node).some((t) => articleTypes.test(t)) && (node.headline || node.datePublished))
  );
}

export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    return stringOf(node['@value'] ?? node.name);
  }
  return undefined;
}

/** Author names, with {"@id": …} references looked up among the page's nodes. */
export function authorNames(node: JsonLdNode, nodes: JsonLdNode[]): string[] {
  const raw = node.author ?? node.creator;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const names: string[] = [];
  for (const item of list) {
    let entry: unknown = item;
    if (entry && typeof entry === 'object' && !(entry as JsonLdNode).name && (entry as JsonLdNode)['@id']) {
      entry = nodes.find((n) => n['@id'] === (item as JsonLdNode)['@id'] && n.name) ?? entry;
    }
    const name = stringOf(entry);
    if (name && !/^https?:\/\//.test(name)) names.push(name);
  }
  return names;
}

/** A property of the article node, else of the first node that has it (a WebPage in @graph). */
export function firstString(article: JsonLdNode | undefined, nodes: JsonLdNode[], key: string): string | undefined {
  return stringOf(article?.[key]) ?? stringOf(nodes.find((n) => n[key] !== undefined && stringOf(n[key]))?.[key]);
}
