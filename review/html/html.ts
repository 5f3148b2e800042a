// A tagged template that escapes every interpolation unless it is already SafeHtml, so
// untrusted article titles and texts can only ever reach a page as text.
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (ch) => entities[ch]!);
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i += 1) out += render(values[i] as Interpolation) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Joins fragments (each escaped unless SafeHtml). */
export function join(parts: readonly Interpolation[], separator = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(escapeHtml(separator)));
}

/** Only http(s) URLs become links: javascript:, data: and the like are never rendered as href. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A link to an outside page, opened without a referrer or a window handle; plain text when the URL is not http(s). */
export function externalLink(url: string | null | undefined, label: Interpolation): SafeHtml {
  const safe = safeHttpUrl(url);
  if (!safe) return html`<span class="unsafe-url" title="not an http(s) address: not shown as a link">${label}</span>`;
  return html`<a href="${safe}" rel="noopener noreferrer nofollow" target="_blank" referrerpolicy="no-referrer">${label}</a>`;
}
