import { describe, expect, it } from 'vitest';
import { scanDigitChains, type DigitChain } from '../../src/detect/digit-chain.js';
import { classifyPhone, isDateShape } from '../../src/detect/phone-check.js';
import { createPhoneDetectors } from '../../src/detect/phone.js';
import type { Span } from '../../src/types.js';
import { detectIn, triples, type TestTurn } from '../helpers.js';

const phone = createPhoneDetectors()[0];

/** `[turn, start, end]` of spans, for calls with several turns. */
function located(spans: readonly Span[]): [number, number, number][] {
  return spans.map((s) => [s.turn, s.start, s.end]);
}

describe('PHONE: single-turn positives (written and spoken)', () => {
  it.each([
    ['written with slash and spaces', 'Rufen Sie mich unter 0171 / 234 56 78 an.', [[21, 37, 'PHONE']]],
    ['+49 with (0) trunk marker', '+49 (0) 30 1234567', [[0, 18, 'PHONE']]],
    ['hyphenated landline', 'Tel. 030-12345678', [[5, 17, 'PHONE']]],
    ['0049 prefix', '0049 171 2345678', [[0, 16, 'PHONE']]],
    ['area code in brackets', 'Praxis (089) 12 34 56', [[7, 21, 'PHONE']]],
    ['E.164 compact', 'Rückruf an +4915112345678 bitte', [[11, 25, 'PHONE']]],
    ['toll-free', 'unter 0800 1234567 kostenlos', [[6, 18, 'PHONE']]],
    ['foreign number', 'erreichbar unter +44 20 7946 0958', [[17, 33, 'PHONE']]],
    ['spoken digit by digit with commas', 'null eins sieben eins, zwei drei vier, fünf sechs sieben acht', [[0, 61, 'PHONE']]],
    ['spoken plus vier neun', 'plus vier neun eins fünf eins eins zwei drei vier fünf sechs sieben acht', [[0, 72, 'PHONE']]],
    ['spoken doppel-null', 'null drei null doppel-null eins zwei drei vier fünf', [[0, 51, 'PHONE']]],
    ['mixed digits and words', '0171 zwei drei vier fünf sechs sieben acht', [[0, 42, 'PHONE']]],
    ['spoken pairs', 'meine nummer ist null eins fünf eins, zwölf vierunddreißig sechsundfünfzig', [[17, 74, 'PHONE']]],
    ['spoken neunundvierzig prefix', 'plus neunundvierzig dreißig eins zwei drei vier fünf sechs sieben', [[0, 65, 'PHONE']]],
    ['extension after Durchwahl', 'meine durchwahl ist 123', [[20, 23, 'PHONE']]],
    ['local number after Telefon', 'Telefon: 234 56 78', [[9, 18, 'PHONE']]],
    ['filler inside dictation', 'null eins sieben eins äh zwei drei vier fünf sechs sieben acht', [[0, 62, 'PHONE']]],
    ['two numbers in a comma list', 'Handy 0171 2345678, Festnetz 030 1234567', [[6, 18, 'PHONE'], [29, 40, 'PHONE']]],
    ['internal five-digit number after Tel', 'Eine interne Nummer Sucher: 39493, oder auch Tel Büro 39493', [[28, 33, 'PHONE'], [54, 59, 'PHONE']]],
    ['area code and number joined by dann', 'die vorwahl ist null drei null, dann eins zwei drei vier fünf sechs sieben', [[16, 74, 'PHONE']]],
    ['number before a time', 'Tel. 030 1234567 und 12 Uhr', [[5, 16, 'PHONE']]],
  ] as const)('%s', async (_name, text, expected) => {
    expect(triples(await detectIn(phone, text))).toEqual(expected);
  });
});

describe('PHONE: hard negatives', () => {
  it.each([
    ['time with colon', 'um 14:30 Uhr'],
    ['spoken time', 'ich komme um vierzehn dreißig'],
    ['time as two numbers', 'um 14 30 passt mir'],
    ['price with euro sign', 'Das kostet 49,90 €.'],
    ['spoken price', 'das macht neunundvierzig neunzig'],
    ['price with leading zero', 'rufen Sie an, Preis 0,99 €'],
    ['amount with thousands dot', 'Die Rechnung über 1.299,00 Euro'],
    ['appointment date', 'Termin am 12.03.2024'],
    ['date with leading zero', 'am 01.03.2024 um 9 Uhr'],
    ['spoken date digits', 'am null eins null drei'],
    ['quantity', 'ich brauche 500 Stück'],
    ['weight', 'ungefähr 3 Kilo'],
    ['postcode with city', '80331 München'],
    ['postcode with city after a phone cue', 'Telefon habe ich keins, ich wohne in 80331 München'],
    ['postcode with leading zero', 'Postleitzahl 01067 Dresden'],
    ['tariff name', 'im Tarif 2000'],
    ['year', 'geboren im Jahr 1980'],
    ['spoken year', 'neunzehnhundertachtzig'],
    ['written IBAN', 'IBAN DE89 3704 0044 0532 0130 00'],
    ['spoken IBAN', 'D E acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null'],
    ['card number', '4111 1111 1111 1111'],
    ['customer number cue nearer', 'Kundennummer 0123456789'],
    ['contract number cue nearer', 'Vertragsnummer 0987654321'],
    ['claim number cue nearer', 'Schadennummer 0815 4711 12'],
    ['product number without context', 'Ich habe die 4711 0815 bestellt'],
    ['range of years', 'Krieg von 1914-1918'],
    ['document number with year', 'Nummer 17/1974'],
    ['list of years after a cue', 'wir haben unter der Nummer 2011, 2012 und 2014 gewonnen'],
    ['opening hours', 'geöffnet von 8 bis 12 und 14 bis 18 Uhr'],
    ['version number', 'Version 1.2.3'],
    ['room and floor', 'Zimmer 12, Etage 3'],
    ['code with a letter prefix', 'Okay, korrigiert: KS-0714821.'],
    ['house number and postcode after a phone cue', 'Telefonisch erreichbar, wohnhaft Waldstraße 25, 64283 Darmstadt'],
    ['a sentence end splits numbers', 'Platz 100. 1987 erhielt sie unter der Nummer einen Preis'],
    ['amount as one number word', 'rufen Sie an, es geht um sechzigtausend'],
  ] as const)('%s: %s', async (_reason, text) => {
    expect(await detectIn(phone, text)).toEqual([]);
  });
});

