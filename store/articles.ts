import { createHash } from 'node:crypto';
import type { Db } from './connect.ts';
import { NotFoundError, wrap } from './errors.ts';
import type { ParseStatus } from './generated/client.ts';

export type ArticleRef = { canonicalUrl: string; outletId?: string | null; discoveredVia?: string | null };

/** Creates the article for a canonical URL, or returns the one already stored. */
export async function upsertArticle(db: Db, ref: ArticleRef) {
  try {
    const existing = await db.article.findUnique({ where: { canonicalUrl: ref.canonicalUrl } });
    if (existing) return { article: existing, created: false };
    // Two workers may race on the same URL: the unique index decides, and the loser reads.
    const created = await db.article
      .create({ data: { canonicalUrl: ref.canonicalUrl, outletId: ref.outletId ?? null, discoveredVia: ref.discoveredVia ?? null } })
      .catch(async (error: { code?: string }) => {
        if (error?.code !== 'P2002') throw error;
        return null;
      });
    if (created) return { article: created, created: true };
    const winner = await db.article.findUniqueOrThrow({ where: { canonicalUrl: ref.canonicalUrl } });
    return { article: winner, created: false };
  } catch (cause) {
    throw wrap(`upsert article ${ref.canonicalUrl}`, cause);
  }
}

/** Which of these canonical URLs are stored already (discovery skips them). */
export async function findExistingUrls(db: Db, urls: string[]): Promise<Set<string>> {
  if (!urls.length) return new Set();
  try {
    const rows = await db.article.findMany({ where: { canonicalUrl: { in: urls } }, select: { canonicalUrl: true } });
    return new Set(rows.map((row) => row.canonicalUrl));
  } catch (cause) {
    throw wrap('look up stored URLs', cause);
  }
}

export type ParsedFields = {
  title?: string | null;
  byline?: string | null;
  publishedAt?: Date | null;
  publishedRaw?: string | null;
  modifiedAt?: Date | null;
  language?: string | null;
  text?: string | null;
  parserVersion?: string | null;
  parseStatus: ParseStatus;
  parseError?: string | null;
};

/** sha256 of the text with white space folded: syndicated copies of a story share it. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}

export async function saveParsedArticle(db: Db, articleId: number, fields: ParsedFields) {
  try {
    return await db.article.update({
      where: { id: articleId },
      data: {
        title: fields.title ?? null,
        byline: fields.byline ?? null,
        publishedAt: fields.publishedAt ?? null,
        publishedRaw: fields.publishedRaw ?? null,
        modifiedAt: fields.modifiedAt ?? null,
        language: fields.language ?? null,
        text: fields.text ?? null,
        contentHash: fields.text ? contentHash(fields.text) : null,
        parserVersion: fields.parserVersion ?? null,
        parseStatus: fields.parseStatus,
        parseError: fields.parseError ?? null,
      },
    });
  } catch (cause) {
    throw wrap(`save the parsed fields of article ${articleId}`, cause);
  }
}

export async function getArticle(db: Db, articleId: number) {
  try {
    const article = await db.article.findUnique({ where: { id: articleId } });
    if (!article) throw new NotFoundError(`store: article ${articleId} does not exist`);
    return article;
  } catch (cause) {
    throw wrap(`read article ${articleId}`, cause);
  }
}

/** Ids of parsed articles, in pages, for re-extraction over the stored corpus. */
export async function listParsedArticleIds(db: Db, options: { afterId?: number; take?: number; outletId?: string } = {}) {
  try {
    const rows = await db.article.findMany({
      where: { parseStatus: 'PARSED', id: { gt: options.afterId ?? 0 }, ...(options.outletId ? { outletId: options.outletId } : {}) },
      orderBy: { id: 'asc' },
      take: options.take ?? 500,
      select: { id: true },
    });
    return rows.map((row) => row.id);
  } catch (cause) {
    throw wrap('list parsed articles', cause);
  }
}
