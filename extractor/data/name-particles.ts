// Lower-case words allowed inside a name ("Loujain al-Hathloul", "Mohammed bin Salman").
export const NAME_PARTICLES: readonly string[] = [
  'al', 'el', 'bin', 'ibn', 'bint', 'binti', 'abu', 'van', 'von', 'de', 'da', 'das', 'dos', 'del', 'della', 'der', 'di',
  'du', 'la', 'le', 'y', 'ul', 'ud', 'ben',
];
