// compromise's person tagging, spent only where the cheap signals of people.ts leave a
// candidate open and only inside sentences that hold a trigger: each open candidate is cut
// out with a few words either side, and all the windows of an article go through one nlp()
// call (compromise has a fixed cost per call, and its cost grows with the text it is given).
import nlp from 'compromise';
import { MAX_TAGGER_WINDOWS } from './limits.ts';
import type { PersonTagger } from './people.ts';
import { fold } from './text-utils.ts';
import type { Sentence, Span } from './types.ts';

const WORDS_BEFORE = 4;
const WORDS_AFTER = 3;

type Window = { span: Span; text: string; at: number };

export function compromiseTagger(text: string, triggerSentences: readonly Sentence[]): PersonTagger {
  return (spans) => {
    const answers = spans.map(() => false);
    const windows: { i: number; w: Window }[] = [];
    let joined = '';
    for (const [i, span] of spans.entries()) {
      if (windows.length >= MAX_TAGGER_WINDOWS) break;
      const s = triggerSentences.find((x) => x.start <= span.start && span.end <= x.end);
      if (!s) continue;
      const w = windowAround(text, s, span);
      if (joined) joined += '\n\n';
      windows.push({ i, w: { ...w, at: joined.length + (span.start - w.span.start) } });
      joined += w.text;
    }
    if (!windows.length) return answers;
    const found = nlp(joined).people().json({ offset: true, text: true }) as { text: string; offset: { start: number; length: number } }[];
    for (const { i, w } of windows) {
      const len = spans[i]!.end - spans[i]!.start;
      const lastWord = fold(text.slice(spans[i]!.start, spans[i]!.end).split(/\s+/).pop() ?? '');
      answers[i] = found.some((p) => p.offset.start < w.at + len && p.offset.start + p.offset.length > w.at && fold(p.text).includes(lastWord));
    }
    return answers;
  };
}

function windowAround(text: string, s: Sentence, span: Span): Window {
  let a = span.start;
  for (let n = 0; n < WORDS_BEFORE && a > s.start; n++) {
    a--;
    while (a > s.start && /\s/.test(text[a]!)) a--;
    while (a > s.start && !/\s/.test(text[a - 1]!)) a--;
  }
  let b = span.end;
  for (let n = 0; n < WORDS_AFTER && b < s.end; n++) {
    while (b < s.end && /\s/.test(text[b]!)) b++;
    while (b < s.end && !/\s/.test(text[b]!)) b++;
  }
  return { span: { start: a, end: b }, text: text.slice(a, b).replace(/\n/g, ' '), at: 0 };
}
