// Reading the parser's fixture pages (fixtures/parse/) for the parse*.test.ts suites.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const parseFixtures = path.resolve(import.meta.dirname, '../../fixtures/parse');

export function fixturePage(name: string): Buffer {
  return readFileSync(path.join(parseFixtures, name));
}

/** A minimal page around a body, for cases that need no fixture file of their own. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page</title>${head}</head><body>${body}</body></html>`;
}

export const story = [
  'A court in the capital sentenced a human rights defender to six years in prison on Tuesday, on charges of fraud that her supporters say were invented.',
  'She was arrested in the spring after publishing a report on conditions in the country\'s prisons, and has been held in pre-trial detention since then.',
  'Her lawyer said the defence would appeal. Several embassies had sent observers to the hearing, which lasted less than an hour.',
];
