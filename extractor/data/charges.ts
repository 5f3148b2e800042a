// Charge wordings → the labels of EVENTS.md. Each entry is a regular-expression source
// (matched case-insensitively on word boundaries) with an id for tracing.
export type ChargeWording = { id: string; label: string; pattern: string };

export const CHARGE_WORDINGS: readonly ChargeWording[] = [
  { id: 'charge-smuggling', label: 'smuggling', pattern: 'smuggl\\w*|contraband' },
  { id: 'charge-libel', label: 'libel', pattern: 'libel\\w*|defam\\w+|slander\\w*|insult(?:ing|ed)?(?: the)? (?:president|head of state|honou?r|dignity|officials?)' },
  { id: 'charge-hooliganism', label: 'hooliganism', pattern: 'hooligan\\w*|vandal\\w*|disorderly conduct' },
  { id: 'charge-drugs', label: 'drugs', pattern: 'drugs?(?:[- ]related)?(?: possession| trafficking| dealing| smuggling| charges?| offen[cs]es?)?|narcotics?|heroin|cocaine|methamphetamine|cannabis|marijuana' },
  { id: 'charge-bribery', label: 'bribery', pattern: 'brib\\w+' },
  { id: 'charge-embezzlement', label: 'embezzlement', pattern: 'embezzl\\w+|misappropriat\\w+|(?:large-scale )?theft of (?:state|public|budget) (?:funds|property|money)' },
  { id: 'charge-fraud', label: 'fraud', pattern: 'fraud|swindl\\w+' },
  { id: 'charge-tax', label: 'tax_evasion', pattern: 'tax(?:es)? evasion|evad\\w+ tax(?:es)?|evasion of taxes' },
  { id: 'charge-entrepreneurship', label: 'illegal_entrepreneurship', pattern: 'illegal (?:entrepreneurship|business(?: activity| activities)?)' },
  { id: 'charge-laundering', label: 'money_laundering', pattern: 'money[- ]laundering|launder\\w+|legali[sz]\\w+ of (?:illegally|criminally) (?:obtained|acquired) (?:funds|property|money|income)' },
  { id: 'charge-abuse', label: 'abuse_of_office', pattern: 'abus\\w+ (?:of )?(?:his |her |their )?(?:office|power|authority|official position)|exceed\\w* (?:of )?(?:his |her |their )?(?:authority|powers?|official powers)|negligence in office|official negligence' },
  { id: 'charge-forgery', label: 'forgery', pattern: 'forg(?:ery|ed|ing)(?: of)?(?: official)?(?: documents?)?|falsif\\w+ (?:of )?(?:official )?documents?' },
  { id: 'charge-weapons', label: 'weapons', pattern: '(?:illegal )?(?:possession|sale|carrying|purchase|storage) of (?:illegal )?(?:weapons?|firearms?|arms|guns?|ammunition|explosives|knives|a knife|cold steel)|weapons?[- ](?:charges?|possession|offen[cs]es?)|(?:illegal|illegally) (?:armed|possess\\w* (?:weapons?|firearms?|arms))|arms trafficking|gun charges' },
  { id: 'charge-treason', label: 'treason', pattern: '(?:high )?treason|espionage|spying for|spying' },
  { id: 'charge-mass-disorder', label: 'mass_disorder', pattern: 'mass (?:riots?|disorders?|unrest)|(?:organi[sz]\\w+|participat\\w+ in|taking part in|took part in) (?:mass )?(?:riots?|disorders?|public disorder)|rioting|sedition|public disorder|group actions that (?:grossly )?violate public order' },
  { id: 'charge-resisting', label: 'resisting_police', pattern: '(?:resist\\w*|disobe\\w+|fail\\w* to obey|failure to obey|failing to comply with|refus\\w+ to obey|insubordination to) (?:to )?(?:the |a |an )?(?:police|lawful (?:demands?|orders?|requests?|instructions?)|(?:law[- ]enforcement )?(?:officers?|authorities|representatives of (?:the )?authorit\\w+))|violent resistance|resisting arrest|violat\\w+ (?:of )?(?:the )?(?:rules|procedure) (?:for|of) (?:holding|organi[sz]ing) (?:a |an )?(?:rall\\w+|protests?|demonstrations?|assembl\\w+|public events?)' },
  { id: 'charge-assault', label: 'assault', pattern: 'assault\\w*|violence against (?:a |an |the )?(?:police|officers?|officials?|representatives? of (?:the )?authorit\\w+|prison (?:officers?|guards?)|persons?)|violent resistance|beat(?:ing)? (?:a |an |the )?(?:police|officer|guard)|(?:causing|inflicting) (?:grievous |serious )?(?:bodily )?(?:harm|injur\\w+)|stabb\\w+' },
  { id: 'charge-homicide', label: 'homicide', pattern: 'murder\\w*|manslaughter|homicide|killing|causing death|premeditated killing' },
  { id: 'charge-extremism', label: 'extremism', pattern: 'terroris[mt]\\w*|(?:anti-)?terror(?:ism)?\\s+(?:law|charges?|offen[cs]es?|act|proclamation|legislation)|extremis\\w+|(?:violent )?seizure of power|seiz\\w+ (?:state )?power|overthrow\\w*|change (?:of )?(?:the )?(?:(?:country|state)(?:\'s|’s) )?(?:\\w+ )?(?:political system|constitutional (?:order|system))|incit\\w+ (?:to |of )?(?:national |religious |ethnic |racial |social |inter-?ethnic )?(?:hatred|enmity|discord|hostility)|harming national security|undermin\\w+ (?:national|state) security|(?:threat\\w*|endanger\\w+) (?:to )?national security|subversion|separatism|calls? (?:to|for) (?:the )?(?:overthrow|seiz\\w+)' },
  { id: 'charge-border', label: 'illegal_border_crossing', pattern: 'illegal(?:ly)? cross\\w* (?:of )?the (?:state )?border|illegal border crossing|crossing the (?:state )?border illegally' },
];
