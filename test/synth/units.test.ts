import { isValidPhoneNumber } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { VALIDATORS } from '../../src/rules/validators/index.js';
import { makeCard, makeIban, makeKvnr, makePersoNr, makeRvnr, makeTaxId } from '../../src/synth/ids.js';
import { numberWords, ordinalWords, yearWords } from '../../src/synth/numbers.js';
import { compilePattern, expand, splitPool } from '../../src/synth/pattern.js';
import { renderDate, renderEmail } from '../../src/synth/render.js';
import { Rng } from '../../src/synth/rng.js';
import { ent, lit, renderTurn, type DraftEntity, type Seg, type Style } from '../../src/synth/segments.js';
import { speakDigits, spellWord } from '../../src/synth/spoken.js';
import { foldForeign, toLatin } from '../../src/synth/translit.js';
import { makePhone, mishearName } from '../../src/synth/values.js';

const WRITTEN: Style = { lower: false, punct: true, spoken: 0, disfl: 0, zwo: false };
const STT: Style = { lower: true, punct: false, spoken: 1, disfl: 0, zwo: false };

describe('number words', () => {
  it.each([
    [0, 'null'], [7, 'sieben'], [17, 'siebzehn'], [21, 'einundzwanzig'], [30, 'dreißig'], [101, 'hunderteins'],
    [1234, 'tausendzweihundertvierunddreißig'], [80331, 'achtzigtausenddreihunderteinunddreißig'],
  ])('%i -> %s', (n, w) => expect(numberWords(n)).toBe(w));
  it.each([[1980, 'neunzehnhundertachtzig'], [1900, 'neunzehnhundert'], [2005, 'zweitausendfünf'], [1965, 'neunzehnhundertfünfundsechzig']])(
    'year %i -> %s', (y, w) => expect(yearWords(y)).toBe(w));
  it.each([[1, 'en', 'ersten'], [3, 'er', 'dritter'], [7, 'e', 'siebte'], [19, 'en', 'neunzehnten'], [31, 'er', 'einunddreißigster']] as const)(
    'ordinal %i %s -> %s', (n, e, w) => expect(ordinalWords(n, e)).toBe(w));
  it('rejects numbers out of range', () => expect(() => numberWords(1_000_000)).toThrow(RangeError));
});

describe('spoken forms', () => {
  it('speaks digits one by one, in pairs, with zwo and doppel', () => {
    const rng = new Rng(1);
    expect(speakDigits('0171', rng, { mode: 'single', zwo: false, doppel: 0 })).toBe('null eins sieben eins');
    expect(speakDigits('2345', rng, { mode: 'pairs', zwo: false, doppel: 0 })).toBe('dreiundzwanzig fünfundvierzig');
    expect(speakDigits('05', rng, { mode: 'pairs', zwo: true, doppel: 0 })).toBe('null fünf');
    expect(speakDigits('22', rng, { mode: 'single', zwo: true, doppel: 0 })).toBe('zwo zwo');
    expect(speakDigits('00', rng, { mode: 'single', zwo: false, doppel: 1 })).toMatch(/^(doppel|zweimal) null$/);
  });
  it('spells names with the spelling alphabet, ß and umlauts intact', () => {
    const rng = new Rng(3);
    expect(spellWord('Meier', rng, { wie: 0, sep: ', ' })).toMatch(/^M( wie \p{L}+)?, E, I, E, R$/u);
    expect(spellWord('Strauß', rng, { wie: 0, sep: ' ' })).toMatch(/(Eszett|scharfes S)$/);
    expect(spellWord('Şimşek', rng, { wie: 1, sep: ' ' })).toMatch(/^S wie /);
  });
  it('speaks e-mails as "punkt" and "at"', () => {
    const o = { rng: new Rng(2), style: STT, spoken: true };
    expect(renderEmail('anna.weber@gmx.de', o)).toMatch(/^anna punkt weber (at|ät|Klammeraffe|at-Zeichen) (gmx|g m x) punkt (de|d e)$/);
  });
  it('renders birth dates in the grammatical case of the frame', () => {
    const dt = { d: 3, m: 3, y: 1980 };
    for (let s = 0; s < 20; s++) {
      const v = renderDate(dt, 'am', { rng: new Rng(s), style: STT, spoken: true });
      expect(v).toMatch(/^(dritten (März|dritten)|drei drei) (neunzehnhundertachtzig|achtzig|1980|neunzehn achtzig)$/);
    }
    expect(renderDate(dt, 'bare', { rng: new Rng(1), style: WRITTEN, spoken: false })).toMatch(/^(0?3\.0?3\.(19)?80|3\. März (1980|neunzehnhundertachtzig))$/);
  });
});

describe('transliteration', () => {
  it.each([['Άγγελος', 'Angelos'], ['Абрамов', 'Abramow'], ['Жукова', 'Schukowa'], ['Müller', 'Müller']])('%s -> %s', (a, b) => expect(toLatin(a)).toBe(b));
  it.each([['Şimşek', 'Simsek'], ['Yılmaz', 'Yilmaz'], ['Nguyễn', 'Nguyen'], ['Kołodziej', 'Kolodziej'], ['Weiß', 'Weiß'], ['Jürgen', 'Jürgen']])(
    'folds %s -> %s', (a, b) => expect(foldForeign(a)).toBe(b));
});

