// Fetch + parse pages per second against the local fixture server: the ten fixture articles,
// each under 30 distinct query strings (300 pages), through the same CheerioCrawler set-up a
// crawl uses (robots.txt, capture, charset, parse), with the rate limit lifted. Storage is the
// in-memory sink, so the figure is the crawler's and the parser's, not the database's.
import { performance } from 'node:perf_hooks';
import { MemorySink, parseArticle, runFetcher, type FetchJob } from '../crawler/index.ts';
import { parseToFields } from '../crawler/crawl/article.ts';
import { startFixtureServer } from '../fixtures/server.ts';

const articles = [
  '/wire/2026/11/02/blogger-detained-in-sabirli-after-posts-on-water-shortages/',
  '/wire/2026/11/05/court-remands-three-trade-unionists-for-four-months/',
  '/wire/2026/11/09/presidential-pardon-frees-41-prisoners-including-two-journalists/',
  '/wire/2026/11/12/economist-sentenced-to-six-years-on-smuggling-charges/',
  '/ledger/news/1184-lawyer-for-jailed-poet-barred-from-visiting-client',
  '/ledger/news/1192-appeals-court-upholds-sentence-of-opposition-organiser',
  '/ledger/news/1201-parliament-passes-amnesty-bill-covering-3000-inmates',
  '/vestnik/news/2026/court-extends-detention-of-teachers.html',
  '/vestnik/news/2026/pardon-list-published.html',
  '/vestnik/news/2026/student-activist-released.html',
];

export async function run(): Promise<void> {
  process.env.LOG_LEVEL ??= 'error';
  const server = await startFixtureServer();
  try {
    for (const concurrency of [1, 4]) {
      const jobs: FetchJob[] = [];
      for (let copy = 0; copy < 30; copy++) for (const path of articles) jobs.push({ url: `${server.url}${path}?copy=${copy}&c=${concurrency}`, label: 'article' });
      const sink = new MemorySink();
      let pages = 0;
      let bytes = 0;
      let failures = 0;
      const started = performance.now();
      await runFetcher(jobs, {
        onPage: async (page) => {
          const { articleId } = await sink.upsertArticle({ canonicalUrl: page.finalUrl, outletId: 'bench' });
          await sink.addSnapshot({ articleId, requestUrl: page.requestUrl, finalUrl: page.finalUrl, status: page.status, headers: page.headers, contentType: page.contentType ?? null, body: page.body }, page.fetchedAt);
          const fields = await parseToFields(parseArticle, page.body, page.finalUrl, page.contentType ?? null);
          if (fields.parseStatus === 'PARSED') pages++;
          bytes += page.body.length;
        },
        onFailure: () => { failures++; },
      }, { allowPrivate: true, requestsPerMinute: 1_000_000, concurrency });
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `fetch+parse, concurrency ${concurrency}: ${pages} pages in ${seconds.toFixed(2)} s = ${(pages / seconds).toFixed(0)} pages/s ` +
          `(${(bytes / seconds / 2 ** 20).toFixed(1)} MB/s, ${failures} failures)`,
      );
    }
  } finally {
    await server.close();
  }
}
