import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { backoffDelay, PermanentError, RetryLaterError, toBullmqError } from '../../queue/index.ts';

describe('retry policy', () => {
  it('never retries a permanent error', () => {
    expect(toBullmqError(new PermanentError('404 Not Found'))).toBeInstanceOf(UnrecoverableError);
    expect(toBullmqError(Object.assign(new Error('not HTML'), { permanent: true }))).toBeInstanceOf(UnrecoverableError);
  });

  it('retries other errors as they are', () => {
    const error = new Error('socket hang up');
    expect(toBullmqError(error)).toBe(error);
  });

  it('waits as long as Retry-After says', () => {
    expect(backoffDelay(1, new RetryLaterError('429', 42_000))).toBe(42_000);
  });

  it('backs off exponentially, with jitter, up to ten minutes', () => {
    const first = backoffDelay(1, new Error('x'));
    const fourth = backoffDelay(4, new Error('x'));
    expect(first).toBeGreaterThanOrEqual(1_600);
    expect(first).toBeLessThanOrEqual(2_400);
    expect(fourth).toBeGreaterThanOrEqual(12_800);
    expect(fourth).toBeLessThanOrEqual(19_200);
    expect(backoffDelay(30, new Error('x'))).toBe(600_000);
  });
});
