// Every article page of the fixture outlets, parsed straight from its file the way the crawl
// hands it over (bytes, the fixture server's Content-Type, the outlet's profile): each has
// its publication date, title and body, and its furniture stays out.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOutlets, parseArticle, type Outlet } from '../../crawler/index.ts';
import { fixtureRegistry, sitesDir } from '../../fixtures/server.ts';

const base = 'http://127.0.0.1:8765';
const articles: Array<{ file: string; outlet: string; contentType: string; published: string }> = [
  { file: 'wire/2026/11/02/blogger-detained-in-sabirli-after-posts-on-water-shortages/index.html', outlet: 'caspian-wire', contentType: 'text/html; charset=utf-8', published: '2026-11-02T08:40:00+04:00' },
  { file: 'wire/2026/11/05/court-remands-three-trade-unionists-for-four-months/index.html', outlet: 'caspian-wire', contentType: 'text/html; charset=utf-8', published: '2026-11-05T11:15:00+04:00' },
  { file: 'wire/2026/11/09/presidential-pardon-frees-41-prisoners-including-two-journalists/index.html', outlet: 'caspian-wire', contentType: 'text/html; charset=utf-8', published: '2026-11-09T19:05:00+04:00' },
  { file: 'wire/2026/11/12/economist-sentenced-to-six-years-on-smuggling-charges/index.html', outlet: 'caspian-wire', contentType: 'text/html; charset=utf-8', published: '2026-11-12T16:20:00+04:00' },
  { file: 'ledger/news/1184-lawyer-for-jailed-poet-barred-from-visiting-client/index.html', outlet: 'highland-ledger', contentType: 'text/html; charset=utf-8', published: '2026-11-03T10:00:00+04:00' },
  { file: 'ledger/news/1192-appeals-court-upholds-sentence-of-opposition-organiser/index.html', outlet: 'highland-ledger', contentType: 'text/html; charset=utf-8', published: '2026-11-07T14:30:00+04:00' },
  { file: 'ledger/news/1201-parliament-passes-amnesty-bill-covering-3000-inmates/index.html', outlet: 'highland-ledger', contentType: 'text/html; charset=utf-8', published: '2026-11-10T12:05:00+04:00' },
  { file: 'vestnik/news/2026/court-extends-detention-of-teachers.html', outlet: 'kura-vestnik', contentType: 'text/html', published: '2026-11-04' },
  { file: 'vestnik/news/2026/pardon-list-published.html', outlet: 'kura-vestnik', contentType: 'text/html; charset=windows-1251', published: '2026-11-10' },
  { file: 'vestnik/news/2026/student-activist-released.html', outlet: 'kura-vestnik', contentType: 'text/html; charset=utf-8', published: '2026-11-13' },
  { file: 'syndicate/a/2026/journalist-sentenced-in-baku.html', outlet: 'syndicate-a', contentType: 'text/html; charset=utf-8', published: '2026-11-19T15:00:00+04:00' },
  { file: 'syndicate/a/2026/defender-detained-in-ganja.html', outlet: 'syndicate-a', contentType: 'text/html; charset=utf-8', published: '2026-11-17T09:30:00+04:00' },
  { file: 'syndicate/b/2026/ganja-defender-held.html', outlet: 'syndicate-b', contentType: 'text/html; charset=utf-8', published: '2026-11-17T11:00:00+04:00' },
  { file: 'syndicate/b/2026/lawyer-says-defender-case-fabricated.html', outlet: 'syndicate-b', contentType: 'text/html; charset=utf-8', published: '2026-11-18T08:00:00+04:00' },
];

const furniture = /Share this|Subscribe|See also|Recent posts|Most read|Read also|thoughts on|Print this article|Other news|All rights reserved|Support us|Photo:/;

describe('the fixture outlets\' articles', async () => {
  const outlets: Outlet[] = await loadOutlets(fixtureRegistry, { FIXTURE_URL: base });

  it.each(articles)('parses $file with its publication date, title and body', async ({ file, outlet, contentType, published }) => {
    const bytes = Buffer.from((await readFile(path.join(sitesDir, file), 'latin1')).replaceAll('{{BASE}}', base), 'latin1');
    const profile = outlets.find((o) => o.id === outlet)?.articleSelectors;
    const parsed = parseArticle({ html: bytes, url: `${base}/${file.replace(/index\.html$/, '')}`, contentType, profile });
    expect(parsed.published).toBe(published);
    expect(parsed.title).toBeTruthy();
    expect(parsed.title).not.toMatch(/Caspian Wire|Highland Ledger|Kura Vestnik/);
    expect(parsed.text.split('\n\n').length).toBeGreaterThanOrEqual(2);
    expect(parsed.text).not.toMatch(furniture);
    expect(parsed.text).not.toContain('\ufffd');
  });
});
