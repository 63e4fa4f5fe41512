import { describe, expect, it } from 'vitest';
import { createIdDetectors } from '../../src/detect/id.js';
import { createRuleDetectors } from '../../src/detect/index.js';
import { forEachBareHead, sameShape } from '../../src/detect/id-lists.js';
import { createCallView } from '../../src/pipeline/call-view.js';
import { resolveSpans } from '../../src/resolve/index.js';
import type { Detector, Span } from '../../src/types.js';
import { detectIn, type TestTurn } from '../helpers.js';

const detectors = createIdDetectors();
const agent = (text: string): TestTurn => ({ speaker: 'agent', text });

/** `[turn, start, end]` of every ID span all ID detectors find, sorted, duplicates removed. */
async function located(...turns: TestTurn[]): Promise<[number, number, number][]> {
  const seen = new Set<string>();
  const all: [number, number, number][] = [];
  for (const d of detectors) {
    for (const s of await detectIn(d as Detector, ...turns)) {
      const key = `${s.turn}:${s.start}:${s.end}`;
      if (s.label === 'ID' && !seen.has(key)) {
        seen.add(key);
        all.push([s.turn, s.start, s.end]);
      }
    }
  }
  return all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Single-turn calls: `[start, end]` of the ID spans. */
async function inText(text: string): Promise<[number, number][]> {
  return (await located(text)).map(([, s, e]) => [s, e]);
}

describe('ID: a bare "Nummer" announces a value mixing letters and digits', () => {
  it.each<[string, [number, number][]]>([
    ['Auf dem Bescheid steht die Nummer BX-7421 09.', [[34, 44]]],
    ['auf dem bescheid steht die nummer b x sieben vier zwo eins null', [[34, 63]]],
    ['das ist die nummer k l drei drei null null neun', [[19, 47]]],
    ['Der Spind hat die Nr. XK-4471-22.', [[22, 32]]],
    ['Die Nummer auf der Karte ist AB12 3456 7.', [[29, 40]]],
    ['ich hab hier noch eine zweite nummer die ist q w e eins zwei drei vier', [[45, 70]]],
  ])('%s', async (text, expected) => {
    expect(await inText(text)).toEqual(expected);
  });

  it.each([
    ['die nummer ist null eins sieben eins zwei drei vier fünf sechs', 'digits only after a bare "Nummer": a phone number, PHONE decides'],
    ['Zimmer Nummer 12 b, zweiter Stock.', 'a room number with a letter has too few digits'],
    ['wir sind die nummer eins in bayern seit 2010', 'a rank and a year'],
    ['Die Nummer 3 hat ab 14 Uhr geöffnet.', 'a shop number and a time'],
    ['Nummer sicher: Termin am 12.03. um 9 Uhr.', 'an idiom, a date and a time'],
    ['Die Telefonnummer ist 0171 2345678.', 'a compound head is not a bare one'],
    ['Ich wohne in der Nummer 12 a, Postleitzahl 80331.', 'a house number with a letter, then a postcode'],
  ])('%s (%s)', async (text) => {
    expect(await inText(text)).toEqual([]);
  });
});

describe('ID: spelled letters after a context word need only one digit', () => {
  it.each<[string, [number, number][]]>([
    ['meine evb ist k l m n o p vier', [[14, 30]]],
    ['Der eVB-Code ist A B C D E F 7.', [[17, 30]]],
  ])('%s', async (text, expected) => {
    expect(await inText(text)).toEqual(expected);
  });

  it.each([
    ['Die Kundennummer? Ach, die ist bei meiner Frau.', 'no value at all'],
    ['Kundennummer weiß ich nicht, ab 3 Uhr bin ich zuhause', 'one digit and no spelled letters'],
  ])('%s (%s)', async (text) => {
    expect(await inText(text)).toEqual([]);
  });
});

describe('ID: further values of the same shape listed after one', () => {
  it.each<[string, [number, number][]]>([
    ['Die Versicherungsnummern: meine ist KX-4471-2209, die von meinem Sohn KX-4471-2210.', [[36, 48], [70, 82]]],
    [
      'die kundennummer von mir ist vier sieben eins eins null acht eins fünf und die von meinem mann vier sieben eins eins null acht eins sechs',
      [[29, 70], [95, 137]],
    ],
    ['Kennzeichen M-AB 1234 und das zweite Auto M-CD 5678.', [[12, 21], [42, 51]]],
  ])('%s', async (text, expected) => {
    expect(await inText(text)).toEqual(expected);
  });

  it('takes the second number of an answer to a question in the previous turn', async () => {
    const spans = await located(agent('Ich brauche noch die Ausweisnummern von Ihnen beiden.'), 'Meine ist C4J7R2X91, und die von meinem Mann L8M0T3P25.');
    expect(spans).toEqual([[1, 10, 19], [1, 45, 54]]);
  });

  it.each<[string, [number, number][], string]>([
    ['Kundennummer 12345678, und seit 2015 bin ich Kunde.', [[13, 21]], 'a year is shorter'],
    ['Vertragsnummer 4711 0815, der Zählerstand ist 4711 5555.', [[15, 24]], 'a meter reading named between'],
    ['Kundennummer 55 66 77, meine Telefonnummer 0171 22 33 44', [[13, 21]], 'a phone number named between'],
    ['Die Kundennummer ist 123456 und ich habe 250000 Punkte gesammelt.', [[21, 27]], 'a count before its noun'],
    ['Mitgliedsnummer 20456 und wir sind 12345 Mitglieder.', [[16, 21]], 'five digits are too short for a list'],
    ['Kundennummer 123456, Postleitzahl 80331.', [[13, 19]], 'a postcode named between'],
  ])('%s (only the first: %s)', async (text, expected) => {
    expect(await inText(text)).toEqual(expected);
  });
});

describe('ID: a reading or a card detail asked after a value does not continue it', () => {
  it.each<[string, TestTurn[]]>([
    ['a meter reading as one number word', [agent('die zählernummer bitte'), 'acht acht eins zwei drei vier fünf sechs', agent('und der stand'), 'zwölftausenddreihundertvierzig']],
    ['a decimal reading', [agent('die zählernummer bitte'), 'eins e s y eins eins sechs null', agent('und der wert'), 'vier fünf zwei drei eins komma sieben']],
    ['a written reading', ['Meine Kundennummer ist 4711 0815.', agent('Und der Zählerstand?'), '45231,5']],
    ['a card expiry date', [agent('Ihre Kundennummer?'), '5270 6691', agent('Und das Ablaufdatum?'), '04/29']],
  ])('%s', async (_name, turns) => {
    const last = turns.length - 1;
    expect((await located(...turns)).filter(([t]) => t === last)).toEqual([]);
  });
});

describe('ID: spoken identifiers resolved with every rule detector stay ID (no street, house number and postcode)', () => {
  const all = createRuleDetectors();
  it.each<[string, TestTurn[], [number, number, number, string][]]>([
    ['a number after its compound cue word', [agent('ihre mitgliedsnummer bitte'), 'mitgliedsnummer zwei null eins neun neun fünf neun'], [[1, 16, 50, 'ID']]],
    ['a plate with a spoken hyphen', [agent('und das kennzeichen'), 'v g bindestrich drei null sechs sieben fünfundsiebzig stimmt das'], [[1, 0, 53, 'ID']]],
    [
      'a relative\'s number in a list',
      ['die kundennummer von mir ist vier sieben eins eins null acht eins fünf und die von meinem mann vier sieben eins eins null acht eins sechs'],
      [[0, 29, 70, 'ID'], [0, 95, 137, 'ID']],
    ],
  ])('%s', async (_name, turns, expected) => {
    const call = createCallView('test', turns.map((t) => (typeof t === 'string' ? { speaker: 'caller', text: t } : t)));
    const spans: Span[] = [];
    for (const d of all) await d.detect(call, spans);
    const resolved = resolveSpans(spans, call.turns.map((t) => t.text));
    expect(resolved.flatMap((list, turn) => list.map((s) => [turn, s.start, s.end, s.label]))).toEqual(expected);
  });
});

describe('id-lists helpers', () => {
  it.each([
    ['L01X00T47', 'T22000129', true],
    ['47110815', '47110816', true],
    ['47110815', '2024', false],
    ['47110815', '471108151', false],
    ['KX44712209', 'KX44712210', true],
    ['KX44712209', '4471221099', false],
    ['ABCDEF7', 'ABCDEFG', false],
  ] as const)('sameShape(%s, %s) is %s', (a, b, expected) => {
    expect(sameShape(a, b)).toBe(expected);
  });

  it('finds whole-word heads only', () => {
    const ends: number[] = [];
    forEachBareHead('nummer, telefonnummer, nummern und nummerieren', ['nummer', 'nummern'], (end) => ends.push(end));
    expect(ends).toEqual([6, 30]);
  });
});
