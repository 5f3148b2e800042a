// The page's language as a BCP 47 tag: <html lang>, og:locale ("en_GB" → "en-GB"),
// Content-Language (header or meta), JSON-LD inLanguage; else a guess from the text.
import type { CheerioAPI } from 'cheerio';
import { detect } from 'tinyld';
import { firstString, type JsonLdNode } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

const tag = /^([a-z]{2,3})(?:[-_]([a-z]{2}|[a-z]{4}|\d{3}))?$/i;

export function normalizeLanguage(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const first = raw.split(/[,;\s]/)[0]!.trim();
  const m = tag.exec(first);
  if (!m) return null;
  const base = m[1]!.toLowerCase();
  if (base === 'xx' || base === 'und') return null;
  const region = m[2] ? (m[2].length === 4 ? m[2][0]!.toUpperCase() + m[2].slice(1).toLowerCase() : m[2].toUpperCase()) : '';
  return region ? `${base}-${region}` : base;
}

export function declaredLanguage($: CheerioAPI, tags: MetaTags, article: JsonLdNode | undefined, contentLanguage?: string): string | null {
  return (
    normalizeLanguage($('html').attr('lang') ?? $('html').attr('xml:lang')) ??
    normalizeLanguage(firstMeta(tags, ['og:locale'])) ??
    normalizeLanguage(contentLanguage) ??
    normalizeLanguage(firstMeta(tags, ['content-language', 'language', 'dc.language'])) ??
    normalizeLanguage(firstString(article, [], 'inLanguage'))
  );
}

/** A guess from the article text (tinyld), used only when the page declares no language. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 2000);
  if (sample.replace(/[^\p{L}]/gu, '').length < 80) return null;
  return normalizeLanguage(detect(sample));
}
