// Shared internal types of the extractor. The public output type is in schema.ts.
export const EVENT_TYPES = ['ARREST', 'CHARGE', 'DETENTION', 'SENTENCE', 'RELEASE', 'PARDON', 'AMNESTY'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type Span = { start: number; end: number };

export type Sentence = Span & { index: number; text: string; paragraphStart: boolean };

/** A resolved date: ISO string at the precision the text gives. */
export type DateValue = string;

/** A charge wording told in a sentence apart from any event that carries charges. */
export type FallbackCharge = { label: string; sentence: number };

/** One mention of an event in one sentence, before merging. */
export type Mention = {
  type: EventType;
  sentence: number;
  trigger: Span;
  people: string[];
  /** the patient was a plural pronoun ("they", "them"): continues a group named before */
  groupPronoun: boolean;
  /** told by a noun ("the arrest of X", "X's release"): mostly a reference to an event told elsewhere */
  nominal: boolean;
  /** the count is of a part of a group told apart ("Three of the defendants were given …") */
  subCount: boolean;
  /** the patient is a definite plural noun for a group told before ("The defendants were arrested in 2015") */
  definiteGroup: boolean;
  count: number | null;
  date: DateValue | null;
  /** term in months; `suspended` marks a term that is known to be none */
  termMonths: number | null;
  suspended: boolean;
  charges: string[];
  strength: 'strong' | 'weak';
  /** a mention with "also" and a pronoun subject, which inherits the date of the sentence before */
  alsoContinues: boolean;
  /** told in the present perfect ("has been sentenced"): a recent occasion */
  perfect?: boolean;
  ruleIds: string[];
  evidence: Span[];
  confidence: number;
};
