// Sends one message over SMTP (nodemailer) to SMTP_URL, retrying with backoff. SMTP_URL is
// a secret: only its host and port ever reach a log or a message.
import nodemailer from 'nodemailer';
import { logger } from '../../core/index.ts';
import { classifyMailError, MailDeliveryError, type MailError } from './errors.ts';

export type MailMessage = {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The same for every attempt at one digest, so a repeat can be recognised. */
  messageId: string;
  headers?: Record<string, string>;
};

export type RetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number };

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 2_000, maxDelayMs: 60_000 };

export type SendOptions = {
  smtpUrl: string;
  retry?: RetryPolicy;
  /** Per-connection timeouts (ms); a server that hangs counts as a failed attempt. */
  timeoutMs?: number;
  onRetry?: (info: { attempt: number; delayMs: number; error: MailError }) => void;
  signal?: AbortSignal;
};

export type SendResult = { messageId: string; accepted: string[]; rejected: string[]; attempts: number; response: string };

/** host:port of an SMTP URL, for logs: never the user or password. */
export function smtpHost(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
  } catch {
    return '<unparseable SMTP_URL>';
  }
}

/** Exponential backoff with jitter: 2 s, 8 s, 32 s … capped, each between half and all of it. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 4 ** (attempt - 1));
  return Math.round(full / 2 + (random() * full) / 2);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

const addresses = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((entry) => (typeof entry === 'string' ? entry : String((entry as { address?: string }).address ?? entry))) : [];

export async function sendMail(message: MailMessage, options: SendOptions): Promise<SendResult> {
  const log = logger('mail');
  const policy = options.retry ?? DEFAULT_RETRY;
  const timeout = options.timeoutMs ?? 30_000;
  const host = smtpHost(options.smtpUrl);
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const info = await transport.sendMail({
          from: message.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: message.messageId,
          headers: { 'Auto-Submitted': 'auto-generated', ...message.headers },
        });
        log.info({ host, messageId: message.messageId, attempt, accepted: addresses(info.accepted).length }, 'mail: sent');
        return { messageId: message.messageId, accepted: addresses(info.accepted), rejected: addresses(info.rejected), attempts: attempt, response: String(info.response ?? '') };
      } catch (cause) {
        const error = classifyMailError(cause);
        if (!error.retryable || attempt >= policy.attempts || options.signal?.aborted) {
          log.warn({ host, attempt, err: error.message }, 'mail: giving up');
          throw new MailDeliveryError(
            `unable to send the digest through ${host} after ${attempt} attempt${attempt === 1 ? '' : 's'}${error.retryable ? '' : ' (permanent error, not retried)'}: ${error.message}`,
            attempt,
            error,
          );
        }
        const delayMs = backoffDelay(attempt, policy);
        log.warn({ host, attempt, delayMs, err: error.message }, 'mail: attempt failed, retrying');
        options.onRetry?.({ attempt, delayMs, error });
        await sleep(delayMs, options.signal);
      }
    }
  } finally {
    transport.close();
  }
}
