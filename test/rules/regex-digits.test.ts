import { describe, expect, it } from 'vitest';
import { minDigitsOf } from '../../src/rules/regex-digits.js';

function digitsIn(text: string): number {
  let n = 0;
  for (const c of text) if (c >= '0' && c <= '9') n++;
  return n;
}

describe('minDigitsOf', () => {
  it.each([
    ['\\d{3}', '', 3],
    ['[0-9]+', '', 1],
    ['[1-9\\d]{2,}', '', 2],
    ['1-2', '', 2],
    ['[1-9](?:[ ./]?\\d){10}', 'u', 11],
    ['(?<![\\p{L}\\p{N}])[A-Z] ?\\d(?: ?\\d){8}(?! ?\\p{N})(?!\\p{L})', 'iu', 9],
    ['(?<year>\\d{4})-(\\d\\d)', 'u', 6],
    ['(?:\\d{3})+?x', '', 3],
    ['\\b[A-TV-Z][0-9]{2}(?:\\.[0-9]{1,2})?\\b', '', 2],
    // A positive lookahead proves its digit is in the text, though the match may consume it.
    ['(?=[A-HJ-NPR-Z]{0,16}\\d)(?=\\d{0,16}[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}', 'u', 1],
    ['(?<=\\d\\d)x', '', 2],
  ])('%j (flags %j) needs %i digits', (source, flags, expected) => {
    expect(minDigitsOf(source, flags)).toBe(expected);
  });

  it.each([
    ['a|\\d\\d', '', 'an alternative without digits'],
    ['\\d*', '', 'zero repetitions'],
    ['\\d?x', '', 'optional digit'],
    ['(?!\\d)\\w', '', 'negative lookahead'],
    ['[^0-9]', '', 'negated class'],
    ['[0-9A-F]{4}', '', 'class with letters (hex)'],
    ['\\p{N}{3}', 'u', 'non-ASCII digits count as none'],
    ['(?:\\d{2})?[a-z]', '', 'optional group'],
    ['\\x30\\x31', '', 'hex escape (not read)'],
    ['(\\d)\\1', '', 'backreference (not read)'],
    ['[0-9]', 'v', 'set notation (not read)'],
    ['a{', '', 'brace that is no quantifier'],
    ['(\\d', '', 'unterminated group'],
  ])('%j (flags %j) gives 0: %s', (source, flags) => {
    expect(minDigitsOf(source, flags)).toBe(0);
  });

  it.each([
    ['[A-Z] ?\\d(?: ?\\d){8}', 'giu', 'KV: A 1 2 3 4 5 6 7 8 9, B123456789'],
    ['(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)', 'g', 'IP 0.0.0.0 und 192.168.1.1'],
    ['(?=[A-HJ-NPR-Z]{0,16}\\d)[A-HJ-NPR-Z0-9]{17}', 'gu', 'FIN WVWZZZ1JZXW000001 ABCDEFGHJKLMNPRS1'],
  ])('never exceeds the digits of a text where %j matches', (source, flags, text) => {
    const bound = minDigitsOf(source, flags);
    expect(bound).toBeGreaterThan(0);
    const matches = [...text.matchAll(new RegExp(source, flags))];
    expect(matches.length).toBeGreaterThan(0);
    // Here every lookahead lies inside the match, so each match itself holds the digits.
    for (const m of matches) expect(digitsIn(m[0])).toBeGreaterThanOrEqual(bound);
  });
});
