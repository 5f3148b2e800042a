// The one place that opens Redis connections. BullMQ workers block on Redis and must
// retry every command forever across a Redis restart (maxRetriesPerRequest: null);
// producers fail fast instead, so an enqueue during an outage returns an error to its caller.
import { Redis, type RedisOptions } from 'ioredis';

export type RedisRole = 'worker' | 'producer';

export function createRedis(url: string, role: RedisRole, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: role === 'worker',
    // Back off up to 5 s between reconnection attempts; never give up.
    retryStrategy: (times) => Math.min(200 * times, 5_000),
    lazyConnect: false,
    ...extra,
  });
}
