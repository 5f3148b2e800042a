// Capitalised words that are never part of a person's name: organisations, places,
// institutions, calendar words, nationalities. A sequence containing one is no person.
export const ORG_PLACE_WORDS: readonly string[] = [
  'party', 'front', 'movement', 'union', 'association', 'committee', 'council', 'court', 'courts', 'ministry', 'department',
  'police', 'office', 'agency', 'service', 'services', 'administration', 'government', 'parliament', 'assembly', 'senate',
  'congress', 'chamber', 'presidium', 'bureau', 'commission', 'centre', 'center', 'institute', 'university', 'school',
  'academy', 'foundation', 'fund', 'organisation', 'organization', 'group', 'network', 'coalition', 'alliance', 'league',
  'federation', 'club', 'company', 'corporation', 'bank', 'news', 'times', 'post', 'press', 'radio', 'tv', 'television',
  'channel', 'newspaper', 'magazine', 'journal', 'daily', 'agency', 'international', 'watch', 'rights', 'human', 'amnesty',
  'reporters', 'borders', 'freedom', 'house', 'republic', 'kingdom', 'state', 'states', 'city', 'province', 'region',
  'district', 'village', 'street', 'square', 'avenue', 'prison', 'colony', 'camp', 'station', 'airport', 'island',
  'islands', 'mountains', 'river', 'lake', 'sea', 'bay', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'code', 'article', 'law', 'act', 'bill', 'decree', 'proclamation', 'constitution',
  'case', 'day', 'week', 'independence', 'revolution', 'war', 'covid', 'pandemic', 'facebook', 'twitter', 'youtube',
  'instagram', 'telegram', 'whatsapp', 'tiktok', 'internet', 'online', 'project', 'program', 'programme', 'council',
  'nations', 'united', 'european', 'eu', 'un', 'nato', 'osce', 'pace', 'ngo', 'party’s', 'prize', 'nobel', 'peace',
  'christian', 'muslim', 'islamic', 'orthodox', 'catholic', 'church', 'mosque', 'temple', 'unity', 'justice', 'democracy',
  'democratic', 'national', 'popular', 'people’s', "people's", 'social', 'socialist', 'communist', 'liberal', 'federal',
  'supreme', 'appeals', 'appeal', 'criminal', 'civil', 'civic', 'education', 'media', 'intelligence', 'security',
  'defense', 'defence', 'army', 'forces', 'guard', 'investigation', 'investigative', 'prosecutor’s', "prosecutor's",
  'general’s', "general's", 'anti-terrorism', 'terrorism', 'association', 'society', 'forum', 'initiative', 'platform',
  'mission', 'embassy', 'consulate', 'hospital', 'clinic', 'hotel', 'market', 'park', 'bridge', 'road', 'highway',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my',
];

export const CALENDAR_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'christmas', 'easter', 'ramadan', 'eid',
  'novruz', 'nowruz', 'new', 'year',
];

// Countries, nationalities and other proper adjectives that open sentences and titles.
export const PLACE_NAMES: readonly string[] = [
  'afghan', 'afghanistan', 'africa', 'african', 'algeria', 'algerian', 'algiers', 'america', 'american', 'arab', 'arabia',
  'armenia', 'armenian', 'asia', 'asian', 'azerbaijan', 'azerbaijani', 'azeri', 'baku', 'bahrain', 'bahraini', 'belarus',
  'belarusian', 'britain', 'british', 'burma', 'burmese', 'cambodia', 'cambodian', 'caracas', 'caucasus', 'caucasian',
  'china', 'chinese', 'cuba', 'cuban', 'egypt', 'egyptian', 'england', 'english', 'eritrea', 'eritrean', 'ethiopia',
  'ethiopian', 'europe', 'european', 'france', 'french', 'ganja', 'georgia', 'georgian', 'germany', 'german', 'havana',
  'hong', 'kong', 'india', 'indian', 'iran', 'iranian', 'iraq', 'iraqi', 'israel', 'israeli', 'kazakh', 'kazakhstan',
  'kyrgyz', 'kyrgyzstan', 'laos', 'lebanon', 'libya', 'minsk', 'moscow', 'myanmar', 'nakhchivan', 'naxcivan', 'nicaragua',
  'nicaraguan', 'nigeria', 'pakistan', 'palestinian', 'russia', 'russian', 'riyadh', 'saudi', 'soviet', 'syria', 'syrian',
  'tajik', 'tajikistan', 'tehran', 'turkey', 'turkish', 'turkmen', 'turkmenistan', 'uk', 'ukraine', 'ukrainian', 'us',
  'u.s.', 'usa', 'uzbek', 'uzbekistan', 'venezuela', 'venezuelan', 'vietnam', 'vietnamese', 'western', 'yemen', 'zimbabwe',
  'addis', 'ababa', 'nairobi', 'kenya', 'kenyan', 'uganda', 'ugandan', 'sudan', 'sudanese', 'tunisia', 'tunisian',
  'morocco', 'moroccan', 'rwanda', 'rwandan', 'hanoi', 'saigon', 'beijing', 'tbilisi', 'yerevan', 'astana', 'almaty',
  'tashkent', 'bishkek', 'dushanbe', 'ashgabat', 'kyiv', 'kiev', 'utah', 'texas', 'california', 'washington', 'london',
  'paris', 'geneva', 'brussels', 'strasbourg', 'holguín', 'holguin', 'bejaia', 'oromia', 'tigray', 'amhara', 'crimea',
  'chechnya', 'dagestan', 'xinjiang', 'tibet', 'tibetan', 'uyghur', 'kurdish', 'kurdistan', 'gaza', 'israel', 'qatar',
  'emirates', 'oman', 'jordan', 'kuwait',
];
