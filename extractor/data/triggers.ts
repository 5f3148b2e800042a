// Trigger rules: the wordings that can state an event. Each rule is data with an id; the id
// travels with every event the rule produces (ruleIds), so a wrong event leads back here.
// `pattern` is a regular-expression source matched case-insensitively within one sentence.
// `voice` says where the people the event happens to stand:
//   auto    — a verb: passive (after was/were/been/…) → subject before it; active → object after
//   active  — object after the trigger (the subject is the actor: police, court, president)
//   passive — subject before the trigger
//   nominal — a noun: "the arrest of X", "X's arrest", "her arrest"
//   span    — the person sits inside the trigger ("found X guilty")
// `strength`: strong rules make events; weak ones only add to an event that strong rules made
// (nominal mentions such as "the release of prisoners" are mostly demands or background).
import type { EventType } from '../types.ts';

export type Voice = 'auto' | 'active' | 'passive' | 'nominal' | 'span';
export type TriggerRule = {
  id: string;
  type: EventType | 'ACT';
  pattern: string;
  voice: Voice;
  strength: 'strong' | 'weak';
  /** Only used where no other rule of the same type fires in the sentence. */
  fallbackOnly?: boolean;
};

const NOT_AMNESTY_ORG = '(?!\\s+international)';
const NOT_RELEASED_THING =
  '(?!\\s+(?:a|an|the|its|his|her|their|new|this)?\\s*(?:statement|report|video|footage|list|figures|data|album|book|photos?|images?|documents?|details|information|names|recording|audio|results?|findings|tear gas|song|film|version|update|funds|money|budget)\\b)';

