// Everything about an article except its body, read from the page before it is cleaned.
import type { CheerioAPI } from 'cheerio';
import type { ArticleProfile } from '../outlets/schema.ts';
import { bylineOf } from './meta/byline.ts';
import { modifiedDate, publishedDate, type FoundDate } from './meta/dates.ts';
import { articleNode, jsonLdNodes } from './meta/json-ld.ts';
import { declaredLanguage } from './meta/language.ts';
import { firstMeta, metaTags } from './meta/meta-tags.ts';
import { titleOf } from './meta/title.ts';

export type Metadata = {
  title: string | null;
  byline: string | null;
  published: FoundDate | null;
  modified: FoundDate | null;
  lang: string | null;
  canonicalUrl: string | null;
};

function absolute(href: string | undefined, base: string | undefined): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

export function readMetadata($: CheerioAPI, input: { url?: string; profile?: ArticleProfile; contentLanguage?: string }): Metadata {
  const tags = metaTags($);
  const nodes = jsonLdNodes($);
  const article = articleNode(nodes);
  const published = publishedDate({ $, tags, article, nodes, url: input.url, profileSelector: input.profile?.date });
  let modified = modifiedDate({ $, tags, article, nodes, url: input.url, profileSelector: undefined });
  // a page that only says when it was updated has no modified date apart from its published one
  if (modified && published && modified.source === published.source && modified.value === published.value && modified.source === 'time') modified = null;
  return {
    title: titleOf($, tags, article, nodes, input.url, input.profile?.title),
    byline: bylineOf($, tags, article, nodes, input.profile?.byline),
    published,
    modified,
    lang: declaredLanguage($, tags, article, input.contentLanguage),
    canonicalUrl: absolute($('link[rel~="canonical" i]').first().attr('href') ?? firstMeta(tags, ['og:url']), input.url),
  };
}
