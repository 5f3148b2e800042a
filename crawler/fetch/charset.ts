// Bytes → text for the pages the crawler itself reads (feeds, sitemaps, listing pages; the
// article parser decodes article pages itself). Order: byte-order mark, then the charset in
// Content-Type, then an XML declaration or <meta charset> in the first 2 KB, then UTF-8.
import iconv from 'iconv-lite';

export type Decoded = { text: string; charset: string; invalid: boolean };

function sniffDeclared(head: string): string | undefined {
  return (
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
  );
}

export function charsetOf(bytes: Buffer, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
  const candidate = fromHeader ?? sniffDeclared(bytes.subarray(0, 2048).toString('latin1'));
  return candidate && iconv.encodingExists(candidate) ? candidate.toLowerCase() : 'utf-8';
}

export function decodeBody(bytes: Buffer, contentType?: string): Decoded {
  const charset = charsetOf(bytes, contentType);
  if (charset === 'utf-8' || charset === 'utf8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', invalid: false };
    } catch {
      return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', invalid: true };
    }
  }
  return { text: iconv.decode(bytes, charset), charset, invalid: false };
}

/** True when bytes declared or assumed UTF-8 are not valid UTF-8. */
export function hasInvalidUtf8(bytes: Buffer, contentType?: string): boolean {
  return decodeBody(bytes, contentType).invalid;
}