describe('patterns', () => {
  const noSlots = (): void => {
    throw new Error('no slots expected');
  };
  it('expands optional parts and alternatives', () => {
    const nodes = compilePattern('(Ja|Nein)[, bitte].');
    const seen = new Set<string>();
    for (let s = 0; s < 40; s++) {
      const out: Seg[] = [];
      expand(nodes, new Rng(s), noSlots, out);
      seen.add(out.map((x) => x.t).join(''));
    }
    expect([...seen].sort()).toEqual(['Ja, bitte.', 'Ja.', 'Nein, bitte.', 'Nein.']);
  });
  it('passes slot names and arguments', () => {
    const out: Seg[] = [];
    expand(compilePattern('Name: {caller:full}'), new Rng(1), (n, a, o) => o.push(ent(`${n}/${a}`, 'PERSON')), out);
    expect(out).toEqual([lit('Name: '), ent('caller/full', 'PERSON')]);
  });
  it.each(['{open', '[open', '(a|b', 'a)b'])('rejects the malformed pattern %s', (p) => expect(() => compilePattern(p)).toThrow(/synth pattern/));
  it('splits a pool into disjoint non-empty halves', () => {
    const p = splitPool(['a {x}', 'b', 'c', 'd', 'e', 'f']);
    expect(p.trainText.length + p.testText.length).toBe(6);
    expect(p.testText.length).toBeGreaterThan(0);
    expect(p.trainText.filter((t) => p.testText.includes(t))).toEqual([]);
  });
});

describe('renderTurn', () => {
  const segs: Seg[] = [lit('Guten Tag, hier ist Frau '), ent('Koch', 'PERSON'), lit('. Das kostet 49,90 Euro, um 14:30 Uhr. Mail: '), ent('anna.koch@web.de', 'EMAIL'), lit('.')];
  it('keeps written text and exact offsets', () => {
    const out: DraftEntity[] = [];
    const text = renderTurn({ speaker: 'caller', segs }, WRITTEN, 0, out);
    expect(text).toBe('Guten Tag, hier ist Frau Koch. Das kostet 49,90 Euro, um 14:30 Uhr. Mail: anna.koch@web.de.');
    expect(out.map((e) => [e.start, e.end, e.label])).toEqual([[25, 29, 'PERSON'], [74, 90, 'EMAIL']]);
  });
  it('lowercases and strips sentence punctuation in STT style, keeping 49,90 and 14:30', () => {
    const out: DraftEntity[] = [];
    const text = renderTurn({ speaker: 'caller', segs }, STT, 3, out);
    expect(text).toBe('guten tag hier ist frau koch das kostet 49,90 euro um 14:30 uhr mail anna.koch@web.de');
    for (const e of out) expect(text.slice(e.start, e.end)).toBe(e.value);
    expect(out[0]).toMatchObject({ turn: 3, value: 'koch' });
  });
  it('writes "Dr." as spoken in STT style', () => {
    const out: DraftEntity[] = [];
    expect(renderTurn({ speaker: 'agent', segs: [lit('Praxis Dr. '), ent('Weber', 'PERSON'), lit(', hallo.')] }, STT, 0, out)).toBe('praxis doktor weber hallo');
    expect(out[0]).toMatchObject({ start: 14, end: 19 });
  });
});

describe('value generators', () => {
  it('makes checksum-valid IDs, IBANs and cards (shared validators)', () => {
    const rng = new Rng(42);
    for (let i = 0; i < 200; i++) {
      expect(VALIDATORS.kvnr(makeKvnr(rng))).toBe(true);
      expect(VALIDATORS['steuer-id'](makeTaxId(rng))).toBe(true);
      expect(VALIDATORS.ausweis(makePersoNr(rng))).toBe(true);
      expect(VALIDATORS.luhn(makeCard(rng))).toBe(true);
      for (const cc of ['DE', 'AT', 'CH'] as const) expect(VALIDATORS['iban-mod97'](makeIban(rng, cc))).toBe(true);
    }
  });
  it('makes pension numbers that agree with birth date, initial and sex', () => {
    const v = makeRvnr(new Rng(1), { d: 7, m: 6, y: 1949 }, 'C', false);
    expect(v).toMatch(/^\d{2}070649C[0-4]\d\d$/);
    expect(VALIDATORS.rvnr(v)).toBe(true);
    expect(makeRvnr(new Rng(2), { d: 1, m: 1, y: 2001 }, 'W', true)).toMatch(/^\d{2}010101W[5-9]\d\d$/);
  });
  it('makes valid German phone numbers', () => {
    const rng = new Rng(5);
    for (let i = 0; i < 200; i++) {
      const p = makePhone(rng);
      expect(isValidPhoneNumber(`+${p.cc}${p.area}${p.sub}`)).toBe(true);
    }
  });
  it.each([['Meier', 'Maier'], ['Schmidt', 'Schmit'], ['Becker', 'Beker']])('mishears %s as %s', (a, b) => expect(mishearName(a)).toBe(b));
});
