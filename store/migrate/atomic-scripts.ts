// The schema engine applies a migration by handing its whole SQL script to the driver
// adapter's executeScript. The stock adapters do not make that atomic: @prisma/adapter-pg
// splits the script on ";" and runs the pieces one by one through a pool, and
// pglite-prisma-adapter does not await the script, so a failure goes unnoticed. Either way
// a failing migration would leave half its DDL behind. PostgreSQL runs DDL in
// transactions, so we run each script in one, on a connection of its own, and the engine
// sees the error when it fails.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export type ScriptRunner = (script: string) => Promise<void>;

export function withAtomicScripts(factory: SqlMigrationAwareDriverAdapterFactory, runScript: ScriptRunner): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(target, property, receiver) {
        if (property === 'executeScript') return runScript;
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === 'connect') return async () => patch(await target.connect());
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
