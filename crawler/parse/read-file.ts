// An HTML file on disk (plain or gzip-compressed: by the .gz name or the gzip magic bytes) →
// its text, decoded by the page's own charset declaration (BOM or <meta charset>).
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from '../fetch/charset.ts';

/** Decompressed files larger than this are refused (a gzip bomb on disk is still a bomb). */
export const maxFileBytes = 64 * 2 ** 20;

export async function readHtmlBytes(path: string): Promise<Buffer> {
  const bytes = await readFile(path);
  const gzipped = /\.gz$/i.test(path) || (bytes[0] === 0x1f && bytes[1] === 0x8b);
  if (!gzipped) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxFileBytes });
  } catch (err) {
    throw new Error(`cannot decompress ${path}: ${(err as Error).message}`);
  }
}

export async function readHtmlFile(path: string): Promise<{ html: string; charset: string; invalidUtf8: boolean }> {
  const decoded = decodeBody(await readHtmlBytes(path));
  return { html: decoded.text, charset: decoded.charset, invalidUtf8: decoded.invalid };
}
