import type { FastifyInstance } from 'fastify';
import { assets } from '../static.ts';

export function registerStatic(app: FastifyInstance): void {
  app.get('/static/:file', { config: { access: 'public' } }, async (request, reply) => {
    const match = /^([a-z]+)\.([0-9a-f]{12})\.(js|css)$/.exec((request.params as { file: string }).file);
    const asset = match ? assets.get(`${match[1]}.${match[3]}`) : undefined;
    if (!asset || asset.hash !== match?.[2]) return reply.code(404).type('text/plain').send('not found');
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type(asset.type).send(asset.body);
  });
  app.get('/favicon.ico', { config: { access: 'public' } }, async (_request, reply) => reply.code(204).send());
}
