// The pipeline: normalise → sentence split → cheap trigger pass → compromise and slot
// filling on trigger sentences only → people/coreference → merge one event per occasion.
import { findDates, parseYmd, resolveAnaphoric, type DateMention } from './dates.ts';
import { MAX_TRIGGER_SENTENCES } from './limits.ts';
import { mentionsOf } from './mentions.ts';
import { mergeMentions } from './merge.ts';
import { normalise } from './normalise.ts';
import { indexPeople } from './people.ts';
import type { ExtractedEvent } from './schema.ts';
import { splitSentences } from './sentences.ts';
import { compromiseTagger } from './tagger.ts';
import { mayHoldEvent } from './triggers.ts';
import type { FallbackCharge, Mention, Sentence } from './types.ts';

export type ExtractInput = { text: string; published?: string | null; url?: string | null };

/** The lines after sentence `i` that make a list (bullets, or short lines of a few words each). */
function listAfter(sentences: Sentence[], i: number): { start: number; end: number } | null {
  let end = -1;
  for (let j = i + 1; j < sentences.length && j <= i + 60; j++) {
    const t = sentences[j]!.text;
    if (!sentences[j]!.paragraphStart || t.length > 80 || (!/^[•●▪◦·*–-]\s*/.test(t) && t.split(/\s+/).length > 6)) break;
    end = sentences[j]!.end;
  }
  return end < 0 ? null : { start: sentences[i + 1]!.start, end };
}

export function extractEvents(input: ExtractInput): ExtractedEvent[] {
  const raw = typeof input?.text === 'string' ? input.text : '';
  if (!raw.trim()) return [];
  const norm = normalise(raw);
  if (norm.garbage) return [];
  const sentences = splitSentences(norm.text);
  const pub = parseYmd(input.published ?? null);
  const triggerSentences = sentences.filter((s) => mayHoldEvent(s.text)).slice(0, MAX_TRIGGER_SENTENCES);
  if (!triggerSentences.length) return [];

  const people = indexPeople(norm.text, compromiseTagger(norm.text, triggerSentences));

  // dates of every sentence, "the next day" resolved against the last day-precise date before it
  let lastDay: string | null = null;
  let lastYear: number | null = null;
  const dates: DateMention[][] = sentences.map((s) => {
    const ds = findDates(s.text, s.start, pub, s.paragraphStart);
    for (const d of ds) {
      if (d.kind === 'anaphoric') d.value = resolveAnaphoric(d.text, lastDay, lastYear);
      if (!d.value || d.kind === 'dateline') continue;
      if (d.value.length === 10 && d.kind !== 'since') lastDay = d.value;
      lastYear = Number(d.value.slice(0, 4));
    }
    return ds;
  });

  const mentions: Mention[] = [];
  const fallbackCharges: FallbackCharge[] = [];
  for (const s of triggerSentences) {
    const headline = (s.index === 0 || s.paragraphStart) && !/[.!?]["')\]]*$/.test(s.text) && s.text.length < 220;
    const r = mentionsOf({
      sentence: s, people, dates: dates[s.index] ?? [], headline,
      previousSentenceDates: dates[s.index - 1] ?? [], previousSentenceStart: sentences[s.index - 1]?.start ?? s.start,
      listAfter: /:\s*$/.test(s.text) ? listAfter(sentences, s.index) : null,
    });
    mentions.push(...r.mentions);
    fallbackCharges.push(...r.fallbackCharges);
  }
  const events = mergeMentions(mentions, fallbackCharges, { people, sentences, published: pub ? `${pub.y}-${String(pub.m).padStart(2, '0')}-${String(pub.d).padStart(2, '0')}` : null });
  return events.map((e) => ({
    type: e.type,
    date: e.date,
    people: e.people,
    count: e.count,
    charges: e.charges as ExtractedEvent['charges'],
    termMonths: e.termMonths,
    evidence: e.evidence.sort((a, b) => a.start - b.start).map((sp) => ({ start: sp.start, end: sp.end, quote: norm.original.slice(sp.start, sp.end) })),
    confidence: Math.round(e.confidence * 100) / 100,
    ruleIds: e.ruleIds,
  }));
}
