// The one place that opens Redis connections. BullMQ workers block on Redis and must
// retry every command forever across a Redis restart (maxRetriesPerRequest: null);
// producers fail fast instead, so an enqueue during an outage returns an error to its caller.
import { Redis, type RedisOptions } from 'ioredis';
import { logger } from '../core/index.ts';

export type RedisRole = 'worker' | 'producer';

export function createRedis(url: string, role: RedisRole, extra: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: role === 'worker',
    // Back off up to 5 s between reconnection attempts; never give up.
    retryStrategy: (times) => Math.min(200 * times, 5_000),
    lazyConnect: false,
    ...extra,
  });
  // Without a listener ioredis prints every failed reconnection attempt; log them once a
  // second at most instead (the URL may hold a password: only the error is logged).
  let lastLogged = 0;
  redis.on('error', (error: Error) => {
    if (Date.now() - lastLogged < 1000) return;
    lastLogged = Date.now();
    logger('redis').warn({ role, err: error.message }, 'Redis connection error; retrying');
  });
  return redis;
}
