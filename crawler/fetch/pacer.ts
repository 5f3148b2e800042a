// Spaces requests to one host evenly. Crawlee's maxRequestsPerMinute is a budget per minute
// (a burst of 30 requests in the first second is within "30 per minute"); a news site is
// better served by one request every two seconds. Shared by every crawler in the process,
// so two outlets on one host do not add up; and, once the queue installs a shared slot
// store (queue/host-slots.ts, in Redis), by every fetch worker process on every machine, so
// that two worker processes do not fetch a host twice as fast as its outlet allows.
import { setTimeout as sleep } from 'node:timers/promises';
import { logger } from '../../core/logger.ts';
import { withTimeout } from '../../core/timeout.ts';

/** Hands out each host's request slots: resolves to how long to wait for the slot just taken. */
export type HostSlotStore = { reserve(host: string, intervalMs: number): Promise<number> };

const nextSlot = new Map<string, number>();

/** This process's slots: the default, and the fallback when a shared store does not answer. */
export const processHostSlots: HostSlotStore = {
  async reserve(host, intervalMs) {
    const now = Date.now();
    const slot = Math.max(now, nextSlot.get(host) ?? 0);
    nextSlot.set(host, slot + intervalMs);
    return slot - now;
  },
};

let slots: HostSlotStore = processHostSlots;

/** Installs the slot store every crawler of this process uses; null puts back the process's own. */
export function setHostSlotStore(store: HostSlotStore | null): void {
  slots = store ?? processHostSlots;
}

export function currentHostSlotStore(): HostSlotStore {
  return slots;
}

const SHARED_STORE_TIMEOUT_MS = 2_000;
let warned = false;

/** Waits until this host's next slot, `intervalMs` after the previous one. */
export async function waitForHostSlot(url: string, intervalMs: number): Promise<void> {
  const host = new URL(url).host;
  let wait: number;
  try {
    wait = await withTimeout(slots.reserve(host, intervalMs), SHARED_STORE_TIMEOUT_MS);
  } catch (error) {
    // Pacing must not stop fetching: without the shared store, this process paces alone
    // (no faster than before the store existed) until the store answers again.
    if (!warned) logger('fetch').warn({ err: (error as Error).message }, 'shared host pacing unavailable; pacing this process alone');
    warned = true;
    wait = await processHostSlots.reserve(host, intervalMs);
  }
  if (wait > 0) await sleep(wait);
}

export function intervalFor(requestsPerMinute: number): number {
  return Math.ceil(60_000 / requestsPerMinute);
}
