// Spaces requests to one host evenly. Crawlee's maxRequestsPerMinute is a budget per minute
// (a burst of 30 requests in the first second is within "30 per minute"); a news site is
// better served by one request every two seconds. Shared by every crawler in the process,
// so two outlets on one host do not add up.
import { setTimeout as sleep } from 'node:timers/promises';

const nextSlot = new Map<string, number>();

/** Waits until this host's next slot, `intervalMs` after the previous one. */
export async function waitForHostSlot(url: string, intervalMs: number): Promise<void> {
  const host = new URL(url).host;
  const now = Date.now();
  const slot = Math.max(now, nextSlot.get(host) ?? 0);
  nextSlot.set(host, slot + intervalMs);
  if (slot > now) await sleep(slot - now);
}

export function intervalFor(requestsPerMinute: number): number {
  return Math.ceil(60_000 / requestsPerMinute);
}
