// Exit codes that mean something: 0 ok, 1 the job ran and failed, 2 usage or
// configuration error, 3 a service (database, Redis) could not be reached.
export const EXIT = { ok: 0, failed: 1, usage: 2, unavailable: 3 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

export class ServiceUnavailableError extends Error {
  override name = 'ServiceUnavailableError';
}

export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError) return EXIT.usage;
  if (err instanceof Error && err.name === 'ConfigError') return EXIT.usage;
  if (err instanceof ServiceUnavailableError) return EXIT.unavailable;
  if (err instanceof Error && err.name === 'ServiceUnavailableError') return EXIT.unavailable;
  if (err instanceof Error && err.name === 'DatabaseUnavailableError') return EXIT.unavailable;
  return EXIT.failed;
}

export function printError(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`habeas: ${message}\n`);
  if (process.env.HABEAS_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
}
