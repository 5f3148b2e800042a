// The page's language as a BCP 47 tag: <html lang>, og:locale ("en_GB" → "en-GB"),
// Content-Language (header or meta), JSON-LD inLanguage; else a guess from the text.
import type { CheerioAPI } from 'cheerio';
import { lazy } from '../lazy.ts';
import { firstString, type JsonLdNode } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

const tinyld = lazy<typeof import('tinyld')>('tinyld');

/** "en_GB" → "en-GB", "az-latn-az" → "az-Latn-AZ"; anything that is not a language tag → null. */
export function normalizeLanguage(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const parts = raw.trim().split(/[,;\s]/)[0]!.split(/[-_]/);
  const base = parts[0]!.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(base) || base === 'xx' || base === 'und') return null;
  const out = [base];
  for (const part of parts.slice(1, 3)) {
    if (/^[a-z]{4}$/i.test(part) && out.length === 1) out.push(part[0]!.toUpperCase() + part.slice(1).toLowerCase());
    else if (/^([a-z]{2}|\d{3})$/i.test(part)) out.push(part.toUpperCase());
    else break;
  }
  return out.join('-');
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
  return normalizeLanguage(tinyld().detect(sample));
}
