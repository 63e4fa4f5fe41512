import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { S } from './strings.js';

describe("normalize 'email'", () => {
  it.each([
    ['anna punkt weber at gmx punkt de', 'anna.weber@gmx.de', 'anna punkt weber at gmx punkt de'],
    [S.emailSpoken, 'die adresse ist anna.weber@gmx.de danke', 'anna punkt weber at gmx punkt de'],
    [S.emailSymbols, 'max_muster-1@web.de', S.emailSymbols],
    ['info ät praxis-weber dot com', 'info@praxis-weber.com', 'info ät praxis-weber dot com'],
    ['jana et t minus online punkt de', 'jana@t-online.de', 'jana et t minus online punkt de'],
    ['k punkt mueller klammeraffe firma bindestrich x punkt de', 'k.mueller@firma-x.de', 'k punkt mueller klammeraffe firma bindestrich x punkt de'],
    ['hans underscore meier at mail dot de', 'hans_meier@mail.de', 'hans underscore meier at mail dot de'],
    ['Anna Punkt Weber AT GMX Punkt DE', 'Anna.Weber@GMX.DE', 'Anna Punkt Weber AT GMX Punkt DE'],
    ['anna strich weber neunzehnhundertachtzig at web punkt de', 'anna-weber 1980@web.de', 'neunzehnhundertachtzig at web punkt de'],
    ['M wie Martha punkt weber at web punkt de', 'M.weber@web.de', 'M wie Martha punkt weber at web punkt de'],
  ])('%j -> %j', (input, expected, spoken) => {
    const n = normalize(input, 'email');
    expect(n.text).toBe(expected);
    // The address as a detector would find it (the chunk around "@") maps back to the spoken address.
    const at = n.text.indexOf('@');
    const from = n.text.lastIndexOf(' ', at) + 1;
    const space = n.text.indexOf(' ', at);
    const [s, e] = n.toOriginal(from, space < 0 ? n.text.length : space);
    expect(input.slice(s, e)).toBe(spoken);
  });

  it('applies every digits-view rewrite as well', () => {
    expect(normalize('plus vier neun, dritten', 'email').text).toBe('+4 9, 3.');
  });

  it.each([
    ['Atlas Punktlandung Strichcode', 'symbols only as whole tokens'],
    ['E-Mail: anna.weber@gmx.de', 'written address'],
  ])('%j stays unchanged (%s)', (input) => {
    expect(normalize(input, 'email').text).toBe(input);
  });

  it('keeps symbol words in the digits view', () => {
    expect(normalize('anna punkt weber at gmx punkt de', 'digits').text).toBe('anna punkt weber at gmx punkt de');
  });
});