describe('PHONE: across turns', () => {
  const agent = (text: string): TestTurn => ({ speaker: 'agent', text });
  it.each([
    [
      'number split over two turns with "ja" between',
      [agent('Und Ihre Telefonnummer?'), 'null eins sieben eins', agent('ja'), 'zwei drei vier fünf sechs sieben acht'],
      [[1, 0, 21], [3, 0, 37]],
    ],
    [
      'first half already a number, tail after "ja weiter"',
      [agent('Können Sie mir eine Rückrufnummer geben?'), 'null sechs doppel zwei eins drei vier zwei drei', agent('ja weiter'), 'dann sechs vier vier'],
      [[1, 0, 47], [3, 5, 20]],
    ],
    [
      'agent reads back the end of the number',
      ['0171 2345678', agent('zwei drei vier, fünf sechs sieben acht, richtig?')],
      [[0, 0, 12], [1, 0, 38]],
    ],
    [
      'agent reads back in international form with a wrong country code',
      ['null eins sieben eins zwei drei vier fünf sechs sieben acht', agent('also plus neun vier eins sieben eins zwei drei vier fünf sechs sieben acht')],
      [[0, 0, 59], [1, 5, 74]],
    ],
    [
      'question in the previous turn gives context to a local number',
      [agent('Unter welcher Nummer erreichen wir Sie?'), '234 56 78'],
      [[1, 0, 9]],
    ],
  ] as const)('%s', async (_name, turns, expected) => {
    expect(located(await detectIn(phone, ...turns))).toEqual(expected);
  });

  it('does not join a date after an acknowledgement to an earlier number', async () => {
    const spans = await detectIn(phone, '0171 2345678', agent('korrekt'), 'mhm der nächste freie termin ist am 15 dezember');
    expect(located(spans)).toEqual([[0, 0, 12]]);
  });
});

describe('PHONE: scores', () => {
  it('marks numbers libphonenumber accepts as validated', async () => {
    const [span] = await detectIn(phone, '0171 2345678');
    expect(span).toMatchObject({ label: 'PHONE', validated: true, source: 'rules:phone' });
    expect(span.score).toBeGreaterThanOrEqual(0.9);
  });
  it('keeps local numbers after a cue unvalidated with a lower score', async () => {
    const [span] = await detectIn(phone, 'Telefon: 234 56 78');
    expect(span.validated).toBe(false);
    expect(span.score).toBeLessThan(0.9);
  });
});

describe('classifyPhone and isDateShape', () => {
  it.each([
    ['01712345678', false, 'mobile'],
    ['0301234567', false, 'national'],
    ['089123456', false, 'shortNational'],
    ['491712345678', true, 'international'],
    ['00491712345678', false, 'international'],
    ['4901712345678', true, 'international'],
    ['2345678', false, 'local'],
    ['0123', false, 'none'],
  ] as const)('%s (plus: %s) is %s', (digits, plus, kind) => {
    expect(classifyPhone(digits, plus)).toBe(kind);
  });
  it.each([
    [[2, 2, 4], true],
    [[1, 1, 2], true],
    [[3, 2, 2, 2], false],
    [[4, 3, 2], false],
  ] as const)('groups %j date shape: %s', (groups, expected) => {
    expect(isDateShape(groups)).toBe(expected);
  });
});

describe('digit chains', () => {
  const chains = (text: string): DigitChain[] => {
    const out: DigitChain[] = [];
    scanDigitChains(text, (c) => out.push(c));
    return out;
  };
  it('joins groups across separators and marks comma breaks', () => {
    const [c] = chains('0171 / 234 56 78, 99');
    expect(c).toMatchObject({ digits: '0171234567899', start: 0, end: 20, breaks: [11], groups: 5, decimal: false });
  });
  it('flags decimals, dotted dates and codes', () => {
    expect(chains('49,90')[0].decimal).toBe(true);
    expect(chains('12.03.2024')[0].dotsOnly).toBe(true);
    expect(chains('DE89 3704')[0]).toMatchObject({ digits: '3704', afterCode: true });
  });
  it('does not start inside a word and survives brackets after letters', () => {
    expect(chains('A123 x(b 2b')).toEqual([]);
  });
});

describe('PHONE: linear time on adversarial input', () => {
  const MB = 1 << 20;
  it.each([
    ['1 MB of digits', '7'.repeat(MB)],
    ['1 MB of "1 "', '1 '.repeat(MB / 2)],
    ['1 MB of "0, "', '0, '.repeat(MB / 3)],
    ['1 MB without spaces', 'abc('.repeat(MB / 4)],
    ['1 MB of "(0"', '(0'.repeat(MB / 2)],
  ])('%s', async (_name, text) => {
    const t0 = performance.now();
    await detectIn(phone, text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
