// Capitalised words trimmed from the edges of a name candidate: function words, sentence
// openers, role and status words that stand before names ("Prominent", "Jailed", "Deputy").
// Lower case. A word here is never the first or last word of a person's name.
export const NAME_STOP_WORDS: readonly string[] = [
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'and', 'but', 'or', 'for', 'to', 'from', 'with', 'by', 'after', 'before',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those',
  'according', 'however', 'meanwhile', 'also', 'then', 'when', 'while', 'since', 'as', 'if', 'though', 'although',
  'among', 'despite', 'during', 'under', 'until', 'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'some',
  'many', 'most', 'all', 'both', 'another', 'other', 'several', 'dozens', 'hundreds', 'thousands', 'more', 'over',
  'local', 'human', 'former', 'deputy', 'chief', 'head', 'acting', 'opposition', 'authorities', 'police', 'protesters',
  'activists', 'prosecutors', 'lawyers', 'relatives', 'supporters', 'reporters', 'judges', 'officials', 'no', 'not',
  'high-profile', 'prominent', 'imprisoned', 'jailed', 'detained', 'arrested', 'released', 'freed', 'pardoned',
  'sentenced', 'convicted', 'charged', 'signed', 'said', 'says', 'told', 'asked', 'like', 'unlike', 'following', 'via',
  'where', 'what', 'who', 'why', 'how', 'which', 'there', 'here', 'now', 'yet', 'so', 'thus', 'such', 'each', 'every',
  'amid', 'against', 'about', 'into', 'upon', 'onto', 'within', 'without', 'through', 'because', 'whether', 'once',
  'western', 'eastern', 'northern', 'southern', 'central', 'exclusive', 'update', 'updated', 'breaking', 'photo',
  'video', 'read', 'more', 'see', 'also', 'watch', 'listen', 'share', 'comment', 'comments', 'editor', 'editors',
  'alongside', 'including', 'besides', 'beside', 'except', 'plus', 'along', 'together',
];
