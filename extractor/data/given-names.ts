// Given names (and, for East Asian names written family-name first, family names) that
// start a person's name. A capitalised sequence whose first word is here is a name even
// where compromise does not tag it. Lower case; see README.md for how to add to it.
export const GIVEN_NAMES: readonly string[] = [
  // Azerbaijani, Turkish, Central Asian
  'abbas', 'abulfaz', 'adil', 'afgan', 'agil', 'akif', 'akram', 'aliakbar', 'ali', 'alim', 'altay', 'anar', 'araz', 'arif',
  'asif', 'avaz', 'ayaz', 'aydin', 'azer', 'babek', 'bahruz', 'bakhtiyar', 'bayram', 'dashgin', 'elchin', 'eldar', 'eldaniz',
  'elmar', 'elnur', 'emin', 'emil', 'eynulla', 'farid', 'fikret', 'fuad', 'gubad', 'hafiz', 'haji', 'hasan', 'heydar',
  'huseyn', 'ibrahim', 'idrak', 'ilgar', 'ilham', 'ilkin', 'ilkham', 'intigam', 'isa', 'ismail', 'jamil', 'javid', 'kamran',
  'karim', 'khadija', 'leyla', 'mahammad', 'malik', 'mamed', 'mammad', 'mehman', 'mekhti', 'mirza', 'murad', 'nadir',
  'natig', 'nijat', 'nurlan', 'orkhan', 'polad', 'rafael', 'ramiz', 'rashad', 'rasul', 'rauf', 'rovshan', 'rufat', 'rustam',
  'sakit', 'samir', 'seymur', 'shahin', 'shamil', 'sevinj', 'taleh', 'tale', 'teymur', 'tofik', 'tofig', 'tural', 'ulvi',
  'vagif', 'yadigar', 'yashar', 'zaur', 'zeynalabdin', 'aigul', 'askar', 'bolat', 'daniyar', 'ermek', 'galym', 'marat',
  'mukhtar', 'nursultan', 'serik', 'timur', 'vladimir', 'yerlan', 'zhanbolat', 'mehmet', 'ahmet', 'mustafa', 'osman',
  'selahattin', 'can', 'deniz', 'ekrem', 'kemal', 'murat', 'ozgur', 'recep', 'osman', 'iogan',
  // Slavic and Baltic
  'aleksandr', 'aleksei', 'alexei', 'alexander', 'alexandra', 'anastasia', 'andrei', 'anna', 'boris', 'dmitry', 'dmitri',
  'evgeny', 'igor', 'ilya', 'ivan', 'maria', 'mikhail', 'nikolai', 'oleg', 'olga', 'pavel', 'roman', 'sergei', 'sergey',
  'svetlana', 'tatiana', 'vadim', 'valentina', 'viktor', 'yevgeny', 'yulia', 'yuri', 'natalia', 'oleksandr', 'ihor',
  'maksim', 'maxim', 'nadezhda', 'ekaterina', 'lyudmila', 'ales', 'maryia', 'ihar', 'siarhei',
  // Persian, Arabic, Kurdish
  'abdullah', 'abdul', 'abdelaziz', 'ahmad', 'ahmed', 'amir', 'bahareh', 'farhad', 'fatemeh', 'fatima', 'hamid', 'hossein',
  'hussein', 'jafar', 'khaled', 'khalid', 'loujain', 'mahmoud', 'maryam', 'mehdi', 'mohamed', 'mohammad', 'mohammed',
  'muhammad', 'narges', 'nasrin', 'omar', 'raif', 'reza', 'saeed', 'salman', 'samar', 'sara', 'sarah', 'walid', 'yousef',
  'youssef', 'zainab', 'nabeel', 'abdulhadi', 'alaa', 'esraa', 'hisham', 'karim', 'nasser', 'rami', 'said', 'samira',
  'mira', 'karim', 'kamel', 'rachid', 'slimane', 'fethi', 'khaled', 'mourad', 'nacer', 'tahar', 'salah', 'zakaria',
  // Vietnamese, Chinese, Burmese, Thai and other family-name-first (family names)
  'nguyen', 'tran', 'le', 'pham', 'phan', 'hoang', 'huynh', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly',
  'ta', 'dinh', 'trinh', 'truong', 'mai', 'lam', 'luong', 'cao', 'chau', 'wang', 'li', 'zhang', 'liu', 'chen', 'yang',
  'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'hu', 'guo', 'lin', 'he', 'gao', 'liang', 'zheng', 'xie', 'ilham',
  'aung', 'min', 'kyaw', 'thein', 'zaw', 'win', 'htin', 'myo', 'nay', 'khin', 'tun',
  // Spanish, Portuguese, Italian, French
  'alejandro', 'ana', 'antonio', 'carlos', 'daniel', 'diego', 'eduardo', 'fernando', 'francisco', 'gabriel', 'jorge', 'jose',
  'josé', 'juan', 'leopoldo', 'luis', 'manuel', 'maría', 'miguel', 'pablo', 'pedro', 'rafael', 'ricardo', 'roberto',
  'yosvany', 'yoani', 'lazaro', 'lázaro', 'orlando', 'luis', 'marcos', 'joão', 'jean', 'pierre', 'marie', 'giulio',
  'javier', 'raúl', 'raul', 'sergio', 'oscar', 'óscar', 'jesús', 'jesus', 'julio', 'mario', 'félix', 'felix',
  // English and others
  'david', 'james', 'john', 'joshua', 'michael', 'paul', 'peter', 'robert', 'thomas', 'william', 'mary', 'elizabeth',
  'jennifer', 'linda', 'susan', 'margaret', 'george', 'richard', 'charles', 'joseph', 'mark', 'steven', 'andrew', 'brian',
  'kevin', 'jason', 'matthew', 'emily', 'laura', 'rebecca', 'anne', 'sue', 'clement', 'joe',
  // East African, West African
  'abebe', 'alemayehu', 'befeqadu', 'bekele', 'dawit', 'eskinder', 'getachew', 'girma', 'haile', 'mulugeta', 'reeyot',
  'tesfaye', 'woubshet', 'yonatan', 'fikadu', 'amare', 'tadesse', 'kebede', 'mesfin', 'temesgen', 'kwame', 'kofi', 'chidi',
];
