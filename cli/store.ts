// Opens the store the configuration names, for commands that need it.
import { dataDir, loadConfig } from '../core/index.ts';
import { openStore, type Store } from '../store/index.ts';

export async function openConfiguredStore(): Promise<Store> {
  const config = loadConfig();
  return openStore({ databaseUrl: config.DATABASE_URL, dataDir: dataDir(config), connectTimeoutMs: config.HABEAS_DB_CONNECT_TIMEOUT_MS });
}

/** Runs work with an open store and always closes it. */
export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openConfiguredStore();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
