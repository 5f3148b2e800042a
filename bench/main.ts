// `npm run bench [-- SUITE …]`: runs the named benchmark suites (all when none is named)
// and prints their figures. Each suite is a module in bench/ exporting run(): Promise<void>.
// Benchmarks, not timed tests, are where speed is measured (README, "Figures").
import os from 'node:os';

type Suite = { name: string; load: () => Promise<{ run: () => Promise<void> }> };

const suites: Suite[] = [
  // one line per suite, e.g. { name: 'extract', load: () => import('./extract.ts') },
  { name: 'fetch', load: () => import('./fetch.ts') },
  { name: 'review', load: () => import('./review.ts') },
  { name: 'export', load: () => import('./export.ts') },
  { name: 'parse', load: () => import('./parse.ts') },
  { name: 'extract', load: () => import('./extract.ts') },
  { name: 'pipeline', load: () => import('./pipeline.ts') },
];

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const chosen = wanted.length ? suites.filter((suite) => wanted.includes(suite.name)) : suites;
const unknown = wanted.filter((name) => !suites.some((suite) => suite.name === name));
if (unknown.length) {
  process.stderr.write(`bench: unknown suite ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}\n`);
  process.exit(2);
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const suite of chosen) {
  console.log(`\n## ${suite.name}`);
  const module = await suite.load();
  await module.run();
}
