// Escaping for the renderers. Article titles, outlet names and watchlist names are hostile
// input, so HTML is written only through the `html` tag, which escapes every interpolated
// value unless it is itself the output of `html` (escaping by default, never by memory).
import { cleanText } from '../wording.ts';

const SAFE = Symbol('safe-html');

export type SafeHtml = { readonly [SAFE]: true; readonly value: string };

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or a quoted attribute value (&, <, >, " and ' escaped). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => entities[char]!);
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && SAFE in value;
}

type Interpolation = SafeHtml | string | number | null | undefined | false | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (isSafe(value)) return value.value;
  return escapeHtml(cleanText(String(value)));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { [SAFE]: true, value: out };
}

/**
 * Text for Markdown, never at the start of a line: characters that would start emphasis,
 * links, code or strike-through are backslash-escaped, and `<` / `&` written as entities
 * (no raw HTML, no autolinks), so a title stays a title.
 */
export function escapeMarkdown(value: string): string {
  return cleanText(value)
    .replace(/[\\`*_[\]~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** A link target for Markdown: angle brackets allow parentheses and spaces in the URL. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
}
