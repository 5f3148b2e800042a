// Seeds the fixture articles of fixtures/digest/ through the store functions, the way the
// pipeline and a reviewer would: article, snapshot, candidates, grouping, decisions.
import { articles, outlets, pageHtml, type FixtureArticle } from '../../fixtures/digest/articles.ts';
import {
  addSnapshot, confirmEvent, createUser, groupCandidate, recordCandidates, rejectEvent, saveParsedArticle, upsertArticle, upsertOutlet, type Db,
} from '../../store/index.ts';

export type Seeded = {
  reviewerId: number;
  /** Event id by the fixture's event key. */
  events: Record<string, number>;
  /** Article and snapshot ids by URL. */
  articles: Record<string, { articleId: number; snapshotId: number; sha256: string; body: Buffer }>;
};

export function evidenceOf(article: FixtureArticle, quote: string) {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in its article: ${quote}`);
  return { start, end: start + quote.length, quote };
}

export async function seedArticle(db: Db, article: FixtureArticle) {
  const outlet = outlets[article.outlet];
  await upsertOutlet(db, { ...outlet, config: {} });
  const { article: row } = await upsertArticle(db, { canonicalUrl: article.url, outletId: outlet.id });
  await saveParsedArticle(db, row.id, { parseStatus: 'PARSED', title: article.title, text: article.text, publishedAt: new Date(article.published), publishedRaw: article.published, language: 'en' });
  const body = Buffer.from(pageHtml(article), 'utf8');
  const fetchedAt = new Date(new Date(article.published).getTime() + 3600_000);
  const { snapshot } = await addSnapshot(db, { articleId: row.id, requestUrl: `${article.url}?utm_source=feed`, finalUrl: article.url, status: 200, headers: article.headers, contentType: 'text/html; charset=utf-8', body, fetchedAt });
  const { candidates } = await recordCandidates(
    db,
    row.id,
    'digest-test-1',
    article.events.map((event) => ({
      type: event.type, date: event.date, people: event.people, count: event.count ?? null, charges: event.charges ?? [], termMonths: event.termMonths ?? null,
      evidence: [evidenceOf(article, event.quote)], ruleIds: event.ruleIds, confidence: event.confidence,
    })),
  );
  return { articleId: row.id, snapshot, body, candidates };
}

/** Every fixture article, grouped and decided as the fixture says. */
export async function seedDigestFixtures(db: Db, reviewerEmail = 'reviewer@fixture.example'): Promise<Seeded> {
  const reviewer = await createUser(db, { email: reviewerEmail, passwordHash: 'not-a-real-hash', role: 'REVIEWER', name: 'Fixture Reviewer' });
  const seeded: Seeded = { reviewerId: reviewer.id, events: {}, articles: {} };
  const decisions = new Map<number, 'confirm' | 'reject' | 'leave'>();
  for (const article of articles) {
    const { articleId, snapshot, body, candidates } = await seedArticle(db, article);
    seeded.articles[article.url] = { articleId, snapshotId: snapshot.id, sha256: snapshot.sha256, body };
    for (const [i, candidate] of candidates.entries()) {
      const { eventId } = await groupCandidate(db, candidate.id);
      const event = article.events[i]!;
      seeded.events[event.key] = eventId;
      decisions.set(eventId, event.decision);
    }
  }
  for (const [eventId, decision] of decisions) {
    if (decision === 'confirm') await confirmEvent(db, { eventId, userId: reviewer.id });
    if (decision === 'reject') await rejectEvent(db, { eventId, userId: reviewer.id, reason: 'the article says the report was false' });
  }
  return seeded;
}

export { articles };
