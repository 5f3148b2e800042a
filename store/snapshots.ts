import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Db } from './connect.ts';
import { wrap } from './errors.ts';

export type SnapshotInput = {
  articleId: number;
  requestUrl: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  contentType?: string | null;
  /** The raw bytes as received (after transfer decoding); stored gzip-compressed. */
  body: Buffer;
  fetchedAt?: Date;
};

/**
 * Stores a page as fetched, before it is parsed, so a parser bug never loses a page.
 * The same bytes fetched again for the same article are stored once.
 */
export async function addSnapshot(db: Db, input: SnapshotInput) {
  const sha256 = createHash('sha256').update(input.body).digest('hex');
  try {
    const existing = await db.snapshot.findUnique({ where: { articleId_sha256: { articleId: input.articleId, sha256 } } });
    if (existing) return { snapshot: existing, created: false };
    const headers = Object.fromEntries(Object.entries(input.headers).filter(([, value]) => value !== undefined));
    const snapshot = await db.snapshot.create({
      data: {
        articleId: input.articleId,
        requestUrl: input.requestUrl,
        finalUrl: input.finalUrl,
        status: input.status,
        headers,
        contentType: input.contentType ?? null,
        body: new Uint8Array(gzipSync(input.body)),
        size: input.body.length,
        sha256,
        fetchedAt: input.fetchedAt ?? new Date(),
      },
    });
    return { snapshot, created: true };
  } catch (cause) {
    if ((cause as { code?: string })?.code === 'P2002') {
      const snapshot = await db.snapshot.findUniqueOrThrow({ where: { articleId_sha256: { articleId: input.articleId, sha256 } } });
      return { snapshot, created: false };
    }
    throw wrap(`store the snapshot of ${input.finalUrl}`, cause);
  }
}

export function snapshotBody(snapshot: { body: Uint8Array }): Buffer {
  return gunzipSync(snapshot.body);
}

/** The newest snapshot of an article with its bytes decompressed, or null. */
export async function latestSnapshot(db: Db, articleId: number) {
  try {
    const snapshot = await db.snapshot.findFirst({ where: { articleId }, orderBy: { fetchedAt: 'desc' } });
    return snapshot ? { ...snapshot, raw: snapshotBody(snapshot) } : null;
  } catch (cause) {
    throw wrap(`read the newest snapshot of article ${articleId}`, cause);
  }
}

/** Newest snapshot per article, in pages by article id (for `habeas reparse`). */
export async function listLatestSnapshots(db: Db, options: { outletId?: string; afterArticleId?: number; take?: number } = {}) {
  try {
    const articles = await db.article.findMany({
      where: { id: { gt: options.afterArticleId ?? 0 }, ...(options.outletId ? { outletId: options.outletId } : {}), snapshots: { some: {} } },
      orderBy: { id: 'asc' },
      take: options.take ?? 100,
      select: { id: true, canonicalUrl: true, outletId: true, snapshots: { orderBy: { fetchedAt: 'desc' }, take: 1 } },
    });
    return articles.flatMap((article) =>
      article.snapshots.map((snapshot) => ({ article: { id: article.id, canonicalUrl: article.canonicalUrl, outletId: article.outletId }, snapshot, raw: snapshotBody(snapshot) })),
    );
  } catch (cause) {
    throw wrap('list snapshots', cause);
  }
}
