// What the parser is handed → HTML text, or the reason it is not an HTML page. Bytes are
// sniffed before anything else (a PDF or an image served as text/html is still not a page),
// then decoded by the crawler's charset rules (BOM, Content-Type charset, <meta charset>,
// else UTF-8; invalid UTF-8 becomes U+FFFD). HTML served as text/plain or with no type is
// read as HTML when it looks like HTML.
import { decodeBody } from '../fetch/charset.ts';
import { nestingDepth } from './depth.ts';

export type PageText = { ok: true; html: string; charset: string; invalidUtf8: boolean } | { ok: false; reason: string };

/** Longer input is cut here before parsing: the crawler stores at most 5 MB, and past that only time is lost. */
export const maxHtmlChars = 6_000_000;

/** Deeper than this, parsing time explodes (depth.ts); real pages nest a few dozen deep. */
export const maxNesting = 2_000;

const signatures: Array<[string, (b: Buffer) => boolean]> = [
  ['a PDF document', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['a PNG image', (b) => b[0] === 0x89 && b.subarray(1, 4).toString('latin1') === 'PNG'],
  ['a JPEG image', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['a GIF image', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['a WebP image', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['a ZIP archive (or an Office document)', (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04],
  ['gzip-compressed data', (b) => b[0] === 0x1f && b[1] === 0x8b],
];

const nonHtmlTypes = /^(image|audio|video|font|model)\/|^application\/(pdf|json|zip|octet-stream|javascript|x-|vnd\.)|^text\/(css|javascript|csv|calendar)/;
const markup = /<(!doctype\s+html|html|head|body|title|meta|p|div|article|main|section|h[1-6]|table|span|a|br|ul|ol|li)[\s>/]/i;

function mimeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function looksLikeJson(text: string): boolean {
  const start = text.trimStart();
  if (!/^[{[]/.test(start)) return false;
  return !markup.test(start.slice(0, 2000)) || (() => {
    try {
      JSON.parse(start);
      return true;
    } catch {
      return false;
    }
  })();
}

function hasBinaryControl(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 1024);
  let controls = 0;
  for (const byte of head) if (byte === 0 || (byte < 0x09) || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  return controls > head.length * 0.05;
}

function isUtf16(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function pageText(html: Buffer | string, contentType?: string): PageText {
  const mime = mimeOf(contentType);
  let text: string;
  let charset = 'utf-16';
  let invalidUtf8 = false;
  if (typeof html === 'string') {
    text = html;
  } else {
    if (!html.length) return { ok: false, reason: 'empty page: no bytes' };
    const signature = signatures.find(([, test]) => test(html));
    if (signature) return { ok: false, reason: `not an HTML page: ${signature[0]}` };
    if (!isUtf16(html) && hasBinaryControl(html)) return { ok: false, reason: `not an HTML page: binary data${mime ? ` (${mime})` : ''}` };
    const decoded = decodeBody(html, contentType);
    text = decoded.text;
    charset = decoded.charset;
    invalidUtf8 = decoded.invalid;
  }
  if (!text.trim()) return { ok: false, reason: 'empty page: no text' };
  if (looksLikeJson(text)) return { ok: false, reason: 'not an HTML page: JSON' };
  if (!markup.test(text.slice(0, 100_000))) {
    return { ok: false, reason: `not an HTML page: ${nonHtmlTypes.test(mime) ? mime : mime === 'text/plain' || !mime ? 'plain text' : `${mime} without HTML markup`}` };
  }
  if (text.length > maxHtmlChars) text = text.slice(0, maxHtmlChars);
  const depth = nestingDepth(text, maxNesting);
  if (depth > maxNesting) return { ok: false, reason: `markup nested more than ${maxNesting} elements deep: not parsed (a hostile or broken page)` };
  return { ok: true, html: text, charset, invalidUtf8 };
}
