// An outlet profile's body selector: the matched elements, less the profile's `remove`
// selectors. A selector cheerio cannot read, or one that matches nothing, gives null, and
// the generic extractor takes over.
import type { CheerioAPI } from 'cheerio';
import type { ArticleProfile } from '../../outlets/schema.ts';
import { isTag, removeNode, type Element } from './dom.ts';

export function profileBodies($: CheerioAPI, profile: ArticleProfile | undefined): Element[] | null {
  if (!profile?.body) return null;
  let bodies: Element[];
  try {
    bodies = $(profile.body).toArray().filter(isTag);
  } catch {
    return null;
  }
  // a body nested in another matched body is read once, through the outer one
  bodies = bodies.filter((el) => !bodies.some((other) => other !== el && $(other).find(el as never).length > 0));
  if (!bodies.length) return null;
  for (const selector of profile.remove ?? []) {
    try {
      for (const body of bodies) for (const el of $(body).find(selector).toArray()) removeNode(el);
    } catch {
      // an unreadable selector removes nothing
    }
  }
  return bodies;
}
