import { describe, expect, it } from 'vitest';
import { foldName } from '../../core/index.ts';

describe('name folding', () => {
  it.each([
    ['İlkin Rüstəmzadə', 'Ilkin Rustamzade'],
    ['Xədicə İsmayılova', 'Khadija Ismayilova'],
    ['Khadija Ismailova', 'Khadija Ismayilova'],
    ['Ilham Aliyev', 'Ilham Aliev'],
    ['Tofiq Yaqublu', 'Tofig Yagublu'],
    ['Intigam ALIYEV', 'intigam aliyev'],
    ['Mehman Huseynov', 'Mehman  Huseynov'],
  ])('folds %s and %s to the same key', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([
    ['Ilham Aliyev', 'Ilham Aliyeva'],
    ['Leyla Yunus', 'Arif Yunus'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });
});
