// Writing to a stream with back-pressure: an export of thousands of pages never sits in
// memory whole, and a full disk or a closed pipe fails the export instead of losing bytes.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Resolves when the stream takes writes again (or closed, or failed: `check` reports that). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stream.on('drain', done).on('close', done).on('error', done);
  });
}

export type Output = { write(chunk: string | Uint8Array): Promise<void>; close(): Promise<void> };

export function output(stream: Writable, options: { end?: boolean } = {}): Output {
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async write(chunk) {
      check();
      if (!stream.write(chunk)) await drained(stream);
      check();
    },
    async close() {
      check();
      // stdout is not ours to end; a file is, and it is only done once flushed.
      if (options.end === false) {
        await new Promise<void>((resolve, reject) => stream.write('', (error) => (error ? reject(error) : resolve())));
      } else {
        stream.end();
        await finished(stream);
      }
      check();
    },
  };
}
