// Archived pages as fetched. The bytes are never served as live HTML on our origin: the
// "frame" answer carries CSP `sandbox` (an opaque origin, no scripts, no forms) and loads
// nothing from anywhere; the source view is text/plain; the download is an attachment.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getSnapshot } from '../../store/index.ts';
import type { Deps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { snapshotPage } from '../views/snapshot.ts';

export const SNAPSHOT_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

function charsetOf(contentType: string | null): string {
  const charset = /charset=["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  return charset ?? 'utf-8';
}

async function load(deps: Deps, request: FastifyRequest) {
  const id = Number((request.params as { id: string }).id);
  if (!Number.isInteger(id) || id <= 0) throw new HttpError(404, 'No such archived copy.');
  return getSnapshot(deps.db, id);
}

export function registerSnapshots(app: FastifyInstance, deps: Deps): void {
  const config = { access: 'VIEWER' as const };

  app.get('/snapshots/:id', { config }, async (request, reply) => {
    const snapshot = await load(deps, request);
    return reply.type('text/html; charset=utf-8').send(snapshotPage(request.auth!, snapshot).value);
  });

  app.get('/snapshots/:id/frame', { config }, async (request, reply) => {
    const snapshot = await load(deps, request);
    return reply
      .header('content-security-policy', SNAPSHOT_CSP)
      .header('x-frame-options', 'SAMEORIGIN')
      .header('cross-origin-resource-policy', 'same-origin')
      .header('cache-control', 'private, no-store')
      .type(`text/html; charset=${charsetOf(snapshot.contentType)}`)
      .send(snapshot.raw);
  });

  app.get('/snapshots/:id/source', { config }, async (request, reply) => {
    const snapshot = await load(deps, request);
    return reply.header('content-security-policy', SNAPSHOT_CSP).header('cache-control', 'private, no-store').type(`text/plain; charset=${charsetOf(snapshot.contentType)}`).send(snapshot.raw);
  });

  app.get('/snapshots/:id/raw', { config }, async (request, reply) => {
    const snapshot = await load(deps, request);
    return reply
      .header('content-security-policy', SNAPSHOT_CSP)
      .header('content-disposition', `attachment; filename="snapshot-${snapshot.id}-${snapshot.sha256.slice(0, 12)}.html"`)
      .type('application/octet-stream')
      .send(snapshot.raw);
  });
}
