// Keeps the raw (decompressed, not yet charset-decoded) bytes of a response for the snapshot,
// and stops reading past a size limit. It sits between got's stream and CheerioCrawler's body
// parsing, so a 5 MB page or a gzip bomb is cut off after `maxBytes` decoded bytes without
// being held in memory whole.
import { Transform, pipeline, type TransformCallback } from 'node:stream';
import { PermanentFetchError } from './errors.ts';

export class CaptureStream extends Transform {
  private readonly chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      callback(tooLarge(this.maxBytes, 'after decompression'));
      return;
    }
    this.chunks.push(chunk);
    callback(null, chunk);
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export function tooLarge(maxBytes: number, how: string): PermanentFetchError {
  return new PermanentFetchError('too-large', `body larger than the ${(maxBytes / 2 ** 20).toFixed(1)} MB limit (${how})`);
}

type ResponseLike = NodeJS.ReadableStream & { statusCode?: number; headers: Record<string, unknown>; url: string; destroy(error?: Error): void };

/** Pipes a got response through a CaptureStream that carries the response's own properties. */
export function captureResponse(response: ResponseLike, maxBytes: number): CaptureStream & ResponseLike {
  const capture = new CaptureStream(maxBytes);
  for (const prop of ['statusCode', 'statusMessage', 'headers', 'url', 'httpVersion', 'rawHeaders', 'request', 'redirectUrls'] as const) {
    Object.defineProperty(capture, prop, { value: (response as unknown as Record<string, unknown>)[prop], configurable: true, writable: true });
  }
  pipeline(response, capture, () => {
    // errors reach whoever reads `capture`; pipeline destroys the socket for us
  });
  return capture as CaptureStream & ResponseLike;
}
