// The digest as Markdown (`--format md`), for a wiki, a chat channel or a notes file.
import type { Digest, DigestLine } from '../types.ts';
import { escapeMarkdown as md, markdownUrl } from './escape.ts';
import { digestTitle, emptyText, lineDetails, lineHeading, lineWho, pendingText, periodText, sectionTitle, sourceLabel } from './parts.ts';

const link = (text: string, url: string | null) => (url ? `[${md(text)}](${markdownUrl(url)})` : md(text));

function lineMarkdown(line: DigestLine): string[] {
  const who = line.people.length ? line.people.map((p) => (p.watched ? `**${md(p.name)}**` : md(p.name))).join(', ') : md(lineWho(line));
  const out = [`- ${md(lineHeading(line))} · ${who}  `, `  ${md(lineDetails(line).join(' · '))} · ${link('event page', line.eventUrl)}`];
  for (const source of line.sources) {
    const { outlet, title } = sourceLabel(source);
    out.push(`  - ${link(title, source.url)} (${md(outlet)}${source.archivedUrl ? `, ${link('archived copy', source.archivedUrl)}` : ''})`);
  }
  return out;
}

export function renderMarkdown(digest: Digest): string {
  const out = [`# ${md(digestTitle(digest))}`, '', `${md(periodText(digest))}.`, ''];
  if (!digest.sections.length) out.push(md(emptyText()), '');
  for (const section of digest.sections) {
    out.push(`## ${md(sectionTitle(section, digest))}`, '');
    for (const line of section.lines) out.push(...lineMarkdown(line));
    out.push('');
  }
  out.push(link(pendingText(digest), digest.reviewUrl), '');
  return out.join('\n');
}
