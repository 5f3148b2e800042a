// Errors the routes turn into HTTP answers: the status, a message for a person, and for
// invalid input the message of each field.
import { z } from 'zod';
import { ConflictError, NotFoundError, StoreError } from '../store/index.ts';
import { fieldErrors } from './forms.ts';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(readonly status: number, message: string, readonly fields: Record<string, string> = {}) {
    super(message);
  }
}

export function invalidInput(error: z.ZodError): HttpError {
  const fields = fieldErrors(error);
  return new HttpError(422, `Please correct: ${Object.values(fields).join('; ')}`, fields);
}

/** Store messages start "store: " and may say "unable to …: reason"; people need the reason. */
function plain(message: string): string {
  const text = message.replace(/^store: /, '').replace(/^unable to [^:]+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function toHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof z.ZodError) return invalidInput(error);
  if (error instanceof ConflictError) return new HttpError(409, plain(error.message));
  if (error instanceof NotFoundError) return new HttpError(404, plain(error.message));
  if (error instanceof StoreError && !(error.cause instanceof Error && /connect|ECONN|timeout/i.test(error.cause.message))) return new HttpError(400, plain(error.message));
  return null;
}
