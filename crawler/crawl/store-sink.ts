// The CrawlSink over the real store (store/index.ts): every crawl call is one store function.
import {
  addSnapshot, findExistingUrls, getFeedState, listLatestSnapshots, saveFeedState, saveParsedArticle, upsertArticle, upsertOutlet, type Db,
} from '../../store/index.ts';
import type { CrawlSink, StoredSnapshot } from './types.ts';

export function storeSink(db: Db): CrawlSink {
  return {
    upsertOutlet: async (outlet) => {
      await upsertOutlet(db, { ...outlet, config: JSON.parse(JSON.stringify(outlet.config)) });
    },
    findExistingUrls: (urls) => findExistingUrls(db, urls),
    getFeedState: async (url) => {
      const state = await getFeedState(db, url);
      return state ? { etag: state.etag, lastModified: state.lastModified } : null;
    },
    saveFeedState: async (state) => {
      await saveFeedState(db, state);
    },
    upsertArticle: async (ref) => {
      const { article, created } = await upsertArticle(db, ref);
      return { articleId: article.id, created };
    },
    addSnapshot: async (snapshot, fetchedAt) => {
      const { snapshot: stored, created } = await addSnapshot(db, { ...snapshot, fetchedAt });
      return { snapshotId: stored.id, sha256: stored.sha256, created };
    },
    saveParsedArticle: async (articleId, fields) => {
      await saveParsedArticle(db, articleId, fields);
    },
    eachSnapshot: async function* (filter): AsyncIterable<StoredSnapshot> {
      let afterArticleId = 0;
      for (;;) {
        const page = await listLatestSnapshots(db, { outletId: filter.outletId, afterArticleId, take: 100 });
        if (!page.length) break;
        for (const { article, snapshot, raw } of page) {
          yield {
            id: snapshot.id, articleId: article.id, outletId: article.outletId, requestUrl: snapshot.requestUrl, finalUrl: snapshot.finalUrl,
            contentType: snapshot.contentType, body: raw, fetchedAt: snapshot.fetchedAt,
          };
        }
        afterArticleId = page.at(-1)!.article.id;
      }
    },
  };
}
