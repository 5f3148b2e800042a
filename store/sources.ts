// The archived copies behind an event page: snapshot metadata per article, and one
// snapshot's bytes for the "as fetched" view.
import type { Db } from './connect.ts';
import { NotFoundError, wrap } from './errors.ts';
import { snapshotBody } from './snapshots.ts';

const metaFields = { id: true, articleId: true, finalUrl: true, status: true, contentType: true, size: true, sha256: true, fetchedAt: true } as const;

/** Snapshot metadata (no bytes) of some articles, newest first per article. */
export async function listSnapshotMeta(db: Db, articleIds: number[]) {
  if (!articleIds.length) return [];
  try {
    return await db.snapshot.findMany({ where: { articleId: { in: articleIds } }, select: metaFields, orderBy: [{ articleId: 'asc' }, { fetchedAt: 'desc' }] });
  } catch (cause) {
    throw wrap('list snapshots', cause);
  }
}

/** One snapshot with its bytes decompressed. */
export async function getSnapshot(db: Db, id: number) {
  try {
    const snapshot = await db.snapshot.findUnique({ where: { id } });
    if (!snapshot) throw new NotFoundError(`store: snapshot ${id} does not exist`);
    const { body, ...meta } = snapshot;
    return { ...meta, raw: snapshotBody({ body }) };
  } catch (cause) {
    throw wrap(`read snapshot ${id}`, cause);
  }
}
