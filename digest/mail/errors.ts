// Mail errors carry their retry policy: a permanent one (5xx reply, bad credentials, a
// malformed address) is never retried; everything else (a connection refused or cut, a
// 4xx reply, a timeout) backs off and tries again.

export class MailError extends Error {
  override name = 'MailError';
  readonly retryable: boolean = true;
  /** SMTP reply code, when the server gave one. */
  readonly responseCode: number | undefined;

  constructor(message: string, options: { cause?: unknown; responseCode?: number | undefined } = {}) {
    super(message, { cause: options.cause });
    this.responseCode = options.responseCode;
  }
}

export class PermanentMailError extends MailError {
  override name = 'PermanentMailError';
  override readonly retryable = false;
}

/** The send gave up: after `attempts` tries, or at once on a permanent error. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
  constructor(message: string, readonly attempts: number, readonly last: MailError) {
    super(message, { cause: last });
  }
}

type NodemailerError = Error & { code?: string; responseCode?: number; permanent?: boolean; response?: string };

const permanentCodes = new Set(['EAUTH', 'ENOAUTH', 'ECONFIG', 'EOAUTH2', 'EREQUIRETLS']);

/** Maps a nodemailer error to one of ours, keeping the server's reply but no credentials. */
export function classifyMailError(error: unknown): MailError {
  if (error instanceof MailError) return error;
  const err = (error instanceof Error ? error : new Error(String(error))) as NodemailerError;
  const reply = err.response ? `: ${err.response.replace(/\s+/g, ' ').slice(0, 300)}` : '';
  const message = `${err.code ? `${err.code} ` : ''}${err.message}${reply && !err.message.includes(err.response ?? '') ? reply : ''}`;
  const permanent =
    err.permanent === true ||
    permanentCodes.has(err.code ?? '') ||
    // An address refused before anything was sent (no reply code): trying again changes nothing.
    (err.code === 'EENVELOPE' && err.responseCode === undefined);
  const Kind = permanent ? PermanentMailError : MailError;
  return new Kind(message, { cause: error, responseCode: err.responseCode });
}
