// Given names (and, for names written family name first, common family names) that start a
// person's name. A capitalised sequence whose first word is here is a name even where
// compromise does not tag it. Lower case, in the Latin spellings English-language news uses;
// grouped by region so gaps are easy to see. Left out on purpose: names that are also common
// English words at the start of a sentence (Will, May, Hope, Mark, Grace, Rose, Bill, Said).
// See README.md for how to add to it.
export const GIVEN_NAMES: readonly string[] = [
  // Azerbaijani
  'abbas', 'abulfaz', 'adil', 'afgan', 'afgan', 'agil', 'akif', 'akram', 'alakbar', 'aliakbar', 'ali', 'alim', 'altay', 'anar',
  'araz', 'arif', 'arzu', 'asif', 'avaz', 'ayaz', 'aydin', 'aygun', 'aynur', 'aysel', 'aytaj', 'azer', 'babek', 'bahruz',
  'bakhtiyar', 'bayram', 'dashgin', 'elchin', 'eldar', 'eldaniz', 'elgiz', 'elmar', 'elmir', 'elnara', 'elnur', 'elshad',
  'elshan', 'elvin', 'elvira', 'emin', 'emil', 'eynulla', 'famil', 'farid', 'fariz', 'fikret', 'fuad', 'gubad', 'gulnara',
  'gunel', 'hafiz', 'hasan', 'heydar', 'hikmet', 'huseyn', 'ibrahim', 'idrak', 'ilgar', 'ilham', 'ilkin', 'ilkham',
  'imran', 'intigam', 'isa', 'ismail', 'jamil', 'javid', 'kamran', 'karim', 'khadija', 'khayala', 'leyla', 'mahammad',
  'malahat', 'malik', 'mamed', 'mammad', 'mehman', 'mehriban', 'mekhti', 'mirza', 'murad', 'nadir', 'nargiz', 'natig',
  'nazim', 'nijat', 'nurlan', 'orkhan', 'orxan', 'parviz', 'polad', 'qorxmaz', 'rafael', 'rafig', 'ramin', 'ramiz',
  'rashad', 'rasul', 'rauf', 'rovshan', 'rufat', 'rustam', 'sakit', 'samir', 'sevda', 'sevinj', 'seymur', 'shahin',
  'shamil', 'taleh', 'tale', 'teymur', 'tofig', 'tofik', 'tofiq', 'tural', 'turgut', 'ulvi', 'vagif', 'vidadi', 'vugar',
  'vusal', 'yadigar', 'yashar', 'zaur', 'zeynalabdin', 'zulfu', 'zumrud',
  // Turkish, Kurdish
  'ahmet', 'ali', 'aysel', 'ayse', 'burak', 'can', 'cem', 'deniz', 'ekrem', 'elif', 'emine', 'emre', 'erdem', 'ertugrul',
  'fatma', 'gulsen', 'hakan', 'hatice', 'kemal', 'kerem', 'leyla', 'mehmet', 'murat', 'mustafa', 'nazli', 'osman', 'ozgur',
  'ozlem', 'recep', 'selahattin', 'sevgi', 'serdar', 'sinan', 'tuba', 'ugur', 'yusuf', 'zeynep', 'zehra', 'figen',
  'osman', 'ahmet', 'nedim', 'ahmed', 'hasip', 'sirri', 'pervin', 'canan',
  // Central Asian, Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen
  'aigul', 'aizhan', 'akmal', 'aliya', 'askar', 'azamat', 'bakhyt', 'bakhytzhan', 'bolat', 'bolot', 'daniyar', 'dilnoza',
  'dilshod', 'ermek', 'erlan', 'farrukh', 'galym', 'gulnara', 'jamshid', 'kairat', 'kanat', 'makhabat', 'makhambet',
  'marat', 'mukhtar', 'nargiza', 'nursultan', 'rustam', 'sanjar', 'serik', 'shokhrukh', 'timur', 'ulugbek', 'yerlan',
  'zarina', 'zhanbolat', 'zhanna', 'aron', 'azimjon', 'bobomurod', 'dilmurod', 'nodira', 'salijon', 'umida', 'aziz',
  'mansur', 'kadyr', 'temirlan', 'adilet', 'kanybek', 'almaz', 'aibek', 'nurbek', 'ruslan', 'daulet', 'dinara',
  // Russian, Ukrainian, Belarusian
  'aleksandr', 'aleksandra', 'aleksei', 'aleksey', 'alexei', 'alexey', 'alexander', 'alexandra', 'ales', 'alla', 'alsu',
  'anastasia', 'anatoly', 'andrei', 'andrey', 'andriy', 'anna', 'anton', 'arkady', 'artem', 'artyom', 'boris', 'daria',
  'darya', 'denis', 'dmitry', 'dmitri', 'dmytro', 'ekaterina', 'elena', 'evgeny', 'evgenia', 'fyodor', 'galina', 'gennady',
  'georgy', 'grigory', 'hanna', 'ihar', 'ihor', 'igor', 'ilya', 'inna', 'irina', 'iryna', 'ivan', 'kirill', 'konstantin',
  'ksenia', 'larisa', 'leonid', 'lev', 'lilia', 'lyubov', 'lyudmila', 'maksim', 'maksym', 'marina', 'maria', 'mariya',
  'maryia', 'maxim', 'mikalai', 'mikhail', 'mykola', 'nadezhda', 'natalia', 'natalya', 'nikita', 'nikolai', 'nikolay',
  'oksana', 'oleg', 'oleh', 'oleksandr', 'oleksiy', 'olga', 'pavel', 'pavlo', 'petr', 'pyotr', 'raman', 'roman', 'ruslan',
  'sergei', 'sergey', 'serhiy', 'siarhei', 'sofia', 'stanislav', 'stepan', 'svetlana', 'sviatlana', 'taras', 'tatiana',
  'tatyana', 'timofey', 'vadim', 'valentina', 'valery', 'valeri', 'vasily', 'veronika', 'viktor', 'viktoria', 'vitaly',
  'vladimir', 'vladislav', 'volodymyr', 'vyacheslav', 'yana', 'yaroslav', 'yegor', 'yekaterina', 'yelena', 'yevgeny',
  'yevgenia', 'yulia', 'yuliya', 'yuri', 'yury', 'zhanna', 'zinaida', 'maryna', 'uladzimir', 'aliaksandr',   // Georgian, Armenian
  'ani', 'aram', 'armen', 'arman', 'artur', 'ashot', 'davit', 'eka', 'elene', 'gagik', 'giorgi', 'gocha', 'irakli', 'jano',
  'khatia', 'lasha', 'levan', 'luka', 'mamuka', 'mariam', 'mzia', 'nana', 'nika', 'nikoloz', 'nino', 'nodar', 'onise',
  'revaz', 'saba', 'salome', 'sandro', 'shota', 'tamar', 'tamara', 'tigran', 'vano', 'zurab', 'andro', 'guram', 'gela',
  'hovhannes', 'karen', 'narek', 'nikol', 'samvel', 'serzh', 'vardan', 'ruben', 'avetik',
  // Persian, Afghan
  'abbas', 'abdolfattah', 'ahmad', 'ali', 'amir', 'arash', 'atena', 'azadeh', 'babak', 'bahareh', 'bahman', 'behrouz',
  'dariush', 'ebrahim', 'elaheh', 'farhad', 'fariba', 'farzad', 'fatemeh', 'golrokh', 'hamid', 'hamideh', 'hassan',
  'hossein', 'jafar', 'kamal', 'kaveh', 'keyvan', 'leila', 'mahsa', 'mahmoud', 'majid', 'manouchehr', 'maryam', 'masoud',
  'mehdi', 'mehrdad', 'mohsen', 'morteza', 'nahid', 'nargess', 'narges', 'nasrin', 'nazanin', 'niloufar', 'nilufar',
  'omid', 'parisa', 'payam', 'pouya', 'reza', 'roya', 'saeed', 'saeid', 'sahar', 'samira', 'sepideh', 'shirin', 'siamak',
  'sohrab', 'soheil', 'sima', 'taraneh', 'toomaj', 'vahid', 'yasaman', 'zahra', 'zeinab', 'ahmadreza', 'alireza',
  'gholamreza', 'hamidreza', 'mohammadreza', 'esmail', 'kianoosh', 'niloofar', 'atefeh', 'hengameh', 'narges',
  // Arabic (Gulf, Levant, Egypt, Maghreb)
  'abdallah', 'abdel', 'abdelaziz', 'abdelfattah', 'abdelhakim', 'abdelkader', 'abdelrahman', 'abdul', 'abdulaziz',
  'abdulhadi', 'abdullah', 'abdulrahman', 'abir', 'adel', 'ahmad', 'ahmed', 'aisha', 'alaa', 'ali', 'amal', 'amina',
  'amr', 'anas', 'ashraf', 'ayman', 'bilal', 'dalia', 'ebtisam', 'esraa', 'fadi', 'fahd', 'faisal', 'fatima', 'fawzi',
  'fethi', 'ghada', 'habib', 'hafez', 'hamza', 'hana', 'hani', 'hassan', 'hatem', 'hazem', 'hisham', 'hosni', 'hussain',
  'hussein', 'ibrahim', 'imad', 'issa', 'jamal', 'kamal', 'kamel', 'karim', 'khaled', 'khalid', 'khalil',
  'laila', 'layla', 'loujain', 'lina', 'mahmoud', 'majed', 'malek', 'manal', 'mansour', 'marwan', 'maryam', 'mohamed',
  'mohammad', 'mohammed', 'mona', 'mostafa', 'mourad', 'muhammad', 'mustafa', 'nabeel', 'nabil', 'nacer', 'nada',
  'nadia', 'naji', 'nasser', 'nawal', 'nizar', 'noor', 'nour', 'omar', 'osama', 'rachid', 'rached', 'raed', 'rafik',
  'raif', 'rami', 'rania', 'rashid', 'saad', 'sabri', 'salah', 'saleh', 'salem', 'salim', 'salma', 'salman', 'samar',
  'sameh', 'sami', 'samir', 'samira', 'sanaa', 'slimane', 'sulaiman', 'suleiman', 'tahar', 'tamer', 'tarek', 'tareq',
  'tariq', 'waleed', 'walid', 'wael', 'yahya', 'yasser', 'yassin', 'yousef', 'youssef', 'yusuf', 'zainab', 'zakaria',
  'zaki', 'zeinab', 'ziad', 'mira', 'karima', 'fetta', 'ihsane', 'kaddour', 'lakhdar', 'abdelouahab', 'boualem',
  'rabah', 'seif', 'sanaa', 'alaa', 'mahienour', 'esam', 'essam', 'gamal', 'hoda', 'shadi', 'patrick',
  'ismail', 'hazem',   // East African, Horn of Africa
  'abebe', 'abiy', 'alemayehu', 'amanuel', 'amare', 'aragaw', 'befeqadu', 'bekele', 'berhanu', 'birtukan', 'dawit',
  'eskinder', 'fikadu', 'getachew', 'getenet', 'girma', 'haile', 'hiwot', 'jawar', 'kebede', 'lidetu', 'meron', 'mesfin',
  'mulugeta', 'reeyot', 'sisay', 'solomon', 'tadesse', 'temesgen', 'tesfaye', 'woubshet', 'yonatan', 'yohannes',
  'zelalem', 'zemenfes', 'binyam', 'simret', 'akhlilu', 'dawit', 'ciham', 'petros', 'aster', 'tsegaye', 'abdi', 'hodan',
  'kizza', 'bobi', 'stella', 'kakwenza', 'tundu', 'wanjiru', 'wanjiku', 'otieno', 'odhiambo',
  // West and Southern African
  'kwame', 'kofi', 'chidi', 'chinedu', 'amara', 'nnamdi', 'omoyele', 'adebayo', 'oluwaseun', 'olusegun',
  'babatunde', 'ngozi', 'chukwuemeka', 'ibrahima', 'mamadou', 'moussa', 'ousmane', 'abdoulaye', 'aminata', 'fatou',
  'jacob', 'jestina', 'tendai', 'itai', 'thulani', 'mduduzi',
  // South Asian
  'aamir', 'abhishek', 'ajay', 'amit', 'anand', 'anil', 'arun', 'asad', 'asif', 'deepak', 'fawad', 'gautam', 'imran',
  'irfan', 'javed', 'kashif', 'kavita', 'manoj', 'mohan', 'nadeem', 'naveed', 'pervez', 'pooja', 'priya', 'rahul',
  'rajesh', 'rakesh', 'ravi', 'rohit', 'sanjay', 'shahid', 'shahidul', 'siddique', 'sudha', 'sunil', 'teesta', 'umar',
  'varavara', 'zubair', 'gauri', 'safoora', 'khurram', 'shrikant',
  // Vietnamese, Chinese, Korean, Japanese (family names first where the news writes them so)
  'nguyen', 'tran', 'pham', 'phan', 'hoang', 'huynh', 'vu', 'vo', 'dang', 'bui', 'ngo', 'duong', 'dinh', 'trinh',
  'truong', 'luong', 'chau', 'doan', 'lam', 'cao', 'wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'zhou',
  'xu', 'guo', 'liang', 'zheng', 'xie', 'xi', 'jiang', 'deng', 'feng', 'han', 'cai', 'ilham', 'gulshan',
  'joshua', 'agnes', 'jimmy', 'benny', 'nathan', 'gwyneth', 'claudia', 'toru', 'yuki', 'kenji', 'hiroshi', 'takashi',
  'kim', 'choi', 'jung', 'kang', 'yoon', 'ahn', 'hyun', 'jae', 'seung',
  // Burmese, Thai, Cambodian, Lao, Malay, Indonesian, Filipino
  'aung', 'kyaw', 'thein', 'zaw', 'htin', 'myo', 'khin', 'tun', 'thida', 'htet', 'soe', 'maung', 'nyi', 'thet',
  'wai', 'hla', 'sithu', 'nyein', 'phyo', 'somchai', 'somsak', 'thanathorn', 'parit', 'panusaya', 'arnon',   'jatupat', 'sulak', 'kem', 'sokha', 'sam', 'sochua', 'theary', 'chhim', 'anwar', 'najib', 'maria',
  'leila', 'rodrigo', 'ferdinand', 'joko', 'ahok', 'veronica', 'victor', 'benny', 'filep', 'budi', 'siti',
  // Spanish, Portuguese, Latin American, Cuban, Nicaraguan, Venezuelan
  'alejandro', 'alexis', 'ana', 'andres', 'andrés', 'antonio', 'arturo', 'berta', 'camila', 'carlos', 'carmen',
  'cristiana', 'daniel', 'diego', 'eduardo', 'elizardo', 'ernesto', 'felix', 'félix', 'fernando', 'francisco', 'gabriel',
  'guillermo', 'gustavo', 'hector', 'héctor', 'jesus', 'jesús', 'jorge', 'jose', 'josé', 'juan', 'julio', 'lazaro',
  'lázaro', 'leopoldo', 'lesther', 'lucia', 'lucía', 'luis', 'manuel', 'marcos', 'maría', 'mario', 'medardo', 'miguel',
  'oscar', 'óscar', 'pablo', 'pedro', 'rafael', 'ramon', 'ramón', 'raul', 'raúl', 'ricardo', 'roberto', 'rolando',
  'rosa', 'sergio', 'tamara', 'yoani', 'yosvany', 'yunior', 'maykel', 'luis', 'mailyn', 'dayana', 'yaquelin',
  'javier', 'joão', 'joao', 'marielle', 'mauricio', 'nicolas', 'nicolás', 'rocio', 'rocío', 'santiago', 'sebastian',
  'sebastián', 'teodoro', 'virginia', 'zoilamerica', 'freddy', 'juan', 'edmundo', 'rocio', 'henrique', 'hugo',
  // French, Italian, German, other European
  'jean', 'pierre', 'marie', 'benjamin', 'cécile', 'cecile', 'jacques', 'louis', 'philippe', 'francois', 'françois',
  'giulio', 'giovanni', 'marco', 'luca', 'matteo', 'paolo', 'hans', 'klaus', 'peter', 'stefan', 'thomas', 'andreas',
  'deniz', 'mesale', 'patrick', 'olivier', 'nicolas', 'sophie', 'julien', 'lucas', 'martin',
  // English and other first names common in the news
  'andrew', 'anne', 'brian', 'charles', 'clement', 'daniel', 'david', 'elizabeth', 'emily', 'evan', 'george', 'james',
  'jason', 'jennifer', 'john', 'joseph', 'kevin', 'laura', 'linda', 'margaret', 'mary', 'matthew', 'michael', 'nathan',
  'paul', 'peter', 'rebecca', 'richard', 'robert', 'steven', 'sue', 'susan', 'william', 'alsu', 'danny', 'austin',
  'brittney', 'paul', 'trevor', 'robert', 'yuki', 'ryan', 'sarah', 'sara', 'jonathan', 'jennifer',
];
