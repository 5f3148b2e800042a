// Folding of person names for matching: case, diacritics and the common transliteration
// variants of Azerbaijani, Turkish and Russian names (ə/e/a, ı/i, q/g, x/kh, c/j, -iyev/-iev),
// so "İlkin Rüstəmzadə" and "Ilkin Rustamzade" meet. The result is a matching key, not a
// name: it may look odd ("ilkin rustemzede"). The display form is never folded.
const letterMap: Record<string, string> = {
  ə: 'a', ı: 'i', ğ: 'g', ş: 'sh', ç: 'ch', ö: 'o', ü: 'u', q: 'g', x: 'kh', ß: 'ss', ø: 'o', æ: 'ae', đ: 'd', ł: 'l',
};

export function foldName(name: string): string {
  const lower = name
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[əığşçöüqxßøæđł]/g, (ch) => letterMap[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`ʼ‘-]/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return lower
    .split(' ')
    .map((word) =>
      word
        .replace(/c(?!h)/g, 'j') // Azerbaijani c is English j: Xədicə / Khadija
        .replace(/kh/g, 'h') // Khadija / Hadija, Xədicə
        .replace(/sh/g, 's')
        .replace(/ch/g, 'c')
        .replace(/iy/g, 'i') // Aliyev / Aliev, Ismayilova / Ismailova
        .replace(/ay/g, 'ai')
        .replace(/yev(a?)$/, 'ev$1')
        .replace(/a/g, 'e') // ə is written a or e: Rüstəmzadə / Rustamzade
        .replace(/(.)\1+/g, '$1'), // doubled letters: Abbassov / Abbasov
    )
    .join(' ');
}

/** Surname (last word) of a folded name: "a surname alone never matches a full name". */
export function isFullName(name: string): boolean {
  return name.trim().split(/\s+/).length >= 2;
}
