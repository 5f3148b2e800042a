// The plain-text part of the e-mail (and `--format text`): no markup, one fact a line.
import type { Digest, DigestLine } from '../types.ts';
import { cleanText } from '../wording.ts';
import { digestTitle, emptyText, lineDetails, lineHeading, lineWho, pendingText, periodText, sectionTitle, sourceLabel } from './parts.ts';

function lineText(line: DigestLine): string[] {
  const who = line.people.length ? line.people.map((p) => `${cleanText(p.name)}${p.watched ? ' (watched)' : ''}`).join(', ') : lineWho(line);
  const out = [`* ${lineHeading(line)} · ${who}`, `  ${lineDetails(line).join(' · ')}`];
  for (const source of line.sources) {
    const { outlet, title } = sourceLabel(source);
    out.push(`  - ${outlet}: ${title}`);
    if (source.url) out.push(`    original: ${source.url}`);
    if (source.archivedUrl) out.push(`    archived: ${source.archivedUrl}`);
  }
  out.push(`  event: ${line.eventUrl}`);
  return out;
}

export function renderText(digest: Digest): string {
  const out = [digestTitle(digest), `${periodText(digest)}.`, ''];
  if (!digest.sections.length) out.push(emptyText(), '');
  for (const section of digest.sections) {
    const title = sectionTitle(section, digest);
    out.push(title, '='.repeat(Math.min(title.length, 60)));
    for (const line of section.lines) out.push(...lineText(line), '');
  }
  out.push(`${pendingText(digest)} (${digest.reviewUrl})`, '');
  return out.join('\n');
}
