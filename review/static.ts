// The two static files (script and style sheet), read once, served under a content hash so
// browsers can cache them forever and a new release is fetched at once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Asset = { name: string; body: Buffer; type: string; hash: string };

const folder = path.join(import.meta.dirname, 'static');
const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function load(name: string): Asset {
  const body = readFileSync(path.join(folder, name));
  return { name, body, type: types[path.extname(name)] ?? 'application/octet-stream', hash: createHash('sha256').update(body).digest('hex').slice(0, 12) };
}

export const assets: ReadonlyMap<string, Asset> = new Map(['app.js', 'app.css'].map((name) => [name, load(name)]));

/** "/static/app.3f2a….js" */
export function assetPath(name: string): string {
  const asset = assets.get(name);
  if (!asset) throw new Error(`review: no static file ${name}`);
  const ext = path.extname(name);
  return `/static/${path.basename(name, ext)}.${asset.hash}${ext}`;
}
