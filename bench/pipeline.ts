// The whole pipeline end to end (issue 5): a generated corpus served by the fixture server
// (one server per outlet, so each outlet is a host of its own as in production, where the
// per-host politeness spacing applies per outlet), discover → fetch (+ snapshot) → parse →
// extract → grouping into a fresh PostgreSQL database through a fresh Redis prefix, run by
// 1 and then 2 real `habeas worker` processes. Reports articles per minute, time per article
// in each stage (from the timings each job returns), queue latency (enqueue → start), CPU
// per article of the workers, of PostgreSQL's backends for this database, of Redis and of
// the fixture servers, and peak RSS per process. Linux only (/proc).
// Eight outlets at 600 requests/min each allow 4,800 fetches a minute, more than the rest of the
// pipeline does on two cores, so the figures show what the stages cost rather than the pace
// at which outlets may be fetched; four outlets show the pipeline held to that pace.
//   BENCH_PIPELINE_ARTICLES (4000), BENCH_PIPELINE_OUTLETS (8), BENCH_PIPELINE_WORKERS ("1,2"),
//   BENCH_PIPELINE_CONCURRENCY (the workers' defaults), BENCH_PIPELINE_PROFILE (a folder for CPU profiles)
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import YAML from 'yaml';
import type { Job } from 'bullmq';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { closeQueues, createQueues, createRedis, discoverJob, enqueue, listFailedJobs, queueCounts, type QueueName, type Queues } from '../queue/index.ts';
import { countStore, migrate, openStore } from '../store/index.ts';
import { createPostgresDatabase, POSTGRES_ADMIN_URL } from '../tests/support/databases.ts';
import { dropPrefix, REDIS_URL } from '../tests/support/redis.ts';
import { writeBenchSites, type BenchOutletSite } from './pipeline-site.ts';

const ARTICLES = Number(process.env.BENCH_PIPELINE_ARTICLES ?? 4000);
const OUTLETS = Number(process.env.BENCH_PIPELINE_OUTLETS ?? 8);
const REQUESTS_PER_MINUTE = 600;
const CONCURRENCY = process.env.BENCH_PIPELINE_CONCURRENCY; // e.g. extract=8, passed to `habeas worker --concurrency`
const WORKER_COUNTS = (process.env.BENCH_PIPELINE_WORKERS ?? '1,2').split(',').map(Number);
const STAGE_QUEUES: QueueName[] = ['discover', 'fetch', 'extract'];
const root = path.resolve(import.meta.dirname, '..');
const TICK_MS = 1000 / 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

type ProcSample = { cpuMs: number; rssPeakMb: number };

async function procSample(pid: number): Promise<ProcSample | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    return { cpuMs, rssPeakMb: hwm ? Number(hwm[1]) / 1024 : 0 };
  } catch {
    return undefined; // gone
  }
}

/** Processes whose command line matches: the PostgreSQL backends serving one database, Redis. */
async function processesMatching(test: (cmdline: string) => boolean): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (test(cmdline.replaceAll('\0', ' '))) pids.push(Number(entry));
  }
  return pids;
}

async function cpuOf(pids: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    const sample = await procSample(pid);
    if (sample) out.set(pid, sample.cpuMs);
  }
  return out;
}

const sumDelta = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function writeRegistry(file: string, sites: BenchOutletSite[], servers: FixtureServer[]): Promise<void> {
  const outlets = sites.map((site, k) => ({
    id: site.id,
    name: `Bench outlet ${k + 1}`,
    homepage: `${servers[k]!.url}/${site.dir}/`,
    ...(site.source.kind === 'feed' ? { feeds: [`${servers[k]!.url}${site.source.path}`] } : { sitemaps: [`${servers[k]!.url}${site.source.path}`] }),
    articleUrlPattern: site.articlePattern,
    rateLimit: { requestsPerMinute: REQUESTS_PER_MINUTE, concurrency: 8 },
    maxArticlesPerRun: 100_000,
    schedule: '1d',
    allowPrivate: true,
  }));
  await writeFile(file, YAML.stringify({ outlets }));
}

type Worker = { child: ChildProcess; ready: Promise<void>; stderr: string[] };

function startWorker(env: Record<string, string>): Worker {
  const profile = process.env.BENCH_PIPELINE_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PIPELINE_PROFILE] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(root, 'cli/main.ts'), 'worker', '--queues', STAGE_QUEUES.join(','), ...(CONCURRENCY ? ['--concurrency', CONCURRENCY] : [])], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      if (stderr.join('').includes('worker(s) running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it started: ${stderr.join('').slice(-2000)}`)));
  });
  return { child, ready, stderr };
}

