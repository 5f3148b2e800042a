// The parser's heavier libraries (linkedom, Readability, chrono-node, tinyld), loaded on first
// use instead of at import: every `habeas` command imports the crawler, and most of them
// (db, status, the workers before their first page) never parse one. Loaded up front they
// added most of a second to each start, several seconds on a loaded machine.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
