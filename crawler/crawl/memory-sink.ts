// A CrawlSink held in memory, with the store's rules (one article per canonical URL, one
// snapshot per article and body hash). For unit tests and the fetch benchmark, where a
// database would measure the database.
import { createHash } from 'node:crypto';
import type { CrawlSink, FeedStateRecord, ParsedFields, SnapshotInput, StoredSnapshot } from './types.ts';

type MemoryArticle = { id: number; canonicalUrl: string; outletId: string; discoveredVia: string | null; parsed?: ParsedFields };
type MemorySnapshot = SnapshotInput & { id: number; sha256: string; fetchedAt: Date };

export class MemorySink implements CrawlSink {
  readonly outlets = new Map<string, unknown>();
  readonly articles = new Map<string, MemoryArticle>();
  readonly snapshots: MemorySnapshot[] = [];
  readonly feedStates = new Map<string, FeedStateRecord>();

  async upsertOutlet(outlet: { id: string }): Promise<void> {
    this.outlets.set(outlet.id, outlet);
  }

  async findExistingUrls(urls: string[]): Promise<Set<string>> {
    return new Set(urls.filter((url) => this.articles.has(url)));
  }

  async getFeedState(url: string) {
    const state = this.feedStates.get(url);
    return state ? { etag: state.etag, lastModified: state.lastModified } : null;
  }

  async saveFeedState(state: FeedStateRecord): Promise<void> {
    this.feedStates.set(state.url, state);
  }

  async upsertArticle(input: { canonicalUrl: string; outletId: string; discoveredVia?: string | null }) {
    const existing = this.articles.get(input.canonicalUrl);
    if (existing) return { articleId: existing.id, created: false };
    const article = { id: this.articles.size + 1, canonicalUrl: input.canonicalUrl, outletId: input.outletId, discoveredVia: input.discoveredVia ?? null };
    this.articles.set(input.canonicalUrl, article);
    return { articleId: article.id, created: true };
  }

  async addSnapshot(snapshot: SnapshotInput, fetchedAt: Date) {
    const sha256 = createHash('sha256').update(snapshot.body).digest('hex');
    const existing = this.snapshots.find((s) => s.articleId === snapshot.articleId && s.sha256 === sha256);
    if (existing) return { snapshotId: existing.id, sha256, created: false };
    const stored = { ...snapshot, id: this.snapshots.length + 1, sha256, fetchedAt };
    this.snapshots.push(stored);
    return { snapshotId: stored.id, sha256, created: true };
  }

  async saveParsedArticle(articleId: number, fields: ParsedFields): Promise<void> {
    const article = [...this.articles.values()].find((a) => a.id === articleId);
    if (article) article.parsed = fields;
  }

  async *eachSnapshot(filter: { outletId?: string }): AsyncIterable<StoredSnapshot> {
    const byArticle = new Map<number, MemorySnapshot>();
    for (const s of this.snapshots) byArticle.set(s.articleId, s);
    const outletOf = (id: number) => [...this.articles.values()].find((a) => a.id === id)?.outletId ?? null;
    yield* [...byArticle.values()]
      .filter((s) => !filter.outletId || outletOf(s.articleId) === filter.outletId)
      .map((s) => ({ id: s.id, articleId: s.articleId, outletId: outletOf(s.articleId), requestUrl: s.requestUrl, finalUrl: s.finalUrl, contentType: s.contentType, body: s.body, fetchedAt: s.fetchedAt }));
  }

  article(url: string): MemoryArticle | undefined {
    return this.articles.get(url);
  }
}
