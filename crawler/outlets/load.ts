// Reads outlets.yaml. A bad entry stops loading with a message naming the file, the outlet
// and the field, e.g. `outlets.yaml: outlet "jam-news" (entry 2): feeds.0: expected an http(s) URL`.
// `${NAME}` in a value is replaced from `vars` (the fixture registry uses ${FIXTURE_URL}).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { outletSchema, registrySchema, type Outlet } from './schema.ts';

export class OutletRegistryError extends Error {
  override name = 'ConfigError';
}

function substitute(text: string, vars: Record<string, string | undefined>, file: string): string {
  return text.replace(/\$\{([A-Z_][A-Z0-9_]*)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new OutletRegistryError(`${file}: \${${name}} is used but not set`);
    return value.replace(/\/$/, '');
  });
}

export function parseOutlets(text: string, file = 'outlets.yaml', vars: Record<string, string | undefined> = {}): Outlet[] {
  let doc: unknown;
  try {
    doc = parseYaml(substitute(text, vars, file));
  } catch (err) {
    if (err instanceof OutletRegistryError) throw err;
    throw new OutletRegistryError(`${file}: not valid YAML: ${(err as Error).message}`);
  }
  const top = registrySchema.safeParse(doc);
  if (!top.success) throw new OutletRegistryError(`${file}: expected a mapping with a list "outlets"`);
  const problems: string[] = [];
  const outlets: Outlet[] = [];
  const seen = new Set<string>();
  top.data.outlets.forEach((entry, index) => {
    const rawId = (entry as { id?: unknown } | null)?.id;
    const label = `outlet ${typeof rawId === 'string' ? `"${rawId}"` : '(no id)'} (entry ${index + 1})`;
    const result = outletSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      }
      return;
    }
    if (seen.has(result.data.id)) problems.push(`${label}: id: "${result.data.id}" is used twice`);
    seen.add(result.data.id);
    outlets.push(result.data);
  });
  if (problems.length) throw new OutletRegistryError(`${file}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
  return outlets;
}

export async function loadOutlets(file: string, vars: Record<string, string | undefined> = process.env): Promise<Outlet[]> {
  const text = await readFile(file, 'utf8');
  return parseOutlets(text, path.basename(file), vars);
}

export function findOutlet(outlets: Outlet[], id: string): Outlet {
  const outlet = outlets.find((candidate) => candidate.id === id);
  if (!outlet) {
    throw new OutletRegistryError(`no outlet "${id}" in the registry; known: ${outlets.map((o) => o.id).join(', ')}`);
  }
  return outlet;
}
