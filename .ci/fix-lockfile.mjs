#!/usr/bin/env node
// The npm mirror these machines reach lacks the platform builds of some optional native
// packages (e.g. @msgpackr-extract/msgpackr-extract-darwin-arm64), so `npm install` writes a
// lockfile without them and `npm ci` then calls the lockfile out of sync. This adds a stub
// entry (version, os, cpu, optional) for each optional dependency the lockfile names but does
// not list; npm ci skips them on this platform as it would with the full entries.
// Run after `npm install` changes the lockfile: `node .ci/fix-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const platforms = { 'darwin-arm64': ['darwin', 'arm64'], 'darwin-x64': ['darwin', 'x64'], 'linux-arm': ['linux', 'arm'], 'linux-arm64': ['linux', 'arm64'], 'linux-x64': ['linux', 'x64'], 'win32-x64': ['win32', 'x64'], 'win32-arm64': ['win32', 'arm64'], 'win32-ia32': ['win32', 'ia32'] };
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `${key ? `${key}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[where] || lock.packages[hoisted]) continue;
    const platform = Object.entries(platforms).find(([suffix]) => name.endsWith(`-${suffix}`));
    if (!platform) continue;
    const [, [os, cpu]] = platform;
    lock.packages[hoisted] = { version, cpu: [cpu], optional: true, os: [os] };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`fix-lockfile: added ${added} optional platform entr${added === 1 ? 'y' : 'ies'}`);
