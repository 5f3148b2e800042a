// Store errors say what could not be done ("store: unable to …") and keep the cause.
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The database could not be reached: callers may retry later (queues back off). */
export class DatabaseUnavailableError extends StoreError {
  override name = 'DatabaseUnavailableError';
}

/** A migration failed; the database was left as it was. */
export class MigrationError extends StoreError {
  override name = 'MigrationError';
}

/** The row changed since the caller read it (optimistic locking). */
export class ConflictError extends StoreError {
  override name = 'ConflictError';
}

export class NotFoundError extends StoreError {
  override name = 'NotFoundError';
}

/** Wraps an error from Prisma as `store: unable to <what>: <reason>`. */
export function wrap(what: string, cause: unknown): StoreError {
  if (cause instanceof StoreError) return cause;
  const reason = cause instanceof Error ? cause.message.split('\n').filter(Boolean).pop() ?? cause.message : String(cause);
  return new StoreError(`store: unable to ${what}: ${reason}`, { cause });
}
