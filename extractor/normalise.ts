// Layer 1: normalise. Returns a string of exactly the same length as the (capped) input,
// so every offset found in it is an offset into the text the caller gave us. Curly quotes
// become straight, odd spaces become spaces, control characters and HTML tags (when HTML
// is passed as text) become spaces.
import { MAX_TEXT_CHARS } from './limits.ts';

export type Normalised = { text: string; original: string; garbage: boolean };

const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"', '\u2032': "'" };

export function normalise(input: string): Normalised {
  const original = input.length > MAX_TEXT_CHARS ? input.slice(0, MAX_TEXT_CHARS) : input;
  let bad = 0;
  let out = original.replace(/[\u2018\u2019\u02bc\u201c\u201d\u00ab\u00bb\u2032]/g, (c) => QUOTES[c] ?? c);
  out = out.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ');
  out = out.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, () => {
    bad++;
    return ' ';
  });
  if (/<\/?[a-z][^>]*>/i.test(out)) out = blankHtml(out);
  const garbage = original.length > 0 && bad / original.length > 0.05;
  return { text: out, original, garbage };
}

/** Blanks HTML tags, scripts and styles with spaces of the same length (paragraph tags → newline). */
function blankHtml(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|title)\b[^>]*>/gi, (m) => '\n' + ' '.repeat(m.length - 1))
    .replace(/<[^>]{0,2000}>/g, blank)
    .replace(/&(?:[a-z]+|#\d+);/gi, blank);
}
