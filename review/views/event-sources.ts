// The sources of an event: every article that reported it, the evidence sentences marked in
// context, outlet and dates, the original and the archived copies, the extractor's rules.
import type { getEvent, listSnapshotMeta } from '../../store/index.ts';
import { evidenceInContext, locateSpans, markRange, type EvidenceSpan } from '../html/evidence.ts';
import { day, percent, term, when } from '../html/format.ts';
import { externalLink, html, type SafeHtml } from '../html/html.ts';

type EventDetail = Awaited<ReturnType<typeof getEvent>>;
type Candidate = EventDetail['candidates'][number];
type SnapshotMeta = Awaited<ReturnType<typeof listSnapshotMeta>>[number];

function candidateSlots(c: Candidate): string {
  return [
    c.date ? `date ${c.date}` : 'no date',
    c.people.length ? c.people.join(', ') : 'no named person',
    c.count !== null ? `count ${c.count}` : null,
    c.charges.length ? `charges ${c.charges.join(', ')}` : null,
    c.termMonths !== null ? `term ${term(c.termMonths)}` : null,
  ].filter(Boolean).join(' · ');
}

function snapshotLinks(snapshots: SnapshotMeta[]) {
  if (!snapshots.length) return html`<p class="muted">No archived copy.</p>`;
  return html`<ul class="snapshots">${snapshots.map(
    (s) => html`<li>Archived ${when(s.fetchedAt)} (HTTP ${s.status}, ${Math.ceil(s.size / 1024)} KB, sha256 <code title="${s.sha256}">${s.sha256.slice(0, 12)}</code>):
      <a href="/snapshots/${s.id}">as fetched (rendered, scripts off)</a> · <a href="/snapshots/${s.id}/source">source</a></li>`,
  )}</ul>`;
}

function evidenceOf(candidates: Candidate[], text: string) {
  const spans = candidates.flatMap((c) => (Array.isArray(c.evidence) ? (c.evidence as EvidenceSpan[]) : []));
  return locateSpans(text, spans);
}

function articleBlock(articleCandidates: Candidate[], snapshots: SnapshotMeta[]): SafeHtml {
  const article = articleCandidates[0]!.article;
  const text = article.text ?? '';
  const { ranges, unmatched } = evidenceOf(articleCandidates, text);
  const context = evidenceInContext(text, ranges);
  return html`<article class="source" id="article-${article.id}">
    <header>
      <h3>${article.title ?? '(untitled article)'}</h3>
      <p class="meta">${article.outlet?.name ?? 'unknown outlet'} · published ${article.publishedAt ? day(article.publishedAt) : (article.publishedRaw ?? 'date unknown')}
        · ${externalLink(article.canonicalUrl, 'original')}</p>
    </header>
    ${context.length ? html`<div class="evidence">${context.map((p) => html`<p>${p}</p>`)}</div>` : html`<p class="muted">No evidence span points into this article's text.</p>`}
    ${unmatched.length ? html`<div class="warning"><p>Evidence that no longer matches the stored text (the article was parsed again since):</p>${unmatched.map((q) => html`<blockquote>${q}</blockquote>`)}</div>` : ''}
    <details class="full-text"><summary>Full text (${text.length.toLocaleString('en')} characters)</summary><div class="article-text">${markRange(text, 0, text.length, ranges)}</div></details>
    ${snapshotLinks(snapshots)}
    <ul class="candidates">${articleCandidates.map(
      (c) => html`<li${c.supersededAt ? html` class="superseded"` : ''}>Extractor ${c.extractorVersion}${c.supersededAt ? ' (superseded)' : ''}: ${candidateSlots(c)}
        · confidence ${percent(c.confidence)} · rules ${c.ruleIds.map((id) => html`<code class="rule">${id}</code> `)} <span class="muted">candidate #${c.id}</span></li>`,
    )}</ul>
  </article>`;
}

export function sourcesSection(event: EventDetail, snapshots: SnapshotMeta[]): SafeHtml {
  const byArticle = new Map<number, Candidate[]>();
  for (const c of event.candidates) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  return html`<section class="sources" aria-labelledby="sources-title">
    <h2 id="sources-title">Sources <span class="count">${byArticle.size}</span></h2>
    ${[...byArticle.values()].map((cs) => articleBlock(cs, snapshots.filter((s) => s.articleId === cs[0]!.articleId)))}
  </section>`;
}
