// Honorifics stripped from names (never part of a person's name in the output).
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'u', 'daw', 'ko', 'ma', 'sheikh', 'imam', 'mullah',
  'haji', 'hajji', 'reverend', 'rev', 'father', 'sister', 'brother', 'saint', 'st',
];

// Titles and roles of officials who act: a name right after one of these (or with one
// in apposition) is never a person an event happens to.
export const OFFICIAL_TITLES: readonly string[] = [
  'president', 'president-elect', 'vice-president', 'vice president', 'prime minister', 'premier', 'minister',
  'deputy minister', 'interior minister', 'justice minister', 'foreign minister', 'king', 'queen', 'crown prince',
  'prince', 'emir', 'sultan', 'chancellor', 'governor', 'mayor', 'judge', 'justice', 'magistrate', 'prosecutor',
  'prosecutor-general', 'prosecutor general', 'deputy prosecutor-general', 'attorney general', 'attorney-general',
  'investigator', 'spokesman',
  'spokeswoman', 'spokesperson', 'spokespeople', 'ombudsman', 'rapporteur', 'special rapporteur', 'ambassador',
  'secretary-general', 'secretary general', 'secretary of state', 'senator', 'police chief',
  'commissioner', 'general', 'colonel', 'court president', 'chief justice', 'speaker',
];

// Counsel: an official who acts only where the text says whose counsel they are ("his lawyer X",
// "X, a lawyer for the family", "defence lawyer X"); "human rights lawyer X was arrested" is a person
// an event happens to (lawyers are often the ones detained).
export const COUNSEL_TITLES: readonly string[] = ['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'advocate', 'advocates'];

// Role nouns: a capitalised sequence right after one ("journalist X", "the blogger X"),
// or in apposition after it ("X, a member of …"), is taken for a person.
export const PERSON_ROLES: readonly string[] = [
  'activist', 'activists', 'journalist', 'journalists', 'blogger', 'bloggers', 'reporter', 'editor', 'editor-in-chief',
  'writer', 'poet', 'artist', 'musician', 'rapper', 'singer', 'dissident', 'opposition', 'oppositionist', 'politician',
  'leader', 'leaders', 'member', 'members', 'chairman', 'chairwoman', 'chair', 'head', 'deputy', 'founder', 'co-founder',
  'coordinator', 'defender', 'campaigner', 'researcher', 'scholar', 'academic', 'professor', 'teacher', 'student',
  'economist', 'lawmaker', 'mp', 'deputy', 'candidate', 'businessman', 'businesswoman', 'entrepreneur', 'cleric', 'imam',
  'theologian', 'believer', 'pastor', 'priest', 'monk', 'nun', 'protester', 'protesters', 'protestor', 'demonstrator',
  'unionist', 'worker', 'welder', 'farmer', 'doctor', 'physician', 'nurse', 'engineer', 'anchor', 'presenter',
  'photographer', 'cameraman', 'correspondent', 'columnist', 'commentator', 'analyst', 'economist', 'poet', 'novelist',
  'man', 'woman', 'boy', 'girl', 'youth', 'teenager', 'citizen', 'resident', 'national', 'prisoner', 'detainee',
  'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin', 'uncle',
  'aunt', 'whistleblower', 'official', 'officer', 'volunteer', 'lawyer', 'critic', 'defendant', 'convict', 'inmate',
  'policewoman', 'policeman', 'soldier', 'pilot', 'athlete', 'footballer', 'director', 'filmmaker', 'actor', 'actress',
  'cartoonist', 'satirist', 'comedian', 'playwright', 'historian', 'philosopher', 'sociologist', 'scientist', 'surgeon',
  'vlogger', 'youtuber', 'influencer', 'podcaster', 'publisher', 'translator', 'lecturer', 'mufti', 'rabbi', 'bishop',
  'preacher', 'organiser', 'organizer', 'trader', 'shopkeeper', 'driver', 'miner', 'fisherman', 'herder', 'labourer',
];
