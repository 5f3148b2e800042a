// Error classes carry their retry policy; retryPolicyFor() is the one place that maps
// them to BullMQ (crawlee errors.ts, bullmq's UnrecoverableError, miniflux RefreshFeed).
//   PermanentError   → never retried (UnrecoverableError): a 404, a page that is not HTML,
//                      a payload that does not validate.
//   RetryLaterError  → retried after the time it names (a 429 with Retry-After).
//   anything else    → retried with exponential backoff (5xx, timeouts, database down).
import { UnrecoverableError } from 'bullmq';

export class PermanentError extends Error {
  override name = 'PermanentError';
}

export class RetryLaterError extends Error {
  override name = 'RetryLaterError';
  constructor(message: string, readonly retryAfterMs: number, options?: ErrorOptions) {
    super(message, options);
  }
}

/** What a processor throws to BullMQ for an error it caught. */
export function toBullmqError(error: unknown): Error {
  if (error instanceof UnrecoverableError) return error;
  if (isPermanent(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new UnrecoverableError(`${(error as Error).name ?? 'Error'}: ${message}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentError) return true;
  // Errors from other stages declare themselves permanent by a flag, so the crawler and
  // the extractor need not import BullMQ.
  return Boolean(error && typeof error === 'object' && (error as { permanent?: unknown }).permanent === true);
}

export const BASE_BACKOFF_MS = 2_000;
export const MAX_BACKOFF_MS = 10 * 60_000;

/** Delay before retry number `attemptsMade`: Retry-After when given, else exponential with jitter. */
export function backoffDelay(attemptsMade: number, error?: Error): number {
  const retryAfter = (error as { retryAfterMs?: unknown } | undefined)?.retryAfterMs;
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0) return Math.min(retryAfter, MAX_BACKOFF_MS);
  const exponential = BASE_BACKOFF_MS * 2 ** Math.max(0, attemptsMade - 1);
  const jitter = 0.8 + Math.random() * 0.4;
  return Math.min(Math.round(exponential * jitter), MAX_BACKOFF_MS);
}
