// INTERIM: a deliberately small stand-in for the article parser that is being written on the
// `parse` branch (crawler/parse/, exporting parseArticle from crawler/index.ts). It lets the
// crawl run end to end until that lands; on merge, crawler/index.ts exports the real one and
// this file goes.
import * as cheerio from 'cheerio';
import { decodeBody } from './fetch/charset.ts';
import type { ParseInput, ParsedArticle } from './crawl/types.ts';

export function interimParseArticle(input: ParseInput): ParsedArticle {
  const html = typeof input.html === 'string' ? input.html : decodeBody(input.html, input.contentType).text;
  const $ = cheerio.load(html);
  let published: string | null = $('meta[property="article:published_time"]').attr('content') ?? null;
  let byline: string | null = null;
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      const doc = JSON.parse($(el).text()) as { '@graph'?: unknown[] } & Record<string, unknown>;
      for (const node of (doc['@graph'] ?? [doc]) as Array<Record<string, unknown>>) {
        if (typeof node.datePublished === 'string') published ??= node.datePublished;
        const author = (node.author as Array<{ name?: string }> | undefined)?.[0]?.name;
        if (author) byline ??= author;
      }
    } catch {
      // not JSON
    }
  });
  published ??= $('time[datetime]').first().attr('datetime') ?? $('meta[name="date"]').attr('content') ?? null;
  const root = input.profile?.body ? $(input.profile.body) : $('body');
  for (const selector of input.profile?.remove ?? []) root.find(selector).remove();
  const text = root.find('p').map((_, p) => $(p).text().trim()).get().filter(Boolean).join('\n\n');
  return {
    title: $('h1').first().text().trim() || $('title').text().trim() || null,
    byline: byline ?? ($('.author').first().text().trim() || null),
    published,
    modified: $('meta[property="article:modified_time"]').attr('content') ?? null,
    lang: $('html').attr('lang') ?? null,
    text,
    canonicalUrl: $('link[rel="canonical"]').attr('href') ?? null,
    parserVersion: 'interim-0',
  };
}
