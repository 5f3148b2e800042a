// Layer 3: the cheap trigger pass. A sentence is analysed further only when one of the
// trigger stems occurs in it; then the trigger rules (data/triggers.ts) are matched and
// overlaps resolved in rule order (earlier rules are more specific).
import { TRIGGER_RULES, TRIGGER_STEMS, type TriggerRule } from './data/triggers.ts';

export type TriggerMatch = { rule: TriggerRule; start: number; end: number; text: string };

const COMPILED = TRIGGER_RULES.map((rule) => ({ rule, re: new RegExp(rule.pattern, 'giu') }));

export function mayHoldEvent(sentence: string): boolean {
  return TRIGGER_STEMS.test(sentence);
}

/** Non-overlapping rule matches in one sentence; offsets relative to the sentence. */
export function matchTriggers(sentence: string): TriggerMatch[] {
  const kept: TriggerMatch[] = [];
  for (const { rule, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (kept.some((k) => start < k.end && end > k.start)) continue;
      kept.push({ rule, start, end, text: m[0] });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
