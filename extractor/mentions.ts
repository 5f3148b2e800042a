// Layer 4: fill slots for each trigger of a trigger sentence → event mentions.
// Who: by voice (passive subject, active object, "the arrest of X", "X's arrest",
// "found X guilty", relative "X, who was arrested"), pronouns and role nouns resolved
// through the people index; officials, speakers and possessors dropped.
// Count, term, date and charges from the clause around the trigger.
import { chargesIn } from './charges.ts';
import type { DateMention } from './dates.ts';
import { MAX_TRIGGERS_PER_SENTENCE } from './limits.ts';
import { alongWithCount, countIn, numberValue, singleUnnamed, termIn } from './numbers.ts';
import { resolveRole, resolveSingular, type PeopleIndex } from './people.ts';
import {
  afterSpeechVerb, clauseEndAt, clauseIndex, clauseStartAt, FINITE, hasBoundary, type ClauseIndex, hasCompetingPredicate, aggregateKind, isGovernedByCue, isModal, isNegatedAfter,
} from './scopes.ts';
import { splitByTerms } from './split-terms.ts';
import { matchTriggers, type TriggerMatch } from './triggers.ts';
import { readVoice, RELATIVE_BEFORE } from './voice.ts';
import type { EventType, FallbackCharge, Mention, Sentence } from './types.ts';

export type SentenceInput = {
  sentence: Sentence;
  people: PeopleIndex;
  dates: DateMention[];
  headline: boolean;
  previousSentenceDates: DateMention[];
  previousSentenceStart: number;
  /** the list of lines that follows a sentence ending in ":" ("Those sentenced are:"), if any */
  listAfter?: { start: number; end: number } | null;
};

export type SentenceResult = { mentions: Mention[]; fallbackCharges: FallbackCharge[] };

