import type { Db } from './connect.ts';
import { wrap } from './errors.ts';

export type StoreCounts = {
  articles: number;
  parsed: number;
  parseFailed: number;
  candidates: number;
  events: { pending: number; confirmed: number; rejected: number };
};

export async function countStore(db: Db): Promise<StoreCounts> {
  try {
    const [articles, parsed, parseFailed, candidates, byStatus] = await Promise.all([
      db.article.count(),
      db.article.count({ where: { parseStatus: 'PARSED' } }),
      db.article.count({ where: { parseStatus: 'FAILED' } }),
      db.candidate.count({ where: { supersededAt: null } }),
      db.event.groupBy({ by: ['status'], _count: { _all: true } }),
    ]);
    const status = (name: string) => byStatus.find((row) => row.status === name)?._count._all ?? 0;
    return { articles, parsed, parseFailed, candidates, events: { pending: status('PENDING'), confirmed: status('CONFIRMED'), rejected: status('REJECTED') } };
  } catch (cause) {
    throw wrap('count articles, candidates and events', cause);
  }
}

/**
 * When an outlet counts as silent: no successful fetch, or no new article, for this long. An
 * outlet's pages can load fine while its feed or section moved: the second rule catches that.
 */
export const SILENCE_RULES = { noSuccessHours: 48, noArticleHours: 48 } as const;

export type OutletHealth = {
  id: string;
  name: string;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  /** The last error is newer than the last success (or there was never a success). */
  failing: boolean;
  lastArticleAt: Date | null;
  articlesLast24h: number;
  articlesTotal: number;
  /** Why the outlet counts as silent (SILENCE_RULES), or null when it is not. */
  silent: string | null;
};

/** Why an outlet counts as silent at `now`, or null. Pure, so the CLI and the app agree. */
export function silenceOf(outlet: { lastSuccessAt: Date | null; lastArticleAt: Date | null }, now: Date, rules = SILENCE_RULES): string | null {
  if (!outlet.lastSuccessAt) return 'never fetched successfully';
  if (now.getTime() - outlet.lastSuccessAt.getTime() > rules.noSuccessHours * 3600_000) return `no successful fetch in ${rules.noSuccessHours} h`;
  if (!outlet.lastArticleAt) return 'no article found yet';
  if (now.getTime() - outlet.lastArticleAt.getTime() > rules.noArticleHours * 3600_000) return `no new article in ${rules.noArticleHours} h`;
  return null;
}

/** Per outlet: last success, last error, articles found in the last 24 hours and in all, silence. */
export async function outletHealth(db: Db, now = new Date()): Promise<OutletHealth[]> {
  try {
    const since = new Date(now.getTime() - 24 * 3600_000);
    const outlets = await db.outlet.findMany({ orderBy: { id: 'asc' } });
    const recent = await db.article.groupBy({ by: ['outletId'], where: { discoveredAt: { gte: since } }, _count: { _all: true } });
    const total = await db.article.groupBy({ by: ['outletId'], _count: { _all: true }, _max: { discoveredAt: true } });
    const countOf = (rows: typeof recent, id: string) => rows.find((row) => row.outletId === id)?._count._all ?? 0;
    return outlets.map((outlet) => {
      const lastArticleAt = total.find((row) => row.outletId === outlet.id)?._max.discoveredAt ?? null;
      return {
        id: outlet.id,
        name: outlet.name,
        lastSuccessAt: outlet.lastSuccessAt,
        lastErrorAt: outlet.lastErrorAt,
        lastError: outlet.lastError,
        failing: Boolean(outlet.lastError && (!outlet.lastSuccessAt || (outlet.lastErrorAt && outlet.lastErrorAt > outlet.lastSuccessAt))),
        lastArticleAt,
        articlesLast24h: countOf(recent, outlet.id),
        articlesTotal: countOf(total, outlet.id),
        silent: silenceOf({ lastSuccessAt: outlet.lastSuccessAt, lastArticleAt }, now),
      };
    });
  } catch (cause) {
    throw wrap('read outlet health', cause);
  }
}