export const TRIGGER_RULES: readonly TriggerRule[] = [
  // DETENTION: court-ordered pre-trial custody or house arrest
  { id: 'detention-placed-in-pretrial-1', type: 'DETENTION', voice: 'auto', strength: 'strong', pattern: '\\b(?:placed|remanded|put|sent|ordered)\\s+(?:\\w+\\s+)?(?:in|into|under|to)\\s+(?:pre-?trial\\s+detention|house\\s+arrest)\\b' },
  // "a court placed Ulvi Hasanli under house arrest": the person between verb and measure.
  { id: 'detention-placed-name-in-1', type: 'DETENTION', voice: 'span', strength: 'strong', pattern: '\\b(?:placed|put|remanded|sent)\\s+(?:[\\w\'’.-]+\\s+){2,5}?(?:in|into|under|to)\\s+(?:pre-?trial\\s+detention|house\\s+arrest)\\b' },
  { id: 'detention-ordered-held-1', type: 'DETENTION', voice: 'active', strength: 'strong', pattern: '\\bordered\\s+(?:[\\w\'’.-]+\\s+){1,5}?(?:to\\s+be\\s+)?(?:held|kept|detained|placed|remanded|remain|stay)\\s+(?:in\\s+(?:pre-?trial\\s+detention|detention|custody|jail|prison)|under\\s+house\\s+arrest|for\\s+(?:\\w+[\\s-]+){1,2}(?:days?|weeks?|months?)|until|pending)' },
  { id: 'detention-measure-of-restraint-1', type: 'DETENTION', voice: 'active', strength: 'strong', pattern: '\\bmeasure\\s+of\\s+restraint\\s+in\\s+the\\s+form\\s+of\\s+(?:arrest|detention|custody|house\\s+arrest)\\b' },
  { id: 'detention-extended-1', type: 'DETENTION', voice: 'active', strength: 'strong', pattern: '\\b(?:extended|prolonged|extends|prolongs|renewed|renews)\\s+(?:the\\s+)?(?:[\\w\'’-]+\\s+){0,5}?(?:pre-?trial\\s+)?(?:detention|custody|arrest)\\b' },
  // "the detention of X was extended", "her pre-trial detention was extended": the person is inside the trigger
  { id: 'detention-extended-3', type: 'DETENTION', voice: 'span', strength: 'strong', pattern: '\\b(?:the\\s+)?(?:pre-?trial\\s+)?(?:detention|custody|arrest)\\s+of\\s+[^,;.]{1,60}?\\s+(?:was|were|has\\s+been|had\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?(?:extended|prolonged)\\b' },
  { id: 'detention-extended-4', type: 'DETENTION', voice: 'nominal', strength: 'strong', pattern: '(?:\\b(?:his|her|their)|(?<![\\w-])[\\w-]+[\'’]s)\\s+(?:pre-?trial\\s+)?(?:detention|custody|arrest)\\s+(?:was|were|has\\s+been|had\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?(?:extended|prolonged)\\b' },
  { id: 'detention-extended-2', type: 'DETENTION', voice: 'passive', strength: 'strong', pattern: '\\b(?:pre-?trial\\s+)?(?:detention|custody|arrest)\\s+(?:was|were|has been|had been)\\s+(?:extended|prolonged)\\b' },
  { id: 'detention-court-permission-1', type: 'DETENTION', voice: 'active', strength: 'strong', pattern: '\\b(?:granted|given|received)\\s+(?:permission|approval|leave|authori[sz]ation)\\s+to\\s+(?:hold|detain|keep)\\b' },
  // "ordered / ruled for / approved the arrest of X": a court's order of custody before trial
  { id: 'detention-ordered-1', type: 'DETENTION', voice: 'active', strength: 'strong', pattern: '\\b(?:ordered|ruled\\s+for|decided\\s+on|approved|sanctioned|authori[sz]ed)\\s+(?:the\\s+)?(?:formal\\s+)?(?:pre-?trial\\s+)?(?:detention|arrest|imprisonment|jailing|incarceration|remand)\\s+of\\b' },
  // "ordered house arrest for four of them", "were given house arrest"
  { id: 'detention-house-arrest-1', type: 'DETENTION', voice: 'active', strength: 'strong', pattern: '\\b(?:ordered|imposed|gave|granted)\\s+(?:(?:him|her|them)\\s+)?(?:a\\s+)?house\\s+arrests?\\b' },
  { id: 'detention-house-arrest-2', type: 'DETENTION', voice: 'auto', strength: 'strong', pattern: '\\b(?:given|confined\\s+to|moved\\s+to|transferred\\s+to)\\s+(?:a\\s+)?house\\s+arrests?\\b' },
  { id: 'detention-days-to-hold-1', type: 'DETENTION', voice: 'active', strength: 'strong', pattern: '\\b(?:granted|gave|allowed)\\s+(?:the\\s+)?(?:police|investigators|prosecutors)\\s+(?:\\w+\\s+){0,3}?(?:days?|weeks?|months?|more\\s+time)\\s+(?:more\\s+)?to\\s+(?:hold|detain|keep|question|investigate)\\b' },
  // SENTENCE
  { id: 'sentence-sentenced-1', type: 'SENTENCE', voice: 'auto', strength: 'strong', pattern: '\\bsentenced\\b' },
  // headlines in the present: "Court sentences activist to five years", "Russia charges reporter with treason"
  { id: 'sentence-sentences-1', type: 'SENTENCE', voice: 'active', strength: 'strong', pattern: '\\bsentences\\b(?=\\s+(?:[\\w\'’.-]+\\s+){1,5}?to\\s+(?:(?:an?|\\d+(?:\\.\\d+)?|\\w+)[\\s-]+){0,3}(?:years?|months?|life|death|prison|jail))' },
  { id: 'sentence-convicted-1', type: 'SENTENCE', voice: 'auto', strength: 'strong', pattern: '\\bconvicted\\b' },
  { id: 'sentence-found-guilty-1', type: 'SENTENCE', voice: 'span', strength: 'strong', pattern: '\\b(?:found|finding|finds|declared)\\b(?:\\s+[^\\s.;]+){0,12}?\\s+guilty\\b' },
  { id: 'sentence-received-term-1', type: 'SENTENCE', voice: 'passive', strength: 'strong', pattern: '\\b(?:received|receives|receiving|gets|got|getting)\\s+(?:an?\\s+|the\\s+)?(?:[\\w.,-]+\\s+){0,3}?(?:years?|months?|days?\\s+(?:of\\s+)?(?:administrative\\s+)?(?:arrest|detention|jail|imprisonment)|(?:prison|jail)\\s+(?:terms?|sentences?)|terms?|sentences?)\\b(?!\\s+of\\s+(?:work|experience))' },
  { id: 'sentence-given-term-1', type: 'SENTENCE', voice: 'auto', strength: 'strong', pattern: '\\b(?:given|handed(?:\\s+down)?|giving|handing)\\s+(?:(?:him|her|them)\\s+)?(?:an?\\s+|the\\s+)?(?:[\\w.,-]+\\s+){0,3}?(?:years?|months?|days?\\s+(?:of\\s+)?(?:administrative\\s+)?(?:arrest|detention|jail|imprisonment)|(?:prison|jail)\\s+(?:terms?|sentences?)|terms?|sentences?)\\b(?!\\s+of\\s+(?:work|experience))' },
  // "a court handed Andrzej Poczobut an eight-year sentence": the person between verb and term.
  { id: 'sentence-handed-name-term-1', type: 'SENTENCE', voice: 'span', strength: 'strong', pattern: '\\b(?:handed|gave|handing|giving)\\s+(?!(?:down|out|over|in|back)\\b)(?:[\\w\'’.-]+\\s+){1,4}?an?\\s+(?:[\\w.,-]+\\s+){0,2}?(?:(?:prison|jail)\\s+)?(?:terms?|sentences?)\\b' },
  // "a court gave him 15 days of administrative arrest": the person inside, the term after.
  { id: 'sentence-gave-days-1', type: 'SENTENCE', voice: 'span', strength: 'strong', pattern: '\\b(?:gave|gives|give|giving)\\s+(?:[\\w\'’.-]+\\s+){1,5}?(?:\\d+|\\w+)[\\s-]+days?\\s+(?:of\\s+)?(?:administrative\\s+)?(?:arrest|detention|jail|imprisonment)\\b' },
  { id: 'sentence-handed-out-1', type: 'SENTENCE', voice: 'active', strength: 'strong', pattern: '\\bhanded\\s+(?:out|down)\\s+(?:\\w+\\s+){0,2}sentences?\\b' },
  // "The court jails activist X for two years": the person sits between the verb and the term
  { id: 'sentence-jails-1', type: 'SENTENCE', voice: 'span', strength: 'strong', pattern: '(?<!\\b(?:was|were|been|be|is|are|being)\\s+(?:\\w+ly\\s+)?)\\b(?:jailed|imprisoned|jails|imprisons)\\s+(?!(?:in|on|at|for|by|after|last|this|since|from|during|until|again|and|over|without|pending|under)\\b)(?:[\\w\'’.-]+\\s+){1,5}?for\\s+(?:\\w+[\\s-]){0,3}(?:years?|months?|life)\\b' },
  { id: 'sentence-jailed-1', type: 'SENTENCE', voice: 'auto', strength: 'strong', pattern: '\\b(?:jailed|imprisoned|jails)\\s+for\\s+(?:\\w+[\\s-]){0,3}(?:years?|months?|life)\\b' },
  { id: 'sentence-dated-nominal-1', type: 'SENTENCE', voice: 'nominal', strength: 'strong', pattern: '\\b(?:a|an|the|his|her|their)\\s+(?:19|20)\\d\\d\\s+(?:[\\w-]+\\s+)?(?:prison\\s+)?sentence\\b' },
  { id: 'sentence-verdict-1', type: 'SENTENCE', voice: 'nominal', strength: 'weak', pattern: '\\bverdicts?\\b' },
  { id: 'sentence-sentencing-1', type: 'SENTENCE', voice: 'nominal', strength: 'weak', pattern: '\\bsentencing\\b' },
  // CHARGE
  // not "groups, which charged that the government …" (an accusation in speech)
  { id: 'charge-charged-1', type: 'CHARGE', voice: 'auto', strength: 'strong', pattern: '(?<!politically\\s|emotionally\\s|highly\\s)\\bcharged\\b(?!\\s+that\\b)' },
  { id: 'charge-charges-1', type: 'CHARGE', voice: 'active', strength: 'strong', pattern: '\\bcharges\\b(?=\\s+(?:[\\w\'’.-]+\\s+){1,5}?with\\b)' },
  { id: 'charge-indicted-1', type: 'CHARGE', voice: 'auto', strength: 'strong', pattern: '\\bindicted\\b' },
  // Accusations, standing charges and "the case against X" state no charging act (EVENTS.md: a
  // CHARGE stands only where the text reports the charging itself); they add to one that does.
  // "stands accused of", "stood trial accused of": the subject is the accused
  { id: 'charge-stands-accused-1', type: 'CHARGE', voice: 'passive', strength: 'weak', pattern: '\\b(?:stands?|stood)\\s+accused\\s+of\\b' },
  { id: 'charge-accused-1', type: 'CHARGE', voice: 'auto', strength: 'weak', pattern: '\\baccused\\s+(?:\\w+\\s+)?of\\b' },
  { id: 'charge-case-opened-1', type: 'CHARGE', voice: 'active', strength: 'strong', pattern: '\\b(?:criminal\\s+)?(?:case|cases|proceedings|charges?)\\s+(?:was\\s+|were\\s+|has\\s+been\\s+|have\\s+been\\s+|had\\s+been\\s+)?(?:opened|launched|initiated|instituted|brought|filed|pressed)\\s+against\\b' },
  { id: 'charge-opened-case-1', type: 'CHARGE', voice: 'active', strength: 'strong', pattern: '\\b(?:opened|launched|initiated|brought|filed|pressed|levelled|leveled)\\s+(?:an?\\s+)?(?:new\\s+|fresh\\s+|further\\s+)?(?:criminal\\s+)?(?:case|proceedings|charges?)\\s+(?:(?:of|for|under)\\s+[^,;.]{1,40}?\\s+)?against\\b' },
  { id: 'charge-case-against-1', type: 'CHARGE', voice: 'active', strength: 'weak', pattern: '\\b(?:an?|the)\\s+(?:[\\w-]+\\s+)?case\\s+against\\b' },
  { id: 'charge-faced-charges-1', type: 'CHARGE', voice: 'passive', strength: 'weak', pattern: '\\b(?:faced|faces|face|facing)\\s+(?:\\w+\\s+){0,2}charges?\\b' },
  { id: 'charge-prosecuted-1', type: 'CHARGE', voice: 'auto', strength: 'weak', pattern: '\\bprosecuted\\b' },
  // ARREST
  { id: 'arrest-placed-under-arrest-1', type: 'ARREST', voice: 'auto', strength: 'strong', pattern: '\\b(?:placed|put)\\s+under\\s+(?:administrative\\s+)?arrest\\b' },
  { id: 'arrest-taken-into-custody-1', type: 'ARREST', voice: 'auto', strength: 'strong', pattern: '\\b(?:taken|took)\\s+(?:\\w+\\s+)?into\\s+(?:police\\s+)?custody\\b' },
  { id: 'arrest-taken-by-police-1', type: 'ARREST', voice: 'auto', strength: 'strong', pattern: '\\btaken\\s+(?:away\\s+)?(?:from\\s+(?:his|her|their|the)\\s+(?:homes?|house|flat|apartment|office|workplace|car)\\s+)?(?:by\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?police|to\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,6}?police)\\b' },
  { id: 'arrest-picked-up-1', type: 'ARREST', voice: 'auto', strength: 'strong', pattern: '\\bpicked\\s+up\\b(?=[^.;]{0,80}\\b(?:police|security|agents|officers|forces|authorities|soldiers|plain-?clothes|intelligence)\\b)' },
  // "was sent back to jail", "returned to prison": a new custody of someone released before
  { id: 'arrest-sent-back-1', type: 'ARREST', voice: 'auto', strength: 'strong', pattern: '\\b(?:sent|taken|returned)\\s+back\\s+(?:to|behind)\\s+(?:jail|prison|bars)\\b|\\breturned\\s+to\\s+(?:jail|prison)\\b' },
  { id: 'arrest-led-away-1', type: 'ARREST', voice: 'active', strength: 'strong', pattern: '\\bled\\s+(?:him|her|them)\\s+away\\b' },
  { id: 'arrest-remanded-1', type: 'ARREST', voice: 'auto', strength: 'strong', pattern: '\\bremanded\\b' },
  { id: 'arrest-detained-by-police-1', type: 'ARREST', voice: 'auto', strength: 'strong', pattern: '\\b(?:re-?)?(?:arrested|detained|apprehended|abducted|rounded\\s+up|(?<!\\b(?:the|his|her|their|its|of|mass|recent|new|such|these|those|[\\w-]+[\'’]s)\\s+)(?:arrests|detains))\\b' },
  { id: 'arrest-jailed-1', type: 'ARREST', voice: 'auto', strength: 'strong', pattern: '\\b(?:jailed|imprisoned|locked\\s+up)\\b' },
  { id: 'arrest-summoned-police-1', type: 'ARREST', voice: 'auto', strength: 'strong', fallbackOnly: true, pattern: '\\bsummoned\\s+(?:\\w+\\s+)?to\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?police\\b' },
  // "his arrest", "Samar's detention", "his August 20, 2016, arrest"
  { id: 'arrest-nominal-1', type: 'ARREST', voice: 'nominal', strength: 'strong', pattern: '(?:\\b(?:the|his|her|their)|(?<![\\w-])[\\w-]+[\'’]s)\\s+(?:\\w+\\s+|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},?\\s+(?:(?:19|20)\\d\\d,?\\s+)?)?(?:arrests?|detentions?)\\b(?!\\s+(?:warrant|order|centre|center|facility|camp|conditions))' },
  // RELEASE
  { id: 'release-released-1', type: 'RELEASE', voice: 'auto', strength: 'strong', pattern: `\\b(?:released|freed|frees|releases)\\b${NOT_RELEASED_THING}` },
  // "walked free", "went free": intransitive, the subject is the one released
  { id: 'release-walked-free-1', type: 'RELEASE', voice: 'passive', strength: 'strong', pattern: '\\b(?:walked|walks|walking|went|goes)\\s+free\\b|\\b(?:walked|walks|walking)\\s+out\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:prison|jail|detention|custody|penal\\s+colony)\\b' },
  { id: 'release-let-go-1', type: 'RELEASE', voice: 'auto', strength: 'strong', pattern: '\\b(?:let\\s+go|set\\s+free|let\\s+out\\s+of\\s+(?:prison|jail|custody|detention))\\b' },
  { id: 'release-nominal-1', type: 'RELEASE', voice: 'nominal', strength: 'weak', pattern: '(?:\\b(?:the|his|her|their)|(?<![\\w-])[\\w-]+[\'’]s)\\s+(?:\\w+\\s+)?release\\b' },
  // PARDON
  { id: 'pardon-signed-1', type: 'PARDON', voice: 'active', strength: 'strong', pattern: '\\b(?:signed|issued|granted)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}?pardon(?:ing)?(?:\\s+(?:decree|order)s?)?\\b' },
  { id: 'pardon-pardoned-1', type: 'PARDON', voice: 'auto', strength: 'strong', pattern: '\\b(?:pardoned|pardons)\\b(?!\\s+(?:decrees?|orders?|commission))' },
  { id: 'pardon-decree-1', type: 'PARDON', voice: 'nominal', strength: 'weak', pattern: '\\bpardon(?:ing)?(?:\\s+(?:decree|order))?s?\\b' },
  // AMNESTY
  { id: 'amnesty-approved-1', type: 'AMNESTY', voice: 'active', strength: 'strong', pattern: `\\b(?:approved|adopted|passed|signed|declared|announced|granted|enacted)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}?amnesty\\b${NOT_AMNESTY_ORG}` },
  { id: 'amnesty-was-adopted-1', type: 'AMNESTY', voice: 'passive', strength: 'strong', pattern: `\\bamnesty${NOT_AMNESTY_ORG}\\b(?:\\s+[^\\s.;]+){0,10}?\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:adopted|approved|passed|declared|signed|enacted)\\b` },
  // "the amnesty, adopted by parliament on 12 May, …": the act in a reduced relative clause.
  { id: 'amnesty-adopted-by-1', type: 'AMNESTY', voice: 'passive', strength: 'strong', pattern: `\\bamnesty${NOT_AMNESTY_ORG}\\b(?:\\s+(?:law|act|bill|decree))?\\s*,?\\s+(?:(?:which|that)\\s+(?:was|parliament)\\s+)?(?:adopted|approved|passed|declared|signed|enacted)\\s+(?:by|on|in|last)\\b` },
  { id: 'amnesty-amnestied-1', type: 'AMNESTY', voice: 'auto', strength: 'strong', pattern: '\\bamnestied\\b' },
  { id: 'amnesty-nominal-1', type: 'AMNESTY', voice: 'nominal', strength: 'weak', pattern: `\\bamnest(?:y|ies)\\b${NOT_AMNESTY_ORG}` },
  // An act's date told with a pronoun or no object: "Signed on 18 March, it …", "approved it on December 7"
  { id: 'act-signed-on-date-1', type: 'ACT', voice: 'active', strength: 'weak', pattern: '\\b(?:signed|approved|adopted|passed|enacted)(?:\\s+(?:it|the\\s+(?:bill|act|law|decree|measure)))?\\s+(?:on|in)\\b' },
];

/** Cheap pre-filter: a sentence without one of these stems cannot hold an event. */
export const TRIGGER_STEMS =
  /\b(?:arrest|detain|detention|custody|remand|jail|imprison|locked up|sentenc|convict|guilty|verdict|given|handed|received|receives|gets|got|charge|indict|accus|case|prosecut|releas|freed|frees|let go|let out|set free|free|walk|pardon|amnest|taken|took|led|summoned|sent back|returned|placed|signed|approved|adopted|passed|enacted|apprehend|abduct|rounded up|permission|ordered|granted|renew|ruled for|approved|picked up|restraint)/i;
