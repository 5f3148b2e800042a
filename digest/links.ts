// Links into the review app (HABEAS_PUBLIC_URL): `/events/:id` and `/snapshots/:id`.

export type Links = {
  base: string;
  event(id: number): string;
  snapshot(id: number): string;
  feed(watchlistId: number | null): string;
};

export function reviewLinks(publicUrl: string): Links {
  const base = new URL(publicUrl);
  // A base with a path (https://example.org/habeas) keeps it: links are relative to it.
  const root = base.href.endsWith('/') ? base.href : `${base.href}/`;
  const at = (path: string) => new URL(path, root).href;
  return {
    base: root,
    event: (id) => at(`events/${id}`),
    snapshot: (id) => at(`snapshots/${id}`),
    feed: (watchlistId) => at(watchlistId === null ? 'digest.atom' : `watchlists/${watchlistId}/digest.atom`),
  };
}

/**
 * The URL as a link target, or null when it is not plain http(s): an article URL comes
 * from the crawled page, and `javascript:` or `data:` must never become a link.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
