// Per-host request slots kept in Redis, so that every fetch worker, in every process on every
// machine, paces a host together (crawler/fetch/pacer.ts keeps them per process otherwise).
// One script call takes a slot atomically; the clock is Redis's own, so machines whose
// clocks differ still space their requests by the outlet's interval.
import type { Redis } from 'ioredis';
import type { HostSlotStore } from '../crawler/index.ts';

// KEYS[1]: the host's key; ARGV[1]: the interval in ms. Returns the wait for the slot taken.
const TAKE_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], slot + interval, 'PX', slot + interval - now + 60000)
return slot - now
`;

export function redisHostSlots(connection: Redis, prefix: string): HostSlotStore {
  return {
    async reserve(host, intervalMs) {
      const wait = await connection.eval(TAKE_SLOT, 1, `${prefix}:host-slot:${host}`, String(intervalMs));
      return Number(wait);
    },
  };
}
