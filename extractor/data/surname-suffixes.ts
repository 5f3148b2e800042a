// Endings that mark a word as a surname: Turkic and Slavic patronymic forms, Persian,
// Armenian, Ukrainian, Polish and Georgian endings. Lower case, checked against the last
// word of a capitalised sequence (min. 3 letters before the ending).
export const SURNAME_SUFFIXES: readonly string[] = [
  'ov', 'ova', 'ev', 'eva', 'yev', 'yeva', 'iev', 'ieva', 'in', 'ina', 'li', 'lı', 'lu', 'lü', 'ly', 'zade', 'zadeh',
  'zada', 'oglu', 'oğlu', 'ogly', 'qizi', 'gizi', 'kyzy', 'uulu', 'yan', 'ian', 'enko', 'ienko', 'uk', 'chuk', 'ski',
  'sky', 'skiy', 'skaya', 'ska', 'vich', 'vych', 'ovich', 'evich', 'ich', 'shvili', 'dze', 'adze', 'ani', 'poor', 'pour',
  'nejad', 'far', 'ez', 'ovski', 'evski',
];
