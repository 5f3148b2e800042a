// The body extractors compared on the benchmark: ours (parseArticle, and each of its two
// candidates alone) and Mozilla Readability over linkedom as it comes (its textContent), the
// baseline the issue names.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBody } from '../crawler/fetch/charset.ts';
import { parseArticle } from '../crawler/parse/parse-article.ts';
import type { AebPage } from './aeb-pages.ts';

export type Extractor = { name: string; run: (page: AebPage) => string };

export function readabilityText(page: AebPage): string {
  const { document } = parseHTML(decodeBody(page.html).text);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export const extractors: Extractor[] = [
  { name: 'habeas parseArticle', run: (page) => parseArticle({ html: page.html, url: page.url }).text },
  { name: 'Readability 0.6 over linkedom', run: readabilityText },
];

export const ablations: Extractor[] = [
  { name: 'habeas, density candidate only', run: (page) => parseArticle({ html: page.html, url: page.url }, { only: 'density' }).text },
  { name: 'habeas, Readability candidate only', run: (page) => parseArticle({ html: page.html, url: page.url }, { only: 'readability' }).text },
];

/** `rule` is one rule id, or several joined by "+" to leave out together. */
export function ruleAblation(rule: string): Extractor {
  const skipRules = rule.split('+');
  return { name: `habeas without ${rule}`, run: (page) => parseArticle({ html: page.html, url: page.url }, { skipRules }).text };
}
