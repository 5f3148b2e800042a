// Cue wordings that cancel or qualify a trigger. Regular-expression sources, case-insensitive.

/** Before a trigger in its clause: futures, hypotheticals, demands, hopes, negations. */
export const MODAL_CUES = [
  'may', 'might', 'could', 'would', 'will', 'shall', 'should', 'must', 'can', 'cannot', "can't", "won't", "wouldn't",
  "couldn't", 'likely', 'unlikely', 'expected', 'due to be', 'set to', 'going to', 'plans?', 'planned', 'planning',
  'intends?', 'intended', 'threat(?:en(?:ed|s|ing)?)?', 'risks?', 'risked', 'demand(?:s|ed|ing)?', 'call(?:s|ed|ing)?\\s+(?:for|on|upon)',
  'urg(?:e|es|ed|ing)', 'appeal(?:s|ed|ing)?', 'hop(?:e|es|ed|ing)', 'wants?', 'wanted', 'seek(?:s|ing)?', 'sought',
  'ask(?:s|ed|ing)?', 'request(?:s|ed|ing)?', 'suggest(?:s|ed|ing)?', 'propos(?:e|es|ed|ing)', 'recommend(?:s|ed|ing)?',
  'campaign(?:s|ed|ing)?\\s+for', 'press(?:es|ed|ing)?\\s+for', 'push(?:es|ed|ing)?\\s+for', 'await(?:s|ed|ing)?',
  'fears?', 'feared', 'no', 'not', 'never', "n't", 'without', 'neither', 'nor', 'den(?:y|ies|ied)', 'refus(?:e|es|ed)',
  'whether', 'if', 'unless', 'instead of', 'rumou?rs?', 'prepares?', 'preparing',
];

/** Verbs whose "that / whether" complement states no event: "denied that", "hopes that", "asked whether". */
export const COMPLEMENT_CUES = [
  'den(?:y|ies|ied|ying)', 'hop(?:e|es|ed|ing)', 'fear(?:s|ed|ing)?', 'doubt(?:s|ed|ing)?', 'demand(?:s|ed|ing)?',
  'ask(?:s|ed|ing)?', 'urg(?:e|es|ed|ing)', 'insist(?:s|ed|ing)?\\s+on', 'expect(?:s|ed|ing)?', 'want(?:s|ed)?', 'wonder(?:s|ed|ing)?',
  'rumou?red', 'unclear', 'not\\s+clear', 'uncertain', 'rejected\\s+(?:claims|reports)', 'dismissed\\s+(?:claims|reports)',
];

/** Anywhere in a trigger's clause: tallies over time and over many occasions. */
export const AGGREGATE_CUES = [
  // "jailed since 2021", "held since the army took power": a state, not an occasion
  'since(?!\\s+then\\b)',
  'in\\s+recent\\s+(?:days|weeks|months|years)', 'recent\\s+(?:months|years)',
  '(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:\\w+\\s+)?(?:days|weeks|months|years|decades?)',
  'so\\s+far', 'to\\s+date', 'each\\s+year', 'every\\s+year', 'annually', 'per\\s+year',
  'annual\\s+report', 'in\\s+the\\s+world', 'worldwide', 'around\\s+the\\s+world', 'globally', 'the\\s+number\\s+of',
  // "Police this year have detained more than 20 …": a tally of the year so far
  '(?:so\\s+far\\s+)?this\\s+year\\s+(?:\\w+\\s+)?(?:have|has)\\b', '(?:have|has)\\s+(?:been\\s+)?\\w+\\s+(?:\\w+\\s+){0,6}?(?:so\\s+far\\s+)?this\\s+year',
  'every\\s+(?:day|week|month)', 'per\\s+cent', 'percent', '\\d+\\s*%', 'on\\s+average', 'statistics',
];

/** Anywhere in a trigger's clause: a standing state of people, not an occasion ("remain behind bars"). */
export const STATUS_CUES = ['currently', 'still', 'remains?', 'remained', 'behind\\s+bars', '(?:is|are|was|were)\\s+being'];

/** Sums: a tally over many occasions for arrests and sentences, but one act's size for a pardon or amnesty ("a total of 115 convicts have been pardoned"). */
export const TOTAL_CUES = ['a\\s+total\\s+of', 'in\\s+total', 'altogether'];

/** Just after a nominal trigger: "the amnesty did not apply to journalists". */
export const NEGATION_AFTER = '^\\s*(?:[\\w-]+\\s+){0,3}?(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)\\s*(?:not|n\'t|never)\\b';

/** Words that end a clause for slot filling (case-insensitive, whole words unless punctuation). */
export const CLAUSE_BOUNDARIES = [
  ';', ':', '"', '\\bbut\\b', '\\bwhile\\b', '\\bwhereas\\b', '\\bwhen\\b', '\\balthough\\b', '\\bthough\\b', '\\bbecause\\b',
  '\\bafter\\b', '\\bbefore\\b', '\\buntil\\b', '\\bwho\\b', '\\bwhom\\b', '\\bwhich\\b', '\\bthat\\b', '\\bwhose\\b',
  '\\bsince\\b', '\\bfollowing\\b', '\\bdespite\\b', '\\baccording\\s+to\\b', '\\bwithout\\s+(?:providing|giving|charge)\\b', '\\bahead\\s+of\\b', ',\\s*and\\b', '\\band\\s+(?:was|were|is|are|has|have|had|then|subsequently|later)\\b',
  // "and later released him" opens a clause; "12 of them were later charged" does not
  '(?<!\\b(?:was|were|is|are|has|have|had|been|be)\\s+)\\bsubsequently\\b', '(?<!\\b(?:was|were|is|are|has|have|had|been|be)\\s+)\\bthen\\b', '(?<!\\b(?:was|were|is|are|has|have|had|been|be)\\s+)\\blater\\b', '\\bas\\s+(?:well|the|a|an|he|she|they|it|police)\\b', '\\bamid\\b',
];

/** Verbs that say who reported, not what happened: a date right after one dates the report. */
export const SPEECH_VERBS = '(?:said|says|told|reported|announced|stated|added|wrote|tweeted|claimed|confirmed|noted|revealed|informed|learned|published|circulated)';
