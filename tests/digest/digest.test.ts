import { parseFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, renderAtom, renderHtml, renderMarkdown, renderText, reviewLinks, SETTLE_MS, type Digest } from '../../digest/index.ts';
import { addWatchlistPerson, createWatchlist, findPeopleByAlias, getWatchlistByName, type Db } from '../../store/index.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases.ts';
import { seedDigestFixtures, type Seeded } from './seed.ts';

const links = reviewLinks('https://review.fixture.example/habeas');

describe.each(databaseKinds)('the digest on %s', (kind) => {
  let database: TestDatabase;
  let db: Db;
  let seeded: Seeded;
  let digest: Digest;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.store.db;
    seeded = await seedDigestFixtures(db);
    await createWatchlist(db, { name: 'Sabirli bloggers', email: 'monitor@fixture.example' });
    const list = await getWatchlistByName(db, 'sabirli BLOGGERS');
    for (const name of ['Samir Novruzlu', 'Leyla Hasanova']) {
      const [person] = await findPeopleByAlias(db, name);
      await addWatchlistPerson(db, list.id, person!.id);
    }
    const now = new Date(Date.now() + SETTLE_MS + 60_000);
    digest = await buildDigest(db, { watchlist: await getWatchlistByName(db, 'Sabirli bloggers'), period: { start: new Date(now.getTime() - 86_400_000), end: now }, links, now });
  });
  afterAll(async () => database?.drop());

  it('lists the watchlist people first, then the other events by type', () => {
    expect(digest.sections.map((section) => section.kind === 'watchlist' ? 'watchlist' : section.type)).toEqual(['watchlist', 'SENTENCE', 'PARDON']);
    const watched = digest.sections[0]!.lines;
    // Within the watchlist section: by type (arrest before release).
    expect(watched.map((line) => [line.type, line.people.map((p) => [p.name, p.watched])])).toEqual([
      ['ARREST', [['Samir Novruzlu', true]]],
      ['RELEASE', [['Leyla Həsənova', true]]],
    ]);
    expect(digest.watched).toBe(2);
  });

  it('lists only confirmed events, and counts the pending ones without naming them', () => {
    const ids = digest.sections.flatMap((section) => section.lines.map((line) => line.eventId)).sort((a, b) => a - b);
    const confirmed = ['mirzayev-sentence', 'novruzlu-arrest', 'hasanova-release', 'pardon-41'].map((key) => seeded.events[key]!).sort((a, b) => a - b);
    expect(ids).toEqual(confirmed);
    expect(digest.total).toBe(4);
    expect(digest.pending).toBe(1);
    for (const rendered of [renderText(digest), renderHtml(digest), renderMarkdown(digest), renderAtom(digest)]) {
      expect(rendered).not.toContain('Guliyev'); // pending
      expect(rendered).not.toContain('Kamala'); // rejected
      expect(rendered).toMatch(/awaiting review: 1/i);
    }
  });

  it('gives each line its date at its precision, people, charges, term and every source with both links', () => {
    const sentence = digest.sections.find((section) => section.type === 'SENTENCE')!.lines[0]!;
    expect(sentence.sources.map((source) => source.outlet)).toEqual(['Caspian Wire', 'The Ledger']);
    const text = renderText(digest);
    expect(text).toContain('* Sentence · 12 November 2026 · Rauf Mirzayev');
    expect(text).toContain('term: 6 years · charges: smuggling · 2 sources');
    expect(text).toContain('* Release · November 2026 · Leyla Həsənova (watched)');
    expect(text).toContain('* Pardon · 9 November 2026 · 41 people');
    const wire = seeded.articles['https://wire.fixture.example/2026/11/12/economist-sentenced']!;
    expect(text).toContain('original: https://wire.fixture.example/2026/11/12/economist-sentenced');
    expect(text).toContain(`archived: https://review.fixture.example/habeas/snapshots/${wire.snapshotId}`);
    expect(text).toContain(`event: https://review.fixture.example/habeas/events/${seeded.events['mirzayev-sentence']}`);
  });

  it('escapes a hostile article title in the HTML e-mail, so no script or tag of its own reaches the reader', () => {
    const page = renderHtml(digest);
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>detained</b>');
    expect(page).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; Blogger &lt;b&gt;detained&lt;/b&gt; &amp; questioned');
    // Only the markup the template writes: every tag is one of ours.
    const tags = new Set([...page.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].sort()).toEqual(['a', 'body', 'br', 'div', 'h1', 'h2', 'head', 'html', 'meta', 'p', 'span', 'table', 'td', 'title', 'tr']);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).not.toMatch(/<style|class=/); // inline styles only: mail clients drop style sheets
  });

  it('escapes the hostile title in Markdown and keeps it one link', () => {
    const md = renderMarkdown(digest);
    expect(md).not.toContain('<script>');
    expect(md).toContain('[&lt;script>alert("owned")&lt;/script> Blogger &lt;b>detained&lt;/b> &amp; questioned](<https://vestnik.fixture.example/news/2026/blogger-detained>)');
    expect(md).toMatch(/^## On the watchlist “Sabirli bloggers” \(2\)$/m);
    expect(md).toContain('**Samir Novruzlu**');
  });

  it('renders an Atom feed that a feed parser reads back, one entry per event, titles as text', () => {
    const feed = parseFeed(renderAtom(digest));
    expect(feed.format).toBe('atom');
    type Text = { value?: string; type?: string };
    const entries = (feed.feed as { entries?: { id?: string; title?: Text; content?: Text }[] }).entries ?? [];
    expect(entries).toHaveLength(4);
    expect(entries.map((entry) => entry.id)).toContain(`https://review.fixture.example/habeas/events/${seeded.events['pardon-41']}`);
    const arrest = entries.find((entry) => entry.title?.value?.includes('Samir Novruzlu'))!;
    expect(arrest.title).toEqual({ type: 'html', value: 'Arrest · 2 November 2026 · Samir Novruzlu' });
    // The content is HTML in which the hostile title is text, not markup.
    expect(arrest.content?.value).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;');
    expect(arrest.content?.value).not.toContain('<script>');
  });
});
