// Which articles back an event, and which snapshot of each the digest links to.

type SnapshotRef = { id: number; fetchedAt: Date };

/**
 * The snapshot a reviewer could have seen: the newest fetched at or before the decision;
 * when every snapshot is newer (a re-fetch after the decision), the oldest of them.
 */
export function snapshotSeenAt<T extends SnapshotRef>(snapshots: T[], decidedAt: Date | null): T | null {
  if (!snapshots.length) return null;
  const byTime = [...snapshots].sort((a, b) => a.fetchedAt.getTime() - b.fetchedAt.getTime() || a.id - b.id);
  if (!decidedAt) return byTime.at(-1)!;
  const before = byTime.filter((snapshot) => snapshot.fetchedAt.getTime() <= decidedAt.getTime());
  return before.at(-1) ?? byTime[0]!;
}

/** One entry per article, in the order first seen: several candidates may share an article. */
export function distinctArticles<T extends { articleId: number }>(candidates: T[]): T[] {
  const seen = new Set<number>();
  return candidates.filter((candidate) => {
    if (seen.has(candidate.articleId)) return false;
    seen.add(candidate.articleId);
    return true;
  });
}
