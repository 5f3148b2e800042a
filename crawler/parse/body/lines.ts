// Short lines that are page furniture wherever they appear inside an article container:
// share prompts, ad labels, photo credits, "read more" teasers. Data with ids, like the class
// rules; matched against a whole block's text.
export type LineRule = { id: string; pattern: RegExp };

export const lineRules: LineRule[] = [
  { id: 'ad-label', pattern: /^(advertisement|advertisements|advert|ad|ads|sponsored( content)?|story continues below( advertisement)?|continue reading below|scroll to continue.*)$/i },
  { id: 'share-prompt', pattern: /^(share|share this( (article|story|post))?|share on \w+|tweet|email|e-mail|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy link|link copied)[:!.]?$/i },
  { id: 'credit', pattern: /^((photo|image|picture|video|illustration|graphic|file photo)( credit)?|credit|source|copyright|©)\s*[:©].{0,120}$/i },
  { id: 'teaser', pattern: /^(read more|read also|see also|related( articles| stories| content)?|more on this|recommended( for you)?|you may also like|most read|most popular|trending( now)?|watch|listen|click here.*)[:.]?$/i },
  { id: 'newsletter', pattern: /^(sign up|subscribe)\b.{0,140}(newsletter|inbox|e-?mail|updates)/i },
];
