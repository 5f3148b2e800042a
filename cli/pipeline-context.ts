// What the pipeline commands share: the store (migrated), the outlet registry, and a
// printer for per-stage progress.
import { loadConfig } from '../core/index.ts';
import { loadOutlets, type Outlet } from '../crawler/index.ts';
import { countStore, migrate, type Db, type Store } from '../store/index.ts';
import { queueCounts, type Queues } from '../queue/index.ts';
import { withRegistry, type Registry } from './commands/registry.ts';
import { withStore } from './store.ts';

/** Runs work with the registry's outlets (fixture server started when no registry is set) and a migrated store. */
export async function withPipelineContext<T>(work: (ctx: { store: Store; outlets: Outlet[]; registry: Registry }) => Promise<T>): Promise<T> {
  const config = loadConfig();
  return withRegistry(config, async (registry) => {
    const outlets = await loadOutlets(registry.file, registry.vars);
    return withStore(async (store) => {
      await migrate(store);
      return work({ store, outlets, registry });
    });
  });
}

export type Progress = Awaited<ReturnType<typeof readProgress>>;

export async function readProgress(queues: Queues, db: Db) {
  const [counts, store] = await Promise.all([queueCounts(queues), countStore(db)]);
  return { queues: counts, store };
}

export function progressLine(progress: Progress): string {
  const q = progress.queues;
  const stage = (name: keyof typeof q) => `${name} ${q[name].completed}✓ ${q[name].active + q[name].waiting + q[name].delayed + q[name].prioritized}⋯${q[name].failed ? ` ${q[name].failed}✗` : ''}`;
  const s = progress.store;
  return `${stage('discover')} │ ${stage('fetch')} │ ${stage('extract')} │ articles ${s.articles} (${s.parsed} parsed) │ candidates ${s.candidates} │ pending events ${s.events.pending}`;
}

/** True when nothing is waiting, running or delayed in any queue. */
export function isIdle(progress: Progress): boolean {
  return Object.values(progress.queues).every((c) => c.waiting + c.active + c.delayed + c.prioritized === 0);
}
