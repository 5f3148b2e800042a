// The HTML part of the e-mail: one column, inline styles (mail clients drop <style>),
// large type and tap-sized links for a phone, every interpolated value escaped (html tag).
import type { Digest, DigestLine, DigestSection } from '../types.ts';
import { html, type SafeHtml } from './escape.ts';
import { digestSubject, digestTitle, emptyText, lineDetails, lineHeading, lineWho, pendingText, periodText, sectionTitle, sourceLabel } from './parts.ts';

const font = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const style = {
  body: `margin:0;padding:0;background:#f4f4f5;${font};color:#18181b`,
  card: 'max-width:600px;margin:0 auto;background:#ffffff;padding:20px 16px',
  h1: 'margin:0 0 4px;font-size:22px;line-height:1.3',
  muted: 'margin:0;font-size:14px;line-height:1.5;color:#52525b',
  h2: 'margin:28px 0 8px;font-size:18px;line-height:1.3;border-bottom:2px solid #e4e4e7;padding-bottom:4px',
  line: 'margin:0 0 18px;padding:0 0 0 12px;border-left:4px solid #d4d4d8',
  watchedLine: 'margin:0 0 18px;padding:0 0 0 12px;border-left:4px solid #ca8a04',
  heading: 'margin:0;font-size:13px;line-height:1.5;text-transform:uppercase;letter-spacing:.04em;color:#52525b',
  who: 'margin:2px 0;font-size:17px;line-height:1.4;font-weight:600',
  watched: 'background:#fef3c7;padding:0 3px',
  details: 'margin:2px 0 6px;font-size:15px;line-height:1.5;color:#3f3f46',
  source: 'margin:4px 0;font-size:15px;line-height:1.5;overflow-wrap:anywhere;word-break:break-word',
  link: 'color:#1d4ed8;text-decoration:underline',
  small: 'font-size:14px;color:#52525b',
  footer: 'margin:28px 0 0;padding-top:12px;border-top:1px solid #e4e4e7;font-size:15px;line-height:1.5',
};

function link(href: string | null, text: string | SafeHtml, extra = ''): SafeHtml {
  return href ? html`<a href="${href}" style="${style.link}${extra}">${text}</a>` : html`${text}`;
}

function who(line: DigestLine): SafeHtml {
  if (!line.people.length) return html`${lineWho(line)}`;
  return html`${line.people.map((person, i) => html`${i ? ', ' : ''}${person.watched ? html`<span style="${style.watched}">${person.name}</span>` : person.name}`)}`;
}

/** One event with its sources, as an HTML fragment (also the Atom entry's content). */
export function lineHtml(line: DigestLine, watchedSection: boolean): SafeHtml {
  const sources = line.sources.map((source) => {
    const { outlet, title } = sourceLabel(source);
    // dir="auto": a title in Arabic, Persian or Hebrew reads right to left.
    return html`<p style="${style.source}"><span dir="auto">${link(source.url, title)}</span><br><span style="${style.small}">${outlet}${source.archivedUrl ? html` · ${link(source.archivedUrl, 'archived copy', `;${style.small}`)}` : ''}</span></p>`;
  });
  return html`<div style="${watchedSection ? style.watchedLine : style.line}">
<p style="${style.heading}">${lineHeading(line)}</p>
<p style="${style.who}">${who(line)}</p>
<p style="${style.details}">${lineDetails(line).join(' · ')} · ${link(line.eventUrl, 'event page', `;${style.small}`)}</p>
${sources}
</div>
`;
}

function sectionHtml(section: DigestSection, digest: Digest): SafeHtml {
  return html`<h2 style="${style.h2}">${sectionTitle(section, digest)}</h2>
${section.lines.map((line) => lineHtml(line, section.kind === 'watchlist'))}`;
}

export function renderHtml(digest: Digest): string {
  const body = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${digestTitle(digest)}</title>
</head>
<body style="${style.body}">
<div style="display:none;max-height:0;overflow:hidden">${digestSubject(digest)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>
<div style="${style.card}">
<h1 style="${style.h1}">${digestTitle(digest)}</h1>
<p style="${style.muted}">${periodText(digest)}.</p>
${digest.sections.length ? digest.sections.map((section) => sectionHtml(section, digest)) : html`<p style="${style.details}">${emptyText()}</p>`}
<p style="${style.footer}">${link(digest.reviewUrl, pendingText(digest))}</p>
</div>
</td></tr></table>
</body>
</html>
`;
  return body.value;
}
