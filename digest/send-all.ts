// Sends the next digest of each watchlist, catching up held periods: what `habeas digest
// --send` and the daily job in `habeas run` both do. Each line of the report says what
// happened to one watchlist; the caller decides where lines go (stdout, the job's log).
import type { Db } from '../store/index.ts';
import { deliverDigest, type DeliverOptions, type DeliveryOutcome, type Watchlist } from './deliver.ts';

export type SendAllOptions = Omit<DeliverOptions, 'onRetry'> & {
  onLine?: (line: string) => void;
  /** Before each watchlist: progress for a person watching. */
  onWatchlist?: (watchlist: Watchlist, index: number, of: number) => void;
  onRetry?: (watchlist: Watchlist, info: { attempt: number; delayMs: number; error: Error }) => void;
};

export type SendAllSummary = { lines: string[]; sent: number; failed: number; skipped: number };

/** How many held periods one run sends after the first before leaving the rest to the next run. */
const CATCH_UP_LIMIT = 10;

export function outcomeLine(name: string, outcome: DeliveryOutcome): string {
  switch (outcome.state) {
    case 'sent':
      return `${name}: sent to ${outcome.result.accepted.join(', ')}: ${outcome.digest.total} confirmed events, ${outcome.digest.watched} on the watchlist, ${outcome.digest.pending} awaiting review${outcome.result.attempts > 1 ? ` (after ${outcome.result.attempts} attempts)` : ''}${outcome.result.rejected.length ? `; refused: ${outcome.result.rejected.join(', ')}` : ''}`;
    case 'already-sent':
      return `${name}: the digest for this period went out already (${outcome.delivery.sentAt?.toISOString() ?? '?'}); nothing sent`;
    case 'busy':
      return `${name}: another sender is sending this period's digest right now; nothing sent`;
    case 'empty':
      return `${name}: nothing confirmed since ${outcome.period.start.toISOString()}; nothing sent`;
    case 'failed':
      return `${name}: NOT SENT: ${outcome.error.message}; the next run sends the same period again`;
  }
}

export async function sendAllDigests(db: Db, lists: Watchlist[], options: SendAllOptions): Promise<SendAllSummary> {
  const summary: SendAllSummary = { lines: [], sent: 0, failed: 0, skipped: 0 };
  const say = (line: string) => {
    summary.lines.push(line);
    options.onLine?.(line);
  };
  const { onLine: _onLine, onWatchlist, onRetry, ...deliver } = options;
  for (const [index, list] of lists.entries()) {
    onWatchlist?.(list, index, lists.length);
    if (!list.email) {
      summary.skipped += 1;
      say(`${list.name}: no e-mail address; skipped ('habeas watchlist set-email')`);
      continue;
    }
    const once = () => deliverDigest(db, list, { ...deliver, ...(onRetry ? { onRetry: (info) => onRetry(list, info) } : {}) });
    let outcome = await once();
    say(outcomeLine(list.name, outcome));
    if (outcome.state === 'sent') summary.sent += 1;
    // A held period went out: catch up with the ones after it now, not a day later.
    for (let held = 0; outcome.state === 'sent' && outcome.resumed && held < CATCH_UP_LIMIT; held += 1) {
      outcome = await once();
      if (outcome.state !== 'empty') say(outcomeLine(list.name, outcome));
      if (outcome.state === 'sent') summary.sent += 1;
    }
    if (outcome.state === 'failed') summary.failed += 1;
  }
  return summary;
}
