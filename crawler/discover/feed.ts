// RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed → article links, through feedsmith.
// A feed that is not well-formed throws a PermanentFetchError naming the problem.
import { XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { PermanentFetchError } from '../fetch/errors.ts';

export type DiscoveredLink = { url: string; published?: string };

type AnyItem = {
  link?: string;
  url?: string;
  guid?: { value?: string; isPermaLink?: boolean };
  links?: Array<{ href?: string; rel?: string }>;
  pubDate?: string;
  published?: string;
  updated?: string;
  date_published?: string;
  dc?: { date?: string };
};

function linkOf(item: AnyItem): string | undefined {
  if (item.link) return item.link;
  if (item.links?.length) {
    const alternate = item.links.find((link) => !link.rel || link.rel === 'alternate');
    return (alternate ?? item.links[0])?.href;
  }
  if (item.url) return item.url;
  const guid = item.guid?.value;
  if (guid && item.guid?.isPermaLink !== false && /^https?:\/\//.test(guid)) return guid;
  return undefined;
}

export type FeedLinks = { links: DiscoveredLink[]; problem?: string };

/**
 * The links of a feed. A feed that is not well-formed XML is still read as far as feedsmith's
 * lenient parser gets, and `problem` says what is wrong; one with no readable items throws.
 */
export function linksFromFeed(text: string): FeedLinks {
  const body = text.replace(/^\uFEFF/, '');
  let problem: string | undefined;
  if (!body.trimStart().startsWith('{')) {
    const valid = XMLValidator.validate(body);
    if (valid !== true) problem = `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`;
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (err) {
    throw new PermanentFetchError('malformed-feed', problem ?? `not a readable RSS/Atom/JSON feed: ${(err as Error).message}`);
  }
  const feed = parsed.feed as { items?: AnyItem[]; entries?: AnyItem[] };
  const items = feed.items ?? feed.entries ?? [];
  const links: DiscoveredLink[] = [];
  for (const item of items) {
    const url = linkOf(item);
    if (!url) continue;
    const published = item.pubDate ?? item.published ?? item.date_published ?? item.dc?.date ?? item.updated;
    links.push(published ? { url, published } : { url });
  }
  if (problem && links.length === 0) throw new PermanentFetchError('malformed-feed', problem);
  return problem ? { links, problem } : { links };
}