const CHARGE_HOLDERS: ReadonlySet<EventType> = new Set(['ARREST', 'CHARGE', 'DETENTION', 'SENTENCE']);
const CHARGE_CONTEXT = /\b(?:charg|accus|prosecut|guilty|convict|indict|article\s+\d|suspicion|offen[cs]e|law|code|crimes?\b)/i;
// "at least 16,000 people will be affected by the act": the number before a passive of coverage
const ACT_COVERED_BY = /\b(?:will|would|are\s+to|is\s+to)\s+be\s+(?:affected|covered)\s+by\s+(?:the|this|an?)\s+(?:\w+\s+)?(?:act|amnesty|bill|law|decree|pardon)\b/i;
const ACT_COVERS = /^[^.;:]*?\b(?:cover(?:s|ed|ing)?|appl(?:y|ies|ied|ying)\s+to|affect(?:s|ed|ing)?|benefit(?:s|ed|ing)?|extend(?:s|ed|ing)?\s+to|concern(?:s|ed|ing)?|involv(?:e|es|ed|ing)|free(?:s|d|ing)?|releas(?:e|es|ed|ing)|for)\s+/i;
const PRESENT_AUX = /\b(?:is|are)\s+(?:\w+ly\s+)?$/i;
const PRONOUN_SUBJECT = /\b(he|she|they|him|her|them|it)\s+(?:(?:himself|herself|themselves|also|too|both|all)\s+)?(?:(?:has|have|had)\s+)?(?:(?:was|were|is|are|been|be|being|got|get)\s+)?(?:(?:also|not|reportedly|subsequently|then|later|allegedly|initially|already|\w+ly)\s+){0,2}$/i;
const ROLE_SUBJECT = /\bthe\s+(?:[\w-]+\s+){0,3}?(?:ex-|former\s+)?(?:\d+-year-old|activist|journalist|blogger|oppositionist|dissident|reporter|editor|lawyer|defender|politician|poet|writer|student|academic|cleric|man|woman|engineer|economist|scholar|researcher|leader|opponent|critic|figure|businessman|businesswoman|photographer|rapper|singer|artist|teacher|doctor|pastor|priest|imam)(?:\s+and\s+(?:[\w-]+\s+){0,2}?[\w-]+)?(?:\s+(?:from|in|of)\s+(?:[\w-]+\s+){1,3}?(?:district|province|city|region|town|village|county)?)?(?:['’]s)?\s+(?:(?:himself|herself)\s+)?(?:(?:has|have|had)\s+)?(?:(?:was|were|is|are|been|being)\s+)?(?:\w+ly\s+)?$/i;
const RELATION_OF = /(?:\b(?:son|sons|daughter|daughters|wife|husband|brother|sister|father|mother|relatives?|family|lawyers?|attorney|supporters?|friends?|colleagues?|nephew|niece|widow|minister|adviser|advisor|aide|spokes\w+|government|administration|regime|party|killers?|murder|death|anniversary|birthday|celebrations?|honou?r|memory|birth|legacy)\b[^,;]{0,30}?\b(?:of|for|under)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}|\bthe\s+late\s+)$/iu;
const JAILED_FOR_OFFENCE = /^\s+for\s+(?!(?:(?:a|an|another|the|\w+|\d+)[\s-]+){0,2}(?:years?|months?|weeks?|days?|hours?|nights?|life|questioning|interrogation|now|good|time|the\s+(?:duration|rest))\b)/i;
const PART_OF_GROUP = /(?:^|[\s,])(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:others?\s+)?of\s+(?:the|them|these|those|whom)\b[^,;]*$/i;
const DEFINITE_GROUP = /\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:defendants|detainees|journalists|activists|protesters|men|women|prisoners|accused|students|bloggers|members|people|dissidents|opposition\s+figures|figures)\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?$/i;
const FACT_REACTION_BEFORE = /\b(?:welcom\w+|hail\w*|celebrat\w+|applaud\w*|confirm\w*|secured|won)\s+(?:the\s+)?(?:\w+\s+)?$/i;
const REACTION_BEFORE = /\b(?:welcom\w+|condemn\w+|criticis\w+|criticiz\w+|denounc\w+|protest\w*|decr(?:y|ied|ies)|hail\w*|praised?|applaud\w*|celebrat\w+|announc\w+|confirm\w*|demand\w*|call\w*\s+for|urg\w+)\s+(?:[\w'’-]+\s+){0,3}$/i;
const OPENING_DATE = /^(?:["'(]?\s*(?:but|and|so|yet|then|meanwhile|however)\s*,?\s*)?(?:on|in|at|during|by|last|early|late|earlier|later|this)?\s*$/i;
const COURT = /\b(?:court|courts|judge|judges|tribunal|magistrate)\b/i;

export function mentionsOf(input: SentenceInput): SentenceResult {
  const s = input.sentence;
  // a real sentence holds a handful of triggers; a list of trigger words is cut (bounded work)
  const matches = matchTriggers(s.text).slice(0, MAX_TRIGGERS_PER_SENTENCE);
  const clauses = clauseIndex(s.text);
  const fallbackOnlyTypes = new Set(matches.filter((m) => !m.rule.fallbackOnly).map((m) => m.rule.type));
  const results: Classified[] = [];
  const active = matches.filter((m) => !(m.rule.fallbackOnly && fallbackOnlyTypes.has(m.rule.type)));
  for (const [i, match] of active.entries()) {
    const others = active.filter((o) => o !== match && o.rule.strength === 'strong');
    const next = active.slice(i + 1).find((o) => o.rule.strength === 'strong');
    const prevStrong = results.filter((o) => o.mention?.strength === 'strong').pop();
    let r = classify(match, input, clauses, others, next ? next.start : s.text.length, prevStrong ? prevStrong.match.end : 0);
    // "about 150 journalists have been arrested, more than half of whom have been released": a
    // relative clause on a tally is part of the tally
    if (r.mention && results.some((o) => o.aggregate) && RELATIVE_BEFORE.test(s.text.slice(0, match.start))) r = { match, mention: null, dropped: 'status' };
    const prev = results[results.length - 1];
    // "X, who was arrested in 2019 while representing Y and was sentenced in 2021": the second
    // verb of a coordinated predicate has the first one's subject, not a name in between
    if (r.mention && prev?.mention?.people.length && r.mention.ruleIds.includes('coordinated-subject-1') && !/[;]/.test(s.text.slice(prev.match.end, match.start))) {
      r.mention.people = [...prev.mention.people];
      r.mention.ruleIds.push('coordinated-verb-1');
    }
    // "on Feb. 16 released six journalists and ordered house arrest for four of them": a date before
    // the first of two coordinated verbs dates both
    if (r.mention && !r.mention.date && prev?.mention?.date && /^[^;.]*?(?:,\s*)?\band\s+(?:\w+ly\s+)?$/i.test(s.text.slice(prev.match.end, match.start))
      && !hasBoundary(s.text.slice(prev.match.end, match.start).replace(/,?\s*\band\s+(?:\w+ly\s+)?$/i, ''))
      && input.dates.some((d) => d.value === prev.mention!.date && d.end - s.start <= prev.match.start && !hasBoundary(s.text.slice(d.end - s.start, prev.match.start)))) {
      r.mention.date = prev.mention.date;
      r.mention.ruleIds.push('coordinated-date-1');
    }
    // "was found guilty … and sentenced to …": a coordinated verb shares its subject
    if (r.mention && prev?.mention && !r.mention.people.length && r.mention.count === null && /(?:\band|,)\s+(?:\w+ly\s+)?(?:only\s+to\s+(?:be\s+)?)?$/i.test(s.text.slice(Math.max(0, match.start - 30), match.start)) && !/[;]/.test(s.text.slice(prev.match.end, match.start))) {
      r.mention.people = [...prev.mention.people];
      r.mention.count = prev.mention.count;
      r.mention.ruleIds.push('coordinated-verb-1');
    }
    results.push(r);
  }
  // charges: each wording goes to the nearest trigger of a type that carries charges
  const fallbackCharges: FallbackCharge[] = [];
  const holders = results.filter((r) => r.match.rule.type !== 'ACT' && CHARGE_HOLDERS.has(r.match.rule.type as EventType));
  for (const c of chargesIn(s.text)) {
    const at = c.start;
    const inTrigger = results.some((r) => at >= r.match.start && at < r.match.end && !CHARGE_HOLDERS.has(r.match.rule.type as EventType));
    if (inTrigger) continue;
    const nearest = holders
      .map((r) => ({ r, d: at >= r.match.end ? at - r.match.end : r.match.start - at }))
      .sort((a, b) => a.d - b.d)[0];
    if (!nearest) {
      if (CHARGE_CONTEXT.test(s.text) && !isModal(s.text, '')) fallbackCharges.push({ label: c.label, sentence: s.index });
      continue;
    }
    const { r } = nearest;
    if (r.mention) addOnce(r.mention.charges, c.label);
    // the charges of a status ('the jailed activist, held on X charges') are the case's; a tally's are not
    else if (r.dropped === 'status' && !r.aggregate) fallbackCharges.push({ label: c.label, sentence: s.index });
  }
  // "accused of similar charges": marked for the merge step
  const mentions = results.flatMap((r) => (r.mention ? splitByTerms(r.mention, s, input.people) : []));
  for (const m of mentions) {
    const near = s.text.slice(m.trigger.start - s.start, Math.min(s.text.length, m.trigger.end - s.start + 40));
    if (/\b(?:similar|the\s+same|identical)\s+(?:criminal\s+)?(?:charges?|accusations?|crimes?|offen[cs]es)\b/i.test(near)) m.ruleIds.push('charges-similar-1');
  }
  return { mentions, fallbackCharges };
}

function addOnce<T>(list: T[], v: T): void {
  if (!list.includes(v)) list.push(v);
}

type Classified = { match: TriggerMatch; mention: Mention | null; dropped: 'modal' | 'status' | null; aggregate?: boolean };

function classify(match: TriggerMatch, input: SentenceInput, clauses: ClauseIndex, others: TriggerMatch[], nextStart: number, prevEnd: number): Classified {
  const { sentence: s, people } = input;
  const rule = match.rule;
  const pre = s.text.slice(0, match.start);
  const post = s.text.slice(match.end);
  const leftStart = Math.max(clauseStartAt(clauses, match.start), prevEnd <= match.start ? prevEnd : 0);
  const leftClause = pre.slice(leftStart);
  const rightEnd = Math.min(clauseEndAt(clauses, match.end, s.text.length) - match.end, Math.max(0, nextStart - match.end));
  const rightClause = post.slice(0, rightEnd);
  const ids = [rule.id];
  // the finite-verb test of the voice reading looks at the whole clause: in "pardoned 18 people
  // convicted of …" the earlier trigger is the clause's verb (leftClause is cut after it)
  const reading = readVoice(match, pre, post, pre.slice(clauseStartAt(clauses, match.start)), input.headline);
  // "Rights groups welcomed the release of blogger X": a reaction that reports the release as fact
  if (rule.id === 'release-nominal-1' && FACT_REACTION_BEFORE.test(pre) && /^\s+of\s+/i.test(post)) {
    reading.strength = 'strong';
    reading.ids.push('release-welcomed-1');
  }
  // "7,012 inmates freed in this week's Independence Day amnesty", "released under a presidential pardon":
  // people freed under the act report the act as fact
  if ((rule.id === 'amnesty-nominal-1' || rule.id === 'pardon-decree-1') && /\b(?:freed|released|pardoned|walked\s+free|set\s+free)\s+(?:\w+\s+){0,3}?(?:in|under|as\s+part\s+of|through|thanks\s+to|by|after)\s+(?:an?\s+|the\s+|this\s+(?:week|month|year)['’]s\s+|last\s+(?:week|month|year)['’]s\s+|[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,4}$/i.test(pre)) {
    reading.strength = 'strong';
    reading.ids.push('freed-under-act-1');
  }
  const { passive, relative, among } = reading;
  // "police accused them of incitement": an allegation, not a charging act (prosecutors, courts)
  // "was accused of similar charges", "was later accused of several other offences": a charging act told
  // as an accusation of charges; "was accused of collecting information" is an allegation (weak)
  if (rule.id === 'charge-accused-1' && reading.passive && !/\bbeen\s+(?:\w+ly\s+)?$/i.test(pre) && !/\b(?:is|are|['’]s|['’]re)\s+(?:\w+ly\s+)?$/i.test(pre)
    && /^\s+(?:[\w-]+\s+){0,3}?(?:charges?|offen[cs]es|crimes)\b/i.test(post)) reading.strength = 'strong';
  // "the charges brought against him": a reference to charges; "charges were brought against" reports the act
  if (rule.id === 'charge-case-opened-1' && !/\b(?:was|were|has|have|had)\b/i.test(match.text)) reading.strength = 'weak';
  const voice = reading.voice;
  let strength = reading.strength;
  ids.push(...reading.ids);
  if (reading.adjectival) return { match, mention: null, dropped: 'status' };

  // modality, negation, aggregates, status
  const sentenceIsQuestion = /\?\s*["']?$/.test(s.text);
  if (isModal(leftClause, /^(?:an?|the|his|her|their|[\p{L}-]+['’]s)\s/iu.test(match.text) ? '' : pre) || sentenceIsQuestion) return { match, mention: null, dropped: 'modal' };
  // "denied that …", "hope that …", "fear that …": the clause is the complement of a cue verb
  if (isGovernedByCue(pre.slice(0, leftStart))) return { match, mention: null, dropped: 'modal' };
  if (voice === 'nominal' && isNegatedAfter(post)) return { match, mention: null, dropped: 'modal' };
  // the right side up to its clause end, plus a "since …" that the clause end cut off ("61 decrees since 1995")
  const aggregateEnd = Math.max(Math.min(rightEnd, post.search(/[,;]|$/)), 12);
  // "was detained on Monday and remains in custody": the state is the next clause's, not the arrest's
  const stateClause = post.slice(0, aggregateEnd).search(/\s+and\s+(?:\w+ly\s+)?(?:remains?|remained|is|are|still)\b/i);
  const rightForAggregate = post.slice(0, stateClause < 0 ? aggregateEnd : stateClause) + (/^\s*since\b[^,;.]{0,24}/i.exec(post.slice(rightEnd))?.[0] ?? '');
  // the trigger's own words are no status cue ("ordered that he remain in detention")
  // "have been in prison since their arrests in May 2014": the state is since the arrest; the arrest is an occasion
  const sinceOccasion = voice === 'nominal' && /\bsince\s+$/i.test(pre);
  const aggregate = sinceOccasion ? null : aggregateKind(leftClause + ' ' + match.text.replace(/\b(?:remain|stay)\b/gi, 'be') + ' ' + rightForAggregate, rule.type === 'PARDON' || rule.type === 'AMNESTY');
  if (aggregate) return { match, mention: null, dropped: 'status', aggregate: aggregate === 'tally' };
  // "Several other journalists were sentenced to prison terms last year": people no number picks out,
  // over a whole year, are a tally
  if (/\b(?:several|many|numerous|a\s+number\s+of|scores\s+of|dozens\s+of|hundreds\s+of|thousands\s+of)\b/i.test(leftClause) && !/\d/.test(leftClause)
    && /\b(?:(?:last|this|that|the\s+past|the\s+previous)\s+year|in\s+(?:19|20)\d\d)\b(?!\s*-)/i.test(post.slice(0, rightEnd) + ' ' + leftClause) && !/\b(?:on|last)\s+\p{Lu}\w+day\b|\b\d{1,2}\s+\p{Lu}\w+|\p{Lu}\w+\s+\d{1,2}\b/u.test(post.slice(0, rightEnd))) return { match, mention: null, dropped: 'status', aggregate: true };
  // "Since July, Lukashenko has pardoned 115 people": a clause opened by "since" is a tally (the
  // boundary word itself is cut from the left clause)
  if (/(?:^|[,;]\s*)["'(]?since\s+(?!then\b)[^,;]{1,40},\s*[^,;]*$/i.test(pre) && /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$/i.test(pre.slice(-30))) return { match, mention: null, dropped: 'status', aggregate: true };

  // type
  let type: EventType | 'ACT' = rule.type;
  const agentSide = voice === 'active' ? leftClause : rightClause;
  const term = termIn(match.text + post.slice(0, rightEnd));
  // "* Islamists and activists being rounded up": an ongoing state, not a reported occasion
  if (/(?:^|[*•–-]\s*|\s)being\s+(?:\w+ly\s+)?$/i.test(pre) && !/\b(?:after|before|for|while|since|on|upon|without)\s+being\s+(?:\w+ly\s+)?$/i.test(pre)) return { match, mention: null, dropped: 'status' };
  if (rule.id === 'arrest-jailed-1') {
    // "jailed and sentenced to …": one sentencing, told twice
    if (/^\s+and\s+(?:\w+ly\s+)?(?:sentenced|convicted)\b/i.test(post)) return { match, mention: null, dropped: null };
    if (COURT.test(agentSide) || (term.found && term.months !== null)) {
      type = 'SENTENCE';
      ids.push('jailed-by-court-1');
    } else if (JAILED_FOR_OFFENCE.test(post)) {
      // "jailed for 'organising riots'", "jailed for a protest": jailed on conviction for an offence,
      // a background sentencing even where told as a reduced relative ("six leaders jailed for …")
      type = 'SENTENCE';
      ids.push('jailed-for-offence-1');
      strength = 'strong';
    }
  }
  // "jailed pending trial", "held pending an investigation": custody a court orders before trial
  if (type === 'ARREST' && /^\s+(?:\w+\s+){0,3}?pending\s+(?:(?:a|an|the|his|her|their)\s+)?(?:trial|investigation|the\s+investigation|appeal)\b/i.test(post)) {
    type = 'DETENTION';
    ids.push('custody-pending-trial-1');
  }
  if ((rule.id === 'arrest-detained-by-police-1' || rule.id === 'arrest-remanded-1') && !/administrative/i.test(post.slice(0, 60))) {
    // "remanded for two weeks" is a court's; "detained for a week before being brought before a prosecutor" is police custody
    const unit = rule.id === 'arrest-remanded-1' ? '(?:months?|weeks?)' : 'months?';
    const forDuration = new RegExp(String.raw`^\s*(?:(?:him|her|them|[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,2})\s+)?(?:in\s+custody\s+)?for\s+(?:(?:a|another|\w+|\d+)[\s-]+){1,2}?${unit}\b`, 'iu').test(post);
    if (forDuration || (voice === 'active' && COURT.test(leftClause) && rule.id === 'arrest-detained-by-police-1')) {
      type = 'DETENTION';
      ids.push('court-custody-duration-1');
    }
  }
  // "placed under house arrest after a court sentenced him": serving a sentence, not pre-trial custody
  if (type === 'DETENTION' && /house\s+arrest/i.test(match.text) && /^[^.;]*?\bafter\s+(?:being\s+|he\s+was\s+|she\s+was\s+|(?:a|the)\s+(?:\w+\s+)?court\s+)?(?:sentenced|convicted)\b/i.test(post)) return { match, mention: null, dropped: 'status' };
  if (type !== 'ARREST' && type !== 'RELEASE' && type !== 'DETENTION') {
    // keep
  } else if (PRESENT_AUX.test(pre) && !input.headline && !/\bbeing\b/i.test(pre.slice(-12))) {
    return { match, mention: null, dropped: 'status' };
  }

  // "thousands of prisoners who have been imprisoned": a state of people no number or name picks out
  if (rule.id === 'arrest-jailed-1' && type === 'ARREST' && /\b(?:has|have)\s+been\s+(?:\w+ly\s+)?$/i.test(pre) && !input.dates.length
    && /\b(?:thousands|hundreds|dozens|many|scores|those|prisoners|people)\b/i.test(pre.slice(-80)) && !/\d/.test(pre.slice(-80))) {
    return { match, mention: null, dropped: 'status' };
  }

  // people and count
  let names: string[] = [];
  let groupPronoun = false;
  let count: number | null = null;
  let subCount = false;
  let definiteGroup = false;
  const abs = (rel: number) => s.start + rel;
  const namesIn = (from: number, to: number) =>
    people.mentions
      // a possessor inside the trigger is its person ("renewed X's detention"); elsewhere a possessor is not
      .filter((m) => m.start >= abs(from) && m.end <= abs(to) && !m.official && !people.officials.has(m.name) && (!m.possessive || (m.start >= abs(match.start) && m.end < abs(match.end))) && !m.speaker)
      // "X (also known as Y)": Y is X's other name, not another person
      .filter((m) => !/\b(?:alias|(?:also\s+)?known\s+as|a\.?k\.?a\.?)\s+$/i.test(s.text.slice(Math.max(0, m.start - s.start - 16), m.start - s.start)))
      // "All detainees but Udaltsov were released": the excepted person is not among them
      .filter((m) => !/\b(?:but|except(?:\s+for)?|other\s+than|apart\s+from|save\s+for|besides)\s+$/i.test(s.text.slice(Math.max(0, m.start - s.start - 16), m.start - s.start)))
      .filter((m) => !RELATION_OF.test(s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start)))
      .map((m) => m.name);
  const namesInAbs = (from: number, to: number) =>
    people.mentions.filter((m) => m.start >= from && m.end <= to && !m.official && !people.officials.has(m.name) && !m.speaker).map((m) => m.name);
  const resolvePronoun = (word: string, at: number): void => {
    const w = word.toLowerCase();
    if (w === 'they' || w === 'them' || w === 'their') {
      const group = pluralGroup(input, abs(at));
      if (group.length >= 2) {
        names = group;
        groupPronoun = true;
      }
    } else if (w !== 'it' && w !== 'its') {
      const r = resolveSingular(people, abs(at));
      if (r) names = [r];
    }
  };

  if (voice === 'those') {
    // "Among those released were A, B and C", "Those sentenced are:" and a list below
    const listEnd = post.search(/[;:"]|\baccording\s+to\b/i);
    names = namesIn(match.end, match.end + (listEnd < 0 ? post.length : listEnd));
    if (!names.length && input.listAfter && /:\s*$/.test(s.text)) names = namesInAbs(input.listAfter.start, input.listAfter.end);
    groupPronoun = names.length > 0;
  } else if (voice === 'passive' || voice === 'span') {
    if (voice === 'span') {
      names = namesIn(match.start, match.end);
      // "A court jailed a man for 50 years": one unnamed person inside the trigger
      if (!names.length && rule.id === 'sentence-jails-1' && singleUnnamed(match.text)) count = 1;
    }
    if (among) {
      const at = among.index;
      names = namesIn(clauseStartAt(clauses, at), at);
      count = countIn(` ${among[1]!}`, { objectPosition: false });
    }
    if (!names.length && relative) {
      const rel = /\b(?:who|whom|which|that)\s+(?:\S+\s+){0,4}$/i.exec(pre);
      const relAt = rel ? rel.index : pre.length;
      const antecedent = pre.slice(Math.max(0, relAt - 140), relAt);
      const from = relAt - antecedent.length;
      const cands = namesIn(from, relAt);
      if (cands.length) names = [cands[cands.length - 1]!];
      else {
        // the antecedent is the noun phrase right before "who": "among the eight convicted was [a man] who"
        let np = pre.slice(Math.max(0, relAt - 60), relAt);
        const cut = /.*\b(?:was|were|is|are|among|including|and|,)\s/is.exec(np);
        if (cut) np = np.slice(cut[0].length);
        count = countIn(np, { objectPosition: false });
        if (count === null && singleUnnamed(np)) count = 1;
      }
    } else if (!names.length) {
      names = namesIn(leftStart, match.start);
      if (!names.length && /(?:\band\s+(?:was|were|has|have|had|then|subsequently|later)|\bsubsequently|\bthen|\blater)\s*$/i.test(pre.slice(0, leftStart))) {
        let head = pre.slice(0, leftStart);
        const tail = /(?:\band\s+(?:was|were|has|have|had|then|subsequently|later)|\bsubsequently|\bthen|\blater)\s*$/i;
        while (tail.test(head)) head = head.replace(tail, '');
        const from = clauseStartAt(clauses, head.length);
        const found = namesIn(from, leftStart);
        if (found.length) {
          names = found;
          ids.push('coordinated-subject-1');
        }
      }
      // "X, who was arrested in 2015, was freed": the subject stands before the relative clause
      const relWindow = Math.max(0, pre.length - 240);
      // … and "X, jailed for extortion, was freed": the subject stands before the participle in apposition
      const relAt = names.length ? -1 : pre.slice(relWindow).search(/,\s*(?:(?:who|whom|whose)\b|(?:\w+ly\s+)?\p{Ll}{3,}(?:ed|en)\b)[^;:]*,["'\s]*(?:(?:has|have|had|was|were|is|are|been|being|also|later|then|subsequently|eventually|finally|since|\p{Ll}+ly)\s+)*$/iu);
      const relSkip = relAt < 0 ? -1 : relWindow + relAt;
      if (relSkip > 0) {
        const head = pre.slice(0, relSkip);
        const found = namesIn(clauseStartAt(clauses, relSkip), relSkip);
        if (found.length) {
          // "A and B, who have both …": every name of the coordinated subject
          names = /\band\b/.test(head.slice(clauseStartAt(clauses, relSkip))) ? found : [found[found.length - 1]!];
          ids.push('subject-before-relative-1');
        } else if (count === null) {
          const np = head.slice(clauseStartAt(clauses, relSkip));
          count = countIn(np, { objectPosition: false });
          // "A Hong Kong activist, who is …, has been jailed": one unnamed person
          if (count === null && singleUnnamed(np)) count = 1;
        }
      }
      if (!names.length) {
        const pm = PRONOUN_SUBJECT.exec(pre);
        if (pm) resolvePronoun(pm[1]!, pm.index);
        else if (ROLE_SUBJECT.test(pre)) {
          const r = resolveRole(people, abs(pre.length - 1));
          if (r) names = [r];
        }
      }
      if (count === null) count = countIn(leftClause, { objectPosition: false });
      // "X was detained in January along with 10 other employees": X and the ten
      if (count === null && names.length) {
        const along = alongWithCount(rightClause);
        if (along !== null) {
          count = along;
          ids.push('along-with-others-1');
        }
      }
      // "Three of the defendants were given …": a part of a group told apart from the rest
      if (count === null && !names.length) {
        const part = PART_OF_GROUP.exec(leftClause);
        if (part) {
          count = numberValue(part[1]!);
          subCount = true;
          ids.push('part-of-group-1');
        }
      }
      if (count === null && !names.length && singleUnnamed(leftClause)) count = 1;
      // "The defendants were arrested in 2015": a group told before, by a definite plural noun
      if (count === null && !names.length && DEFINITE_GROUP.test(leftClause)) definiteGroup = true;
    }
  } else if (voice === 'active') {
    const scope = post.slice(0, Math.min(rightEnd, 160));
    names = namesIn(match.start, match.end + scope.length);
    if (!names.length) {
      const pm = /^\s*(him|her|them)\b/i.exec(post) ?? /\b(him|her|them|he|she|they)\b/i.exec(match.text);
      if (pm) resolvePronoun(pm[1]!, match.end);
    }
    // a comma ends the noun phrase, but not the one inside a number ("1,300 people"); so does a phrase
    // of purpose or circumstance ("released a dissident as part of a plan to free 500 prisoners")
    const npScope = scope.split(/;|,(?!\d{3}\b)|\s(?:as\s+(?:part|a\s+result)\s+of|in\s+(?:exchange|return)\s+for|to\s+(?:free|release|mark|celebrate)|amid|following)\b/)[0]!;
    count = countIn(npScope, { objectPosition: true });
    // "ordered house arrest for four of them": the part of the group the order covers
    const forPart = count === null ? /^\s*for\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:them|these|those|the\s+\w+)\b/i.exec(post) : null;
    if (forPart) {
      count = numberValue(forPart[1]!);
      ids.push('part-of-group-1');
    }
    if (count === null && !names.length && singleUnnamed(npScope)) count = 1;
  } else {
    // nominal: possessor before, or "of X" after
    const poss = /(?:([\p{L}.'-]+)['’]s|\b(his|her|their))\s+(?:\w+\s+)?$/iu.exec(pre + match.text.replace(/\s*\S+$/, ' '));
    const own = /^(?:[\p{L}-]+['’]s|his|her|their)\b/iu.exec(match.text);
    if (own) {
      const possessorEnd = match.start + own[0].length;
      const m = people.mentions.find((p) => p.possessive && p.end >= abs(match.start) && p.end <= abs(possessorEnd));
      if (m && !people.officials.has(m.name)) names = [m.name];
      else if (/^(?:his|her)$/i.test(own[0])) resolvePronoun(own[0], match.start);
      else if (/^their$/i.test(own[0])) resolvePronoun('their', match.start);
      else if (/^the\s/i.test(pre.slice(-30).replace(/.*\b(the\s)/i, '$1'))) {
        const r = resolveSingular(people, abs(match.start));
        if (r && ROLE_SUBJECT.test(pre + own[0] + ' ')) names = [r];
      }
    } else if (poss && poss[2]) resolvePronoun(poss[2], match.start);
    if (!names.length) {
      const ofm = /^\s*(?:(?:on|in)\s+[^,;]{0,30}?\s+)?of\s+/i.exec(post);
      if (ofm) {
        let scope = post.slice(0, Math.min(rightEnd, 120));
        // "the arrest of Bagirzade killed at least 6 people": the noun phrase ends at the verb
        const verb = FINITE.exec(scope.slice(ofm[0].length));
        if (verb) scope = scope.slice(0, ofm[0].length + verb.index);
        names = namesIn(match.end + ofm[0].length, match.end + scope.length);
        count = countIn(scope.slice(ofm[0].length), { objectPosition: true });
      }
    }
    if (!names.length && rule.id === 'sentence-dated-nominal-1') names = namesIn(leftStart, match.start);
    if (count === null && rule.type === 'SENTENCE') count = countIn(leftClause, { objectPosition: false });
    if (count === null && (rule.type === 'PARDON' || rule.type === 'AMNESTY')) count = countIn(post.slice(0, rightEnd), { objectPosition: true });
  }
  if (rule.type === 'PARDON' || rule.type === 'AMNESTY' || type === 'ACT') {
    if (count === null && voice !== 'those') count = countIn(post.slice(0, Math.min(rightEnd, 160)), { objectPosition: true });
    // "an amnesty that will apply to some 12,000 inmates", "a decree covering 147 convicts"
    if (count === null && voice !== 'those') {
      const cover = ACT_COVERS.exec(post.slice(0, 200));
      if (cover) count = countIn(post.slice(cover.index + cover[0].length, 200), { objectPosition: true });
    }
    if (count === null && voice !== 'those') {
      const covered = ACT_COVERED_BY.exec(post.slice(0, 200));
      if (covered) count = countIn(post.slice(Math.max(0, covered.index - 60), covered.index), { objectPosition: true });
    }
    names = names.filter((n) => !people.officials.has(n));
  }
  if (names.length) names = [...new Set(names)];
  // "Eight have faced criminal charges": a past charging of people the text counts or names; "have
  // faced secret charges in closed hearings" of a class of people is a generalisation (weak)
  if (rule.id === 'charge-faced-charges-1' && /^faced\b/i.test(match.text) && (names.length || count !== null)) strength = 'strong';
  // a number the text states is kept beside the names ("both journalists", "six journalists" + six names)

  // date
  const date = dateFor(match, input, voice === 'nominal', others);

  // term
  let termMonths: number | null = null;
  let suspended = false;
  if (type === 'SENTENCE') {
    termMonths = term.months;
    suspended = term.suspended || /\b(?:suspended|conditional)\b/i.test(match.text) || /\b(?:suspended|conditional)\s+$/i.test(pre);
    if (suspended) termMonths = null;
  }

  const also = /\balso\b/i.test(leftClause) && /^\s*(?:it|he|she|they|the\s+\w+)\s+also\s*$/i.test(leftClause);
  const confidence = strength === 'weak' ? 0.5 : voice === 'nominal' ? 0.6 : 0.75;
  return {
    match,
    dropped: null,
    mention: {
      type: type as EventType,
      sentence: s.index,
      trigger: { start: abs(match.start), end: abs(match.end) },
      people: names,
      groupPronoun,
      nominal: voice === 'nominal',
      subCount,
      definiteGroup,
      count,
      date,
      termMonths,
      suspended,
      charges: [],
      strength: type === 'ACT' ? 'weak' : strength,
      alsoContinues: also,
      perfect: /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+(?:\w+ly\s+)?)?$/i.test(pre),
      ruleIds: ids,
      evidence: [{ start: s.start, end: s.end }],
      confidence,
    },
  };
}

/** People a plural pronoun stands for: the non-official people named before it in this or the previous sentence. */
function pluralGroup(input: SentenceInput, at: number): string[] {
  const { people, sentence } = input;
  const here = people.mentions.filter((m) => m.start >= sentence.start && m.end <= at && !people.officials.has(m.name) && !m.speaker && !m.possessive);
  let names = [...new Set(here.map((m) => m.name))];
  if (names.length < 2 && !names.length) {
    const before = people.mentions.filter((m) => m.start >= input.previousSentenceStart && m.end <= sentence.start && !people.officials.has(m.name) && !m.speaker && !m.possessive);
    names = [...new Set(before.map((m) => m.name))];
  }
  return names.length >= 2 ? names : [];
}

function dateFor(match: TriggerMatch, input: SentenceInput, nominal: boolean, others: TriggerMatch[]): string | null {
  const s = input.sentence;
  let best: { v: string; d: number } | null = null;
  for (const d of input.dates) {
    if (d.kind === 'since' || d.kind === 'dateline' || !d.value) continue;
    const ds = d.start - s.start;
    const de = d.end - s.start;
    const inside = ds >= match.start && de <= match.end;
    let between = '';
    if (!inside) between = de <= match.start ? s.text.slice(de, match.start) : s.text.slice(match.end, ds);
    if (!inside && ds < match.end && de > match.start) continue;
    const lo = Math.min(ds, match.start);
    const hi = Math.max(de, match.end);
    if (others.some((o) => o.rule.type !== 'ACT' && !(o.start >= match.start && o.end <= match.end) && ((ds >= o.start && de <= o.end) || (o.start >= lo && o.end <= hi)))) continue;
    if (afterSpeechVerb(s.text.slice(Math.max(0, ds - 40), ds))) continue;
    // a date right after another trigger, then a comma before this one, is that trigger's:
    // "X, sentenced for treason in 1995, six leaders jailed for …"
    // … and so is one before "and" ("was arrested in 2019 and sentenced … the following year")
    if (de <= match.start && (between.includes(',') || /^\s*and\s+(?:\w+ly\s+|then\s+|later\s+)?$/i.test(between)) && others.some((o) => o.end <= ds && !/[,;]/.test(s.text.slice(o.end, ds)) && ds - o.end < 60)) continue;
    if (hasBoundary(between) || hasCompetingPredicate(between)) continue;
    // "arrested after a protest on Monday": the protest's date; "during a rally on Saturday" is the same time
    if (/\b(?:after|before|following|ahead\s+of)\s+(?:\w+\s+){0,3}$/i.test(between) && ds > match.end) continue;
    // "were arrested after the demonstrations against the re-election, in 2020,": inside the after-phrase
    if (ds > match.end && /^\s*(?:shortly\s+|soon\s+|days\s+|weeks\s+)?(?:after|following|ahead\s+of)\s+(?:the|a|an|his|her|their)\b/i.test(between) && !/\b(?:on|in)\s*$/i.test(between.replace(/,\s*$/, ''))) continue;
    if (nominal && between.trim().split(/\s+/).filter(Boolean).length > 4) continue;
    // "Blinken welcomed their release on Thursday": the date is the reaction's
    if (nominal && ds > match.end && REACTION_BEFORE.test(s.text.slice(Math.max(0, match.start - 60), match.start))) continue;
    const dist = inside ? 0 : de <= match.start ? match.start - de : ds - match.end;
    if (!best || dist < best.d) best = { v: d.value, d: dist };
  }
  if (best) return best.v;
  // "But last year, after it published reports …, Zamora was arrested": a date that opens the
  // sentence dates its main clause, across the subordinate clause in between
  const opening = input.dates.find((d) => d.value && d.kind !== 'dateline' && d.kind !== 'since' && OPENING_DATE.test(s.text.slice(0, d.start - s.start)) && /^\s*,/.test(s.text.slice(d.end - s.start)));
  if (opening && opening.end - s.start < match.start && !others.some((o) => o.start < match.start && o.start > opening.end - s.start)) {
    const afterComma = s.text.slice(0, match.start).lastIndexOf(',');
    if (afterComma > opening.end - s.start && !/\b(?:who|which|that)\b/i.test(s.text.slice(afterComma, match.start))) return opening.value;
  }
  return null;
}
