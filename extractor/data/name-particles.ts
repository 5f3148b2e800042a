// Lower-case words allowed inside a name ("Loujain al-Hathloul", "Mohammed bin Salman").
export const NAME_PARTICLES: readonly string[] = [
  'al', 'el', 'bin', 'ibn', 'bint', 'binti', 'abu', 'van', 'von', 'de', 'da', 'das', 'dos', 'del', 'della', 'der', 'di',
  'du', 'la', 'le', 'y', 'ul', 'ud', 'ben',
];

// Lower-case patronymic words that end a Turkic name ("Makhabat Tazhibek kyzy", "Kanybek uulu").
export const TRAILING_PATRONYMICS: readonly string[] = ['kyzy', 'kyzi', 'uulu', 'ogly', 'oglu', 'ogli', 'qizi', 'gizi', 'kizi'];
