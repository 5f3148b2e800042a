// Prisma's schema engine as WebAssembly, over a driver adapter. The native schema-engine
// binary is a download that these machines (and users behind firewalls) cannot make.
// Node 20 cannot `import` a .wasm module, so the bindings' glue is imported on its own and
// handed the instantiated module (DESIGN.md, "Store").
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

let ready: Promise<void> | undefined;

async function loadWasm(): Promise<void> {
  // The package's exports map does not list the .wasm file: find it beside the glue.
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
  const bytes = await readFile(wasmPath);
  const { instance } = await WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  // What the package's own entry does after setting the module (schema_engine.js).
  (instance.exports as unknown as { __wbindgen_start: () => void }).__wbindgen_start();
}

export type EngineLog = (line: string) => void;

/** A schema engine bound to one database through its driver adapter factory. */
export async function openSchemaEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  log: EngineLog = () => {},
): Promise<SchemaEngine> {
  ready ??= loadWasm();
  await ready;
  return glue.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
}

export type { SchemaEngine };
