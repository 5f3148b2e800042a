// Small helpers shared by the layers.
export const fold = (s: string): string =>
  s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ə/g, 'e');

export const setOf = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => fold(w)));

/** Escapes a literal for use inside a RegExp source. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const wordsRe = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
