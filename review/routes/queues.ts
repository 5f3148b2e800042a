// The queue dashboard (bull-board), read-only, under /admin/queues behind the same login
// and role check as every other route (its routes declare no access: admins only). Its UI
// needs inline styles and a <base> element, so its scope gets a CSP that allows those and
// still forbids inline script.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import type { Queues } from '../../queue/index.ts';

export const BOARD_PATH = '/admin/queues';
const BOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export async function registerQueueBoard(app: FastifyInstance, queues: Queues): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  createBullBoard({
    queues: Object.values(queues).map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'Habeas queues',
        // The way back to the app (bull-board shows these in its header menu); its docs link
        // would lead off-site, so it is hidden.
        miscLinks: [
          { text: 'Back to Outlets & queues', url: '/admin/outlets' },
          { text: 'Inbox', url: '/inbox' },
        ],
        hideDocsLink: true,
      },
    },
  });
  serverAdapter.setBasePath(BOARD_PATH);
  await app.register(async (scope) => {
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('content-security-policy', BOARD_CSP);
      return payload;
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: BOARD_PATH });
  });
}
