// Name-based UUIDs (RFC 9562 version 5): a snapshot gets the same WARC-Record-ID in every
// export, so two exports that share a page can be told to hold the same record.
import { createHash } from 'node:crypto';

/** Habeas's namespace for record ids (itself a v5 UUID of "habeas" in the URL namespace). */
export const HABEAS_NAMESPACE = '9630b064-9e19-5bc1-86cd-4d57b102d468';

export function uuidV5(name: string, namespace = HABEAS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(Buffer.concat([ns, Buffer.from(name, 'utf8')])).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
