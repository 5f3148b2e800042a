// Sends a watchlist's digest once per period: claim the period (idempotency key), compose,
// send with retries, record what went out. A failed or interrupted delivery is sent again,
// for the same period, by the next run; a sent one never is.
import { logger } from '../core/index.ts';
import {
  claimDelivery, findLastSentDelivery, findUnsentDelivery, markDeliveryFailed, markDeliverySent, type Db, type DigestDelivery,
} from '../store/index.ts';
import { buildDigest, type DigestWatchlist } from './build.ts';
import type { Links } from './links.ts';
import { MailDeliveryError } from './mail/errors.ts';
import { sendMail, type RetryPolicy, type SendResult } from './mail/send.ts';
import { deliveryKey, deliveryMessageId, resolvePeriod, type Period } from './period.ts';
import { parseRecipients, senderDomain } from './recipients.ts';
import { renderHtml } from './render/html.ts';
import { digestSubject } from './render/parts.ts';
import { renderText } from './render/text.ts';
import type { Digest } from './types.ts';

export type Watchlist = DigestWatchlist & { email: string | null };

export type PeriodOptions = { since?: Date | undefined; until?: Date | undefined; now?: Date | undefined; settleMs?: number | undefined };

export type PlannedPeriod = Period & { explicit: boolean; resumes: DigestDelivery | null };

/**
 * The period the next digest of a watchlist covers: an unsent one first (same period, same
 * key), else from where the last sent digest ended; --since / --until make it explicit.
 */
export async function planPeriod(db: Db, watchlistId: number | null, options: PeriodOptions = {}): Promise<PlannedPeriod> {
  const now = options.now ?? new Date();
  if (options.since || options.until || watchlistId === null) {
    return { ...resolvePeriod({ now, since: options.since, until: options.until, settleMs: options.settleMs }), resumes: null };
  }
  const unsent = await findUnsentDelivery(db, watchlistId);
  if (unsent) return { start: unsent.periodStart, end: unsent.periodEnd, explicit: false, resumes: unsent };
  const last = await findLastSentDelivery(db, watchlistId);
  return { ...resolvePeriod({ now, lastSentEnd: last?.periodEnd ?? null, settleMs: options.settleMs }), resumes: null };
}

export type DeliverOptions = PeriodOptions & {
  smtpUrl: string;
  from: string;
  links: Links;
  retry?: RetryPolicy;
  timeoutMs?: number;
  /** How long a claim holds before a stalled delivery may be taken over. */
  leaseMs?: number;
  onRetry?: (info: { attempt: number; delayMs: number; error: Error }) => void;
};

export type DeliveryOutcome =
  | { state: 'sent'; delivery: DigestDelivery; digest: Digest; result: SendResult; /** It was a held (failed or stalled) period. */ resumed: boolean }
  | { state: 'already-sent'; delivery: DigestDelivery }
  | { state: 'busy'; delivery: DigestDelivery }
  | { state: 'empty'; period: Period }
  | { state: 'failed'; delivery: DigestDelivery; digest: Digest; error: MailDeliveryError };

export class DigestSetupError extends Error {
  override name = 'DigestSetupError';
}

export async function deliverDigest(db: Db, watchlist: Watchlist, options: DeliverOptions): Promise<DeliveryOutcome> {
  const log = logger('digest');
  const recipients = parseRecipients(watchlist.email);
  if (!recipients.length) throw new DigestSetupError(`watchlist ${JSON.stringify(watchlist.name)} has no e-mail address; give it one with 'habeas watchlist set-email'`);
  const now = options.now ?? new Date();
  const period = await planPeriod(db, watchlist.id, { ...options, now });
  const key = period.resumes?.idempotencyKey ?? deliveryKey(watchlist.id, period);
  const digest = await buildDigest(db, { watchlist, period, links: options.links, now });
  // Nothing confirmed: no mail, no record; the next period still starts where the last sent one ended.
  if (digest.total === 0 && !period.resumes) return { state: 'empty', period };
  const claim = await claimDelivery(db, {
    idempotencyKey: key,
    watchlistId: watchlist.id,
    watchlistName: watchlist.name,
    period,
    explicit: period.explicit,
    messageId: deliveryMessageId(key, senderDomain(options.from)),
    leaseMs: options.leaseMs ?? 10 * 60_000,
    now,
  });
  if (claim.state === 'sent') return { state: 'already-sent', delivery: claim.delivery };
  if (claim.state === 'busy') return { state: 'busy', delivery: claim.delivery };
  const delivery = claim.delivery;
  const subject = digestSubject(digest);
  const eventIds = digest.sections.flatMap((section) => section.lines.map((line) => line.eventId));
  try {
    const result = await sendMail(
      {
        from: options.from,
        to: recipients,
        subject,
        text: renderText(digest),
        html: renderHtml(digest),
        messageId: delivery.messageId ?? deliveryMessageId(key, senderDomain(options.from)),
        headers: { 'X-Habeas-Digest': key },
      },
      { smtpUrl: options.smtpUrl, retry: options.retry, timeoutMs: options.timeoutMs, onRetry: options.onRetry },
    );
    const sent = await markDeliverySent(db, delivery.id, { recipients: result.accepted.length ? result.accepted : recipients, subject, eventIds, pendingCount: digest.pending, attempts: result.attempts });
    if (result.rejected.length) log.warn({ watchlist: watchlist.name, rejected: result.rejected }, 'digest: some recipients were refused');
    return { state: 'sent', delivery: sent, digest, result, resumed: period.resumes !== null };
  } catch (error) {
    if (!(error instanceof MailDeliveryError)) throw error;
    const failed = await markDeliveryFailed(db, delivery.id, { error: error.message, attempts: error.attempts, recipients });
    return { state: 'failed', delivery: failed, digest, error };
  }
}
