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

export type OutletHealth = {
  id: string;
  name: string;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  articlesLast24h: number;
  articlesTotal: number;
};

/** Per outlet: last success, last error, articles found in the last 24 hours and in all. */
export async function outletHealth(db: Db, now = new Date()): Promise<OutletHealth[]> {
  try {
    const since = new Date(now.getTime() - 24 * 3600_000);
    const outlets = await db.outlet.findMany({ orderBy: { id: 'asc' } });
    const recent = await db.article.groupBy({ by: ['outletId'], where: { discoveredAt: { gte: since } }, _count: { _all: true } });
    const total = await db.article.groupBy({ by: ['outletId'], _count: { _all: true } });
    const countOf = (rows: typeof recent, id: string) => rows.find((row) => row.outletId === id)?._count._all ?? 0;
    return outlets.map((outlet) => ({
      id: outlet.id,
      name: outlet.name,
      lastSuccessAt: outlet.lastSuccessAt,
      lastErrorAt: outlet.lastErrorAt,
      lastError: outlet.lastError,
      articlesLast24h: countOf(recent, outlet.id),
      articlesTotal: countOf(total, outlet.id),
    }));
  } catch (cause) {
    throw wrap('read outlet health', cause);
  }
}
