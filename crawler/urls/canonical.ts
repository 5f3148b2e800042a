// One spelling per article URL, so the same article found through a feed, a sitemap and a
// listing page is stored once: tracking parameters and fragments dropped, host lower-cased,
// default ports and empty queries removed. The page's own rel=canonical wins after fetching.

const trackingParams = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'mc_cid', 'mc_eid', 'igshid', '_ga', '_gl',
  'ref', 'ref_src', 'cmpid', 'ito', 'ncid', 'sr_share', 'amp', 'output',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('at_') || trackingParams.has(lower);
}

/** The canonical spelling of an http(s) URL, or undefined for anything else. */
export function canonicalizeUrl(input: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  for (const name of [...url.searchParams.keys()]) {
    if (isTracking(name)) url.searchParams.delete(name);
  }
  if (url.search === '?') url.search = '';
  return url.toString();
}

/** The host part of a URL without a leading "www.", for same-site checks. */
export function siteOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}