async function stopWorker(worker: Worker): Promise<void> {
  if (worker.child.exitCode !== null) return;
  const exited = new Promise((resolve) => worker.child.once('exit', resolve));
  worker.child.kill('SIGTERM');
  const timer = setTimeout(() => worker.child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

async function completedJobs(queues: Queues, name: QueueName): Promise<Job[]> {
  const jobs: Job[] = [];
  for (let start = 0; ; start += 1000) {
    const page = await queues[name].getJobs(['completed'], start, start + 999, true);
    jobs.push(...page);
    if (page.length < 1000) return jobs;
  }
}

type StageTimings = Record<string, number>;

/** Mean of each timing the jobs returned (`ms` in their return value), per article. */
function meanTimings(jobs: Job[], perArticle: number): StageTimings {
  const sums: StageTimings = {};
  for (const job of jobs) {
    const ms = (job.returnvalue as { ms?: StageTimings } | null)?.ms;
    if (!ms) continue;
    for (const [key, value] of Object.entries(ms)) sums[key] = (sums[key] ?? 0) + value;
  }
  return Object.fromEntries(Object.entries(sums).map(([key, value]) => [key, value / perArticle]));
}

async function runOnce(workerCount: number, registry: string, sites: BenchOutletSite[], servers: FixtureServer[]) {
  const database = await createPostgresDatabase();
  const dbName = new URL(database.url).pathname.slice(1);
  const store = await openStore({ databaseUrl: database.url });
  const prefix = `habeas-bench-${Date.now().toString(36)}`;
  const connection = createRedis(REDIS_URL, 'producer');
  const queues = createQueues({ connection, prefix });
  const workers: Worker[] = [];
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await migrate(store);
    const env = { DATABASE_URL: database.url, REDIS_URL, HABEAS_QUEUE_PREFIX: prefix, HABEAS_OUTLETS: registry };
    for (let i = 0; i < workerCount; i++) workers.push(startWorker(env));
    await Promise.all(workers.map((w) => w.ready));
    const redisPids = await processesMatching((cmd) => cmd.startsWith('redis-server'));
    const backends = async () => (await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [dbName])).rows.map((row) => row.pid);
    const workerPids = workers.map((w) => w.child.pid!);
    const before = { workers: await cpuOf(workerPids), postgres: await cpuOf(await backends()), redis: await cpuOf(redisPids), self: process.cpuUsage() };
    const load = os.loadavg();

    const started = Date.now();
    for (const site of sites) await enqueue(queues, discoverJob, { v: 1, outletId: site.id, runId: 'bench' });
    let idleChecks = 0;
    const pgSeen = new Map<number, number>();
    while (idleChecks < 2) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Backends come and go with the connection pools: remember the latest CPU of each.
      for (const [pid, ms] of await cpuOf(await backends())) pgSeen.set(pid, ms);
      const counts = Object.values(await queueCounts(queues));
      const busy = counts.some((c) => c.waiting + c.active + c.delayed + c.prioritized > 0);
      idleChecks = !busy && counts.some((c) => c.completed > 0) ? idleChecks + 1 : 0;
      if (Date.now() - started > 20 * 60_000) throw new Error(`pipeline did not drain in 20 minutes: ${JSON.stringify(await queueCounts(queues))}`);
    }
    const after = { workers: new Map<number, number>(), rss: [] as number[], postgres: pgSeen, redis: await cpuOf(redisPids), self: process.cpuUsage(before.self) };
    for (const pid of workerPids) {
      const sample = await procSample(pid);
      after.workers.set(pid, sample?.cpuMs ?? 0);
      after.rss.push(sample?.rssPeakMb ?? 0);
    }

    const jobs = Object.fromEntries(await Promise.all(STAGE_QUEUES.map(async (name) => [name, await completedJobs(queues, name)] as const))) as Record<QueueName, Job[]>;
    const finished = Math.max(...STAGE_QUEUES.flatMap((name) => jobs[name].map((job) => job.finishedOn ?? 0)));
    const seconds = (finished - started) / 1000;
    const counts = await countStore(store.db);
    const failed = await listFailedJobs(queues, { limit: 1000 });
    const extracted = jobs.extract.length;
    const latency = Object.fromEntries(STAGE_QUEUES.map((name) => {
      const waits = jobs[name].map((job) => (job.processedOn ?? 0) - job.timestamp);
      return [name, { p50: quantile(waits, 0.5), p95: quantile(waits, 0.95) }];
    }));
    const jobWall = Object.fromEntries(STAGE_QUEUES.map((name) => [name, jobs[name].reduce((sum, job) => sum + (job.finishedOn ?? 0) - (job.processedOn ?? 0), 0) / Math.max(1, extracted)]));
    const stages = Object.fromEntries(STAGE_QUEUES.map((name) => [name, meanTimings(jobs[name], Math.max(1, extracted))]));
    const cpu = {
      workers: sumDelta(before.workers, after.workers) / extracted,
      postgres: sumDelta(before.postgres, after.postgres) / extracted,
      redis: sumDelta(before.redis, after.redis) / extracted,
      fixtureServers: (after.self.user + after.self.system) / 1000 / extracted,
    };
    return {
      workers: workerCount, outlets: sites.length, articles: counts.articles, parsed: counts.parsed, extracted, candidates: counts.candidates, events: counts.events.pending,
      failedJobs: failed.length, seconds, articlesPerMinute: (extracted / seconds) * 60,
      jobWallMsPerArticle: jobWall, stageMsPerArticle: stages, latencyMs: latency, cpuMsPerArticle: cpu,
      rssPeakMb: after.rss, loadBefore: load, loadAfter: os.loadavg(),
    };
  } finally {
    await Promise.all(workers.map(stopWorker));
    await admin.end();
    await closeQueues(queues);
    connection.disconnect();
    await store.close().catch(() => {});
    await dropPrefix(prefix);
    await database.drop();
  }
}

