import { describe, expect, it } from 'vitest';
import { nameLexicon } from '../../src/operators/name-lexicon.js';
import { foldGerman } from '../../src/operators/text-shape.js';
import { runner } from './helpers.js';

const surrogates = (callId?: string) => runner({ DEFAULT: 'surrogate' }, { callId });

describe('surrogate: PERSON', () => {
  it('replaces first names by first names and surnames by surnames', () => {
    const lex = nameLexicon();
    const out = surrogates()('PERSON', 'Anna Weber');
    const [first, last] = out.split(' ');
    expect(lex.firstNames).toContain(first);
    expect(lex.lastNames).toContain(last);
    expect(first).not.toBe('Anna');
    expect(last).not.toBe('Weber');
  });

  it('keeps the surname of a full name for later mentions in any case', () => {
    const apply = surrogates();
    const full = apply('PERSON', 'Anna Weber');
    const surname = full.split(' ')[1];
    expect(apply('PERSON', 'Weber')).toBe(surname);
    expect(apply('PERSON', 'weber')).toBe(surname.toLowerCase());
    expect(apply('PERSON', 'WEBER')).toBe(surname.toUpperCase());
    expect(apply('PERSON', 'anna weber')).toBe(full.toLowerCase());
  });

  it.each([
    ['Dr. Anna Weber', /^Dr\. \S+ \S+$/],
    ['Frau K. Schmidt', /^Frau [A-Z]\. \S+$/],
    ['Anna-Lena von Weber', /^\S+-\S+ von \S+$/],
    ['Hans-Peter Müller-Lüdenscheidt', /^[^\s-]+-[^\s-]+ [^\s-]+-[^\s-]+$/],
  ])('keeps titles, particles and hyphens: %s', (value, shape) => {
    const out = surrogates()('PERSON', value);
    expect(out).toMatch(shape);
    for (const word of ['Anna', 'Weber', 'Schmidt', 'Hans', 'Peter', 'Müller', 'Lüdenscheidt']) {
      expect(out.split(/[\s-]/)).not.toContain(word);
    }
  });

  it('keeps a spelled name spelled', () => {
    const out = surrogates()('PERSON', 'M wie Martha, E, I, E, R');
    expect(out).toMatch(/^[A-ZÄÖÜ] wie [A-ZÄÖÜ][a-zäöü]+(, [A-ZÄÖÜ])+$/);
    expect(out).not.toMatch(/^M wie Martha, E, I, E, R$/);
  });

  it('is reproducible for the same call id and differs between calls', () => {
    const names = ['Anna Weber', 'Jana Krüger', 'Peter Schulz', 'Mehmet Yılmaz'];
    const run = (id: string) => {
      const apply = surrogates(id);
      return names.map((n) => apply('PERSON', n)).join('|');
    };
    expect(run('call-1')).toBe(run('call-1'));
    expect(run('call-1')).not.toBe(run('call-2'));
  });

  it('does not depend on the order values are met in (only on the value)', () => {
    const a = surrogates('c');
    const b = surrogates('c');
    const x = a('PERSON', 'Jana Krüger');
    b('PERSON', 'Anna Weber');
    expect(b('PERSON', 'Jana Krüger')).toBe(x);
  });

  it('changes with a configured seed', () => {
    const plain = runner({ DEFAULT: 'surrogate' })('PERSON', 'Anna Weber Schulz Krüger');
    const seeded = runner({ DEFAULT: { name: 'surrogate', params: { seed: 'tenant-1' } } })('PERSON', 'Anna Weber Schulz Krüger');
    expect(seeded).not.toBe(plain);
  });

  it('gives two different people two different surrogates', () => {
    const apply = surrogates();
    const seen = new Set<string>();
    for (const n of ['Weber', 'Schulz', 'Krüger', 'Becker', 'Wagner', 'Hoffmann', 'Koch', 'Richter']) seen.add(apply('PERSON', n));
    expect(seen.size).toBe(8);
  });
});

describe('surrogate: EMAIL', () => {
  it('uses the person surrogates of the name parts and example.<tld>', () => {
    const apply = surrogates();
    const person = apply('PERSON', 'Anna Weber');
    const mail = apply('EMAIL', 'anna.weber@gmx.de');
    const [first, last] = person.split(' ').map((w) => foldGerman(w).replace(/[^a-z]/g, ''));
    expect(mail).toBe(`${first}.${last}@example.de`);
  });

  it.each([
    ['a.weber85@web.de', /^[a-z]+\.[a-z]+\d\d@example\.de$/],
    ['info@praxis-weber.com', /^[a-z]+@example\.com$/],
    ['ANNA.WEBER@GMX.DE', /^[A-Z]+\.[A-Z]+@EXAMPLE\.DE$/],
    ['k.m@firma.xyz', /^[a-z]+\.[a-z]+@example\.de$/],
  ])('%s keeps its shape', (value, shape) => {
    expect(surrogates()('EMAIL', value)).toMatch(shape);
  });

  it('keeps a spoken address spoken, with the same symbol words', () => {
    const out = surrogates()('EMAIL', 'anna punkt weber ät gmx punkt de');
    expect(out).toMatch(/^[a-z]+ punkt [a-z]+ ät example punkt de$/);
  });

  it('gives two addresses of one person two different surrogates', () => {
    const apply = surrogates();
    expect(apply('EMAIL', 'anna.weber@gmx.de')).not.toBe(apply('EMAIL', 'anna.weber@web.de'));
  });
});
