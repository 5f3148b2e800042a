// reextract: when the extractor's version changes, every stored article is extracted
// again. New candidates supersede old ones; events reviewers decided keep their sources.
import { listParsedArticleIds, type Db } from '../../store/index.ts';
import { extractJob, type ReextractPayload } from '../jobs.ts';
import { enqueueMany, type Queues } from '../queues.ts';

export async function processReextract(db: Db, queues: Queues, payload: ReextractPayload, signal?: AbortSignal): Promise<{ queued: number }> {
  let afterId = 0;
  let queued = 0;
  for (;;) {
    signal?.throwIfAborted();
    const ids = await listParsedArticleIds(db, { afterId, take: 500 });
    if (!ids.length) return { queued };
    await enqueueMany(queues, extractJob, ids.map((articleId) => ({ v: 1 as const, articleId, extractorVersion: payload.extractorVersion })));
    queued += ids.length;
    afterId = ids.at(-1)!;
  }
}
