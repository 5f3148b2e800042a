// Review app pages per second: the inbox (first page, a deep page, a person filter) and an
// event page, rendered over HTTP-less Fastify inject from a PostgreSQL database holding
// 2,000 pending events with their articles and candidates. One reviewer, one request at a
// time: the figure is server time per page (query + render), which is what a reviewer waits for.
import { performance } from 'node:perf_hooks';
import { buildReviewApp, hashPassword } from '../review/index.ts';
import { createUser, groupCandidate, migrate, openStore, recordCandidates, saveParsedArticle, upsertArticle, upsertOutlet } from '../store/index.ts';
import { createPostgresDatabase } from '../tests/support/databases.ts';

const EVENTS = 2000;
const ROUNDS = 200;
const surnames = ['Mammadov', 'Aliyev', 'Huseynov', 'Hasanov', 'Guliyev', 'Ismayilov', 'Karimov', 'Nasirov', 'Rustamzade', 'Yagublu'];

export async function run(): Promise<void> {
  process.env.LOG_LEVEL ??= 'error';
  const database = await createPostgresDatabase();
  const store = await openStore({ databaseUrl: database.url });
  try {
    await migrate(store);
    const db = store.db;
    await upsertOutlet(db, { id: 'bench', name: 'Bench Outlet', homepage: 'https://bench.example/', config: {} });
    const seedStart = performance.now();
    for (let i = 0; i < EVENTS; i++) {
      const name = `Person${i} ${surnames[i % surnames.length]}`;
      const quote = `Police detained activist ${name} in Baku on 3 May 2024.`;
      const text = `Headline ${i}\n\n${'Background paragraph. '.repeat(20)}\n\n${quote}\n\n${'More context follows. '.repeat(30)}`;
      const { article } = await upsertArticle(db, { canonicalUrl: `https://bench.example/a/${i}`, outletId: 'bench' });
      await saveParsedArticle(db, article.id, { parseStatus: 'PARSED', title: `Activist ${name} detained`, text, publishedAt: new Date('2024-05-04T08:00:00Z') });
      const start = text.indexOf(quote);
      const { candidates } = await recordCandidates(db, article.id, 'bench', [{ type: 'ARREST', date: '2024-05-03', people: [name], count: null, charges: ['hooliganism'], termMonths: null, evidence: [{ start, end: start + quote.length, quote }], ruleIds: ['bench-rule'], confidence: 0.8 }]);
      await groupCandidate(db, candidates[0]!.id);
    }
    console.log(`seeded ${EVENTS} pending events in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    await createUser(db, { email: 'bench@habeas.test', passwordHash: await hashPassword('bench password 123'), role: 'REVIEWER' });
    const app = await buildReviewApp({ db });
    const login = await app.inject({ method: 'POST', url: '/api/login', payload: { email: 'bench@habeas.test', password: 'bench password 123' } });
    const cookie = `habeas_session=${login.cookies.find((c) => c.name === 'habeas_session')!.value}`;
    const someEvent = (await db.event.findFirstOrThrow({ orderBy: { id: 'asc' }, skip: EVENTS / 2 })).id;
    const pages: [string, string][] = [
      ['inbox, first page', '/inbox'],
      ['inbox, page 40', '/inbox?page=40'],
      ['inbox, person filter', '/inbox?person=Person1234%20Huseynov'],
      ['event page', `/events/${someEvent}`],
      ['API event list', '/api/events'],
    ];
    for (const [label, url] of pages) {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const t = performance.now();
        const response = await app.inject({ method: 'GET', url, headers: { cookie } });
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      console.log(`${label.padEnd(22)} ${(1000 / mean).toFixed(0).padStart(5)} pages/s   p50 ${times[Math.floor(ROUNDS * 0.5)]!.toFixed(1)} ms   p95 ${times[Math.floor(ROUNDS * 0.95)]!.toFixed(1)} ms`);
    }
    await app.close();
  } finally {
    await store.close();
    await database.drop();
  }
}
