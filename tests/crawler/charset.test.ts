// Charset handling: the crawler decodes what it reads itself (listing pages, feeds) and hands
// raw bytes to the parser; these cases are the ones outlets get wrong.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { charsetOf, decodeBody } from '../../crawler/fetch/charset.ts';
import { isPrivateAddress } from '../../crawler/index.ts';

describe('charset detection', () => {
  const cyrillic = 'Судебное заседание закрытое';
  it('reads Windows-1251 declared only in <meta>', () => {
    const bytes = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><p>${cyrillic}</p>`, 'win1251');
    expect(decodeBody(bytes, 'text/html').text).toContain(cyrillic);
  });
  it('prefers the Content-Type header over a wrong <meta>', () => {
    const bytes = iconv.encode(`<meta charset="utf-8"><p>${cyrillic}</p>`, 'win1251');
    expect(decodeBody(bytes, 'text/html; charset=windows-1251').text).toContain(cyrillic);
  });
  it('lets a byte-order mark win over everything', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${cyrillic}</p>`)]);
    expect(charsetOf(bytes, 'text/html; charset=iso-8859-1')).toBe('utf-8');
  });
  it('reads ISO-8859-x from the header', () => {
    const bytes = iconv.encode('<p>Zürich, Gdańsk</p>', 'iso-8859-2');
    expect(decodeBody(bytes, 'text/html; charset=ISO-8859-2').text).toContain('Gdańsk');
  });
  it('flags invalid UTF-8 instead of failing', () => {
    const decoded = decodeBody(Buffer.from([0x3c, 0x70, 0x3e, 0xc3, 0x28, 0xff]), 'text/html; charset=utf-8');
    expect(decoded.invalid).toBe(true);
    expect(decoded.text).toContain('\uFFFD');
  });
});

describe('private addresses', () => {
  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.9', true], ['192.168.1.1', true], ['169.254.169.254', true],
    ['100.64.0.1', true], ['0.0.0.0', true], ['::1', true], ['fd00::1', true], ['fe80::1', true], ['::ffff:127.0.0.1', true],
    ['93.184.216.34', false], ['2a00:1450:4001:80b::200e', false],
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