const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function print(result: Awaited<ReturnType<typeof runOnce>>): void {
  const r = result;
  console.log(`\n${r.workers} worker process(es): ${r.extracted} articles extracted (${r.articles} stored, ${r.parsed} parsed; ${r.candidates} candidates → ${r.events} pending events; ${r.failedJobs} failed jobs) in ${f(r.seconds)} s`);
  console.log(`  end to end: ${f(r.articlesPerMinute, 0)} articles/min   load average ${r.loadBefore.map((l) => f(l, 2)).join(' ')} before, ${r.loadAfter.map((l) => f(l, 2)).join(' ')} after`);
  console.log('  stage      job wall ms/article   of which (ms per article)                      queue latency p50 / p95 ms');
  for (const name of STAGE_QUEUES) {
    const parts = Object.entries(r.stageMsPerArticle[name] ?? {}).map(([key, value]) => `${key} ${f(value, 2)}`).join(', ');
    console.log(`  ${name.padEnd(10)} ${f(r.jobWallMsPerArticle[name]!, 2).padStart(10)}            ${parts.padEnd(46)} ${f(r.latencyMs[name]!.p50, 0).padStart(7)} / ${f(r.latencyMs[name]!.p95, 0)}`);
  }
  // The stage whose queue held its jobs longest is the one the others wait for.
  const slowest = STAGE_QUEUES.filter((name) => name !== 'discover').sort((a, b) => r.latencyMs[b]!.p50 - r.latencyMs[a]!.p50)[0]!;
  console.log(`  bottleneck: ${slowest} (its jobs waited longest for a worker); outlets' pace allows ${r.outlets * REQUESTS_PER_MINUTE} fetches/min`);
  const c = r.cpuMsPerArticle;
  console.log(`  CPU ms per article: workers ${f(c.workers)}, PostgreSQL backends ${f(c.postgres)}, Redis ${f(c.redis)}, fixture servers + bench ${f(c.fixtureServers)}`);
  console.log(`  peak RSS per worker process: ${r.rssPeakMb.map((mb) => `${f(mb, 0)} MB`).join(', ')}`);
}

export async function run(): Promise<void> {
  process.env.LOG_LEVEL ??= 'error';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-bench-pipeline-'));
  const servers: FixtureServer[] = [];
  try {
    const sites = await writeBenchSites(path.join(dir, 'sites'), { articles: ARTICLES, outlets: OUTLETS });
    for (let k = 0; k < sites.length; k++) servers.push(await startFixtureServer({ sites: path.join(dir, 'sites') }));
    const registry = path.join(dir, 'outlets.yaml');
    await writeRegistry(registry, sites, servers);
    console.log(`corpus: ${ARTICLES} generated articles of ~5 KB text on ${sites.length} outlets (${sites.map((s) => `${s.id} ${s.source.kind}`).join(', ')}), each outlet on a fixture server (host) of its own, ${REQUESTS_PER_MINUTE} requests/min and 8 at a time per outlet`);
    const results = [];
    for (const workers of WORKER_COUNTS) {
      const result = await runOnce(workers, registry, sites, servers);
      print(result);
      results.push(result);
    }
    console.log(`\n${JSON.stringify({ suite: 'pipeline', articles: ARTICLES, outlets: sites.length, node: process.version, cpus: os.cpus().length, results })}`);
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    await rm(dir, { recursive: true, force: true });
  }
}
