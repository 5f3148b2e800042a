// The pipeline benchmark's outlets: the extractor's generated corpus (fixtures/extractor/
// corpus.ts, about 5 KB of text each) written out as news sites in a folder laid out like
// fixtures/sites/, for fixtures/server.ts to serve. Each outlet publishes its articles in
// one listing source: even outlets an RSS feed, odd ones a sitemap, so both discovery paths
// are timed. Page markup follows the fixture sites: metadata, JSON-LD, navigation, footer.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateArticles } from '../fixtures/extractor/corpus.ts';

export type BenchOutletSite = { id: string; dir: string; source: { kind: 'feed' | 'sitemap'; path: string }; articlePattern: string; articles: number };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(outlet: string, url: string, headline: string, published: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(headline)} | ${outlet}</title>
  <link rel="canonical" href="${url}">
  <meta name="description" content="${escape(paragraphs[0]!.slice(0, 150))}">
  <script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: `${published}T09:00:00Z`, author: [{ '@type': 'Person', name: 'Staff reporter' }], inLanguage: 'en' })}</script>
</head>
<body>
  <header class="site"><a class="logo" href="{{BASE}}/${outlet}/">${outlet}</a>
    <nav><ul><li><a href="{{BASE}}/${outlet}/politics">Politics</a></li><li><a href="{{BASE}}/${outlet}/economy">Economy</a></li><li><a href="{{BASE}}/${outlet}/justice">Justice</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1 class="headline">${escape(headline)}</h1>
      <p class="meta">By Staff reporter · <time datetime="${published}T09:00:00Z">${published}</time></p>
      <div class="story">
${paragraphs.map((p) => `        <p>${escape(p)}</p>`).join('\n')}
      </div>
      <aside class="related"><h2>Related</h2><ul><li><a href="{{BASE}}/${outlet}/">More from ${outlet}</a></li></ul></aside>
    </article>
  </main>
  <footer><p>© ${outlet}. All rights reserved.</p><p><a href="{{BASE}}/${outlet}/about">About</a> · <a href="{{BASE}}/${outlet}/contact">Contact</a></p></footer>
</body>
</html>
`;
}

/** Writes `articles` generated articles as `outlets` sites under `root`; returns what each publishes. */
export async function writeBenchSites(root: string, options: { articles: number; outlets: number; seed?: number }): Promise<BenchOutletSite[]> {
  const corpus = generateArticles(options.articles, { seed: options.seed });
  const sites: BenchOutletSite[] = Array.from({ length: options.outlets }, (_, k) => ({
    id: `bench-${k + 1}`,
    dir: `bench-${k + 1}`,
    source: k % 2 === 0 ? { kind: 'feed' as const, path: `/bench-${k + 1}/feed.xml` } : { kind: 'sitemap' as const, path: `/bench-${k + 1}/sitemap.xml` },
    articlePattern: `^/bench-${k + 1}/news/`,
    articles: 0,
  }));
  const listed: { url: string; title: string; published: string }[][] = sites.map(() => []);
  await Promise.all(sites.map((site) => mkdir(path.join(root, site.dir, 'news'), { recursive: true })));
  for (const [i, article] of corpus.entries()) {
    const k = i % sites.length;
    const site = sites[k]!;
    const [headline, ...paragraphs] = article.text.trim().split(/\n\n/);
    const file = `${article.id}.html`;
    const url = `{{BASE}}/${site.dir}/news/${file}`;
    await writeFile(path.join(root, site.dir, 'news', file), page(site.id, url, headline!, article.published, paragraphs));
    listed[k]!.push({ url, title: headline!, published: article.published });
    site.articles++;
  }
  for (const [k, site] of sites.entries()) {
    const items = listed[k]!;
    const body = site.source.kind === 'feed'
      ? `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${site.id}</title><link>{{BASE}}/${site.dir}/</link><description>bench</description>\n${items
          .map((item) => `<item><title>${escape(item.title)}</title><link>${item.url}</link><guid>${item.url}</guid><pubDate>${new Date(`${item.published}T09:00:00Z`).toUTCString()}</pubDate></item>`)
          .join('\n')}\n</channel></rss>\n`
      : `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items
          .map((item) => `<url><loc>${item.url}</loc><lastmod>${item.published}</lastmod></url>`)
          .join('\n')}\n</urlset>\n`;
    await writeFile(path.join(root, site.source.path), body);
  }
  await writeFile(path.join(root, 'robots.txt'), 'User-agent: *\nDisallow: /private/\n');
  return sites;
}
