// How deep a page's elements nest, estimated in one linear scan of the markup before it is
// parsed. Both HTML parsers (htmlparser2 and parse5) slow down with the square of the depth,
// so a hostile page of 200,000 unclosed <div>s would take minutes; real pages nest a few
// dozen deep, and sloppy ones a few hundred.
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
// closed by the next one of their kind, so they never pile up
const selfClosing = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'tbody', 'thead', 'tfoot', 'colgroup', 'rp', 'rt']);

/** The estimated maximum depth, or `stopAt + 1` as soon as it goes past `stopAt`. */
export function nestingDepth(html: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[i + 1] === '/';
    let j = i + (closing ? 2 : 1);
    let name = '';
    while (j < html.length && name.length < 12) {
      const c = html.charCodeAt(j);
      const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && name.length > 0);
      if (!letter) break;
      name += html[j];
      j++;
    }
    if (name) {
      const tag = name.toLowerCase();
      const end = html.indexOf('>', j);
      const selfClosed = end > 0 && html[end - 1] === '/';
      if (closing) depth = Math.max(0, depth - 1);
      else if (!voidTags.has(tag) && !selfClosing.has(tag) && !selfClosed) {
        depth++;
        if (depth > max) {
          max = depth;
          if (max > stopAt) return max;
        }
      }
      if (tag === 'script' || tag === 'style') {
        if (!closing) {
          const closer = tag === 'script' ? /<\/script/gi : /<\/style/gi;
          closer.lastIndex = j;
          const close = closer.exec(html);
          if (!close) break;
          i = close.index;
          continue;
        }
      }
    }
    i = html.indexOf('<', i + 1);
  }
  return max;
}
