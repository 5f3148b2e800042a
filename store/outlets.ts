import type { Db } from './connect.ts';
import { wrap } from './errors.ts';
import type { Prisma } from './generated/client.ts';

export type OutletInput = {
  id: string;
  name: string;
  homepage: string;
  language?: string | null;
  allowPrivate?: boolean;
  config: Prisma.InputJsonValue;
};

export async function upsertOutlet(db: Db, outlet: OutletInput) {
  const data = {
    name: outlet.name,
    homepage: outlet.homepage,
    language: outlet.language ?? null,
    allowPrivate: outlet.allowPrivate ?? false,
    config: outlet.config,
  };
  try {
    return await db.outlet.upsert({ where: { id: outlet.id }, create: { id: outlet.id, ...data }, update: data });
  } catch (cause) {
    throw wrap(`upsert outlet ${outlet.id}`, cause);
  }
}

export async function recordOutletResult(db: Db, outletId: string, result: { ok: true } | { ok: false; error: string }, at = new Date()) {
  try {
    await db.outlet.update({
      where: { id: outletId },
      data: result.ok ? { lastSuccessAt: at } : { lastErrorAt: at, lastError: result.error.slice(0, 2000) },
    });
  } catch (cause) {
    throw wrap(`record the result of outlet ${outletId}`, cause);
  }
}

export type FeedStateInput = {
  url: string;
  outletId: string;
  kind: 'feed' | 'sitemap' | 'listing';
  etag?: string | null;
  lastModified?: string | null;
  lastStatus?: number | null;
  lastError?: string | null;
  itemsSeen?: number;
  lastFetchedAt?: Date;
};

export async function getFeedState(db: Db, url: string) {
  try {
    return await db.feedState.findUnique({ where: { url } });
  } catch (cause) {
    throw wrap(`read the state of ${url}`, cause);
  }
}

export async function saveFeedState(db: Db, state: FeedStateInput) {
  const data = {
    outletId: state.outletId,
    kind: state.kind,
    etag: state.etag ?? null,
    lastModified: state.lastModified ?? null,
    lastStatus: state.lastStatus ?? null,
    lastError: state.lastError ?? null,
    itemsSeen: state.itemsSeen ?? 0,
    lastFetchedAt: state.lastFetchedAt ?? new Date(),
  };
  try {
    return await db.feedState.upsert({ where: { url: state.url }, create: { url: state.url, ...data }, update: data });
  } catch (cause) {
    throw wrap(`save the state of ${state.url}`, cause);
  }
}
