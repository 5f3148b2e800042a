// Charge wordings (data/charges.ts) found in a sentence, as labels of EVENTS.md with offsets.
import { CHARGE_WORDINGS } from './data/charges.ts';

export type ChargeHit = { label: string; id: string; start: number; end: number };

const COMPILED = CHARGE_WORDINGS.map((c) => ({ ...c, re: new RegExp(String.raw`\b(?:${c.pattern})(?![\p{L}])`, 'giu') }));

/** Every charge wording in `text`, in the order of the wording list. Offsets are into `text`. */
export function chargesIn(text: string): ChargeHit[] {
  const hits: ChargeHit[] = [];
  for (const c of COMPILED) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(text); m; m = c.re.exec(text)) hits.push({ label: c.label, id: c.id, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
