// Number words → values, for counts ("four political prisoners") and terms ("eight years").
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  both: 2, dozen: 12, 'a dozen': 12, single: 1,
};

// Plural (and collective) nouns for people: a number before one of these is a head count.
export const PEOPLE_NOUNS: readonly string[] = [
  'people', 'persons', 'person', 'prisoners', 'prisoner', 'activists', 'activist', 'protesters', 'protestors',
  'demonstrators', 'journalists', 'journalist', 'bloggers', 'blogger', 'members', 'member', 'citizens', 'convicts',
  'inmates', 'detainees', 'defendants', 'students', 'men', 'women', 'youths', 'youngsters', 'supporters', 'dissidents',
  'others', 'individuals', 'lawyers', 'reporters', 'defenders', 'believers', 'workers', 'farmers', 'officers',
  'soldiers', 'critics', 'opponents', 'leaders', 'children', 'minors', 'foreigners', 'nationals', 'oppositionists',
  'politicians', 'opposition', 'residents', 'villagers', 'muslims', 'christians', 'clerics', 'monks', 'teachers',
  'academics', 'writers', 'artists', 'rappers', 'musicians', 'mps', 'lawmakers', 'deputies', 'candidates',
  'employees', 'staff', 'relatives', 'fans', 'migrants', 'refugees', 'suspects', 'participants', 'organisers',
  'organizers', 'campaigners', 'unionists', 'trade unionists', 'ones', 'prisoners of conscience', 'persons',
  'accused', 'convicted', 'defendant', 'detainee', 'inmate', 'convict', 'figures', 'opposition figures', 'dissident',
  'journalists', 'editors', 'photographers', 'bloggers', 'protester', 'demonstrator', 'rights defenders', 'pensioners',
  'priests', 'imams', 'nuns', 'parishioners', 'worshippers', 'witnesses', 'mothers', 'fathers', 'sons', 'daughters',
  'brothers', 'sisters', 'boys', 'girls', 'teenagers', 'adults', 'minors', 'juveniles', 'servicemen', 'conscripts',
  'colleagues', 'friends', 'associates', 'companions', 'comrades', 'co-defendants', 'codefendants', 'co-workers',
];
