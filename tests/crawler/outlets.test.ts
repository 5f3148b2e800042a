// The outlet registry: zod-validated YAML whose errors name the outlet and the field.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOutlets, parseOutlets } from '../../crawler/index.ts';
import { fixtureRegistry } from '../../fixtures/server.ts';

const minimal = (extra = '') => `outlets:\n  - id: good\n    name: Good\n    homepage: https://good.test/\n    feeds: [https://good.test/feed]\n${extra}`;

describe('outlet registry', () => {
  it('fills in defaults for politeness and schedule', () => {
    const [outlet] = parseOutlets(minimal());
    expect(outlet).toMatchObject({ id: 'good', language: 'en', rateLimit: { requestsPerMinute: 30, concurrency: 2 }, schedule: '1h', allowPrivate: false, enabled: true });
  });

  it('names the outlet and the field of a bad entry', () => {
    const text = minimal(`  - id: bad-one\n    name: Bad\n    homepage: https://bad.test/\n    listings: [{url: "https://bad.test/news"}]\n    rateLimit: {requestsPerMinute: 0}\n`);
    expect(() => parseOutlets(text, 'outlets.yaml')).toThrow(/outlet "bad-one" \(entry 2\): listings\.0\.linkSelector/);
    expect(() => parseOutlets(text, 'outlets.yaml')).toThrow(/outlet "bad-one" \(entry 2\): rateLimit\.requestsPerMinute/);
  });

  it('refuses an outlet with nowhere to discover articles, a bad URL, or a duplicate id', () => {
    expect(() => parseOutlets(`outlets:\n  - {id: empty, name: E, homepage: "https://e.test/"}\n`)).toThrow(/outlet "empty".*needs at least one of feeds, sitemaps or listings/);
    expect(() => parseOutlets(minimal('    sitemaps: ["ftp://good.test/s.xml"]\n'))).toThrow(/outlet "good" \(entry 1\): sitemaps\.0/);
    expect(() => parseOutlets(minimal(`  - {id: good, name: G, homepage: "https://g.test/", feeds: ["https://g.test/f"]}\n`))).toThrow(/"good" is used twice/);
  });

  it('refuses an article pattern that is not a regular expression', () => {
    expect(() => parseOutlets(minimal('    articleUrlPattern: "([a-z"\n'))).toThrow(/articleUrlPattern: not a valid regular expression/);
  });

  it('says which ${VARIABLE} is missing', () => {
    expect(() => parseOutlets('outlets:\n  - {id: x, name: X, homepage: "${NOPE}/", feeds: ["${NOPE}/f"]}\n', 'f.yaml', {})).toThrow(/\$\{NOPE\} is used but not set/);
  });

  it('loads the fixture registry and the starter registry of real outlets', async () => {
    const fixtures = await loadOutlets(fixtureRegistry, { FIXTURE_URL: 'http://127.0.0.1:1' });
    expect(fixtures.map((o) => o.id)).toEqual(['caspian-wire', 'highland-ledger', 'kura-vestnik', 'trouble', 'walled-garden']);
    const starter = await loadOutlets(path.resolve('crawler/outlets.example.yaml'), {});
    expect(starter.length).toBeGreaterThanOrEqual(8);
    expect(starter.every((o) => !o.allowPrivate && o.homepage.startsWith('https://'))).toBe(true);
  });
});
