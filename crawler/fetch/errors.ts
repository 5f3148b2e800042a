// Every way a fetch can fail, and what to do about it, in one place (crawlee's errors.ts,
// miniflux's RefreshFeed). A PermanentFetchError is never retried: it extends crawlee's
// NonRetryableError, so CheerioCrawler drops the request at once. A RetryAfterError is retried
// after the delay the server asked for; any other error backs off exponentially.
// `reason` is a short stable code for counting and logging ("http-404", "too-large").
import { NonRetryableError } from 'crawlee';

export type RetryPolicy =
  | { kind: 'permanent' }
  | { kind: 'retryable' }
  | { kind: 'retry-after'; delayMs: number };

export class PermanentFetchError extends NonRetryableError {
  override name = 'PermanentFetchError';
  constructor(readonly reason: string, message: string) {
    super(message);
  }
}

export class RetryableFetchError extends Error {
  override name = 'RetryableFetchError';
  constructor(readonly reason: string, message: string) {
    super(message);
  }
}

export class RetryAfterError extends RetryableFetchError {
  override name = 'RetryAfterError';
  constructor(reason: string, message: string, readonly delayMs: number) {
    super(reason, message);
  }
}

/** The retry policy of any error thrown while fetching, including got's and crawlee's own. */
export function retryPolicyOf(err: unknown): RetryPolicy {
  if (err instanceof RetryAfterError) return { kind: 'retry-after', delayMs: err.delayMs };
  if (err instanceof PermanentFetchError || err instanceof NonRetryableError) return { kind: 'permanent' };
  const name = err instanceof Error ? err.name : '';
  if (name === 'MaxRedirectsError') return { kind: 'permanent' };
  return { kind: 'retryable' };
}

/** A short stable code for an error, for counts and logs. */
export function reasonOf(err: unknown): string {
  if (err instanceof PermanentFetchError || err instanceof RetryableFetchError) return err.reason;
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'MaxRedirectsError') return 'redirect-loop';
  if (name === 'TimeoutError' || /timed out/i.test(message)) return 'timeout';
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string') return code.toLowerCase();
  return 'error';
}

/** Maps an HTTP status to an error, or undefined when the status means success. */
export function errorForStatus(status: number, headers: Record<string, string | string[] | undefined>, now = Date.now()): Error | undefined {
  if (status < 400) return undefined;
  if (status === 429 || status === 503) {
    const delayMs = parseRetryAfter(headers['retry-after'], now);
    if (delayMs !== undefined) {
      return new RetryAfterError(`http-${status}`, `HTTP ${status}: server asked to retry after ${Math.ceil(delayMs / 1000)} s`, delayMs);
    }
    return new RetryableFetchError(`http-${status}`, `HTTP ${status} without Retry-After`);
  }
  if (status >= 500 || status === 408) return new RetryableFetchError(`http-${status}`, `HTTP ${status}: server error`);
  if (status === 410) return new PermanentFetchError('http-410', 'HTTP 410: gone');
  if (status === 404) return new PermanentFetchError('http-404', 'HTTP 404: not found');
  return new PermanentFetchError(`http-${status}`, `HTTP ${status}`);
}

/** Retry-After as delay-seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return undefined;
  const trimmed = raw.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Exponential backoff with jitter: base·2^attempt, ±25 %, capped. */
export function backoffDelay(attempt: number, baseMs: number, capMs = 60_000): number {
  const plain = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(plain * (0.75 + Math.random() * 0.5));
}
