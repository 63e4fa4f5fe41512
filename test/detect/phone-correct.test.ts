import { describe, expect, it } from 'vitest';
import { createRuleDetectors } from '../../src/detect/index.js';
import { createPhoneDetectors } from '../../src/detect/phone.js';
import { createCallView } from '../../src/pipeline/call-view.js';
import { resolveSpans } from '../../src/resolve/index.js';
import type { Span } from '../../src/types.js';
import { detectIn, type TestTurn } from '../helpers.js';

const phone = createPhoneDetectors()[0];
const agent = (text: string): TestTurn => ({ speaker: 'agent', text });

/** `[turn, start, end]` of the PHONE spans, duplicates removed. */
async function located(...turns: TestTurn[]): Promise<[number, number, number][]> {
  const keys = new Set((await detectIn(phone, ...turns)).map((s) => `${s.turn},${s.start},${s.end}`));
  return [...keys].map((k) => k.split(',').map(Number) as [number, number, number]);
}

describe('PHONE: the end of a number corrected right after it was said', () => {
  it.each<[string, TestTurn[], [number, number, number][]]>([
    ['written, same turn', ['Meine Nummer ist 0171 2345678, nein, 2345687.'], [[0, 17, 29], [0, 37, 44]]],
    [
      'spoken, after "äh nein"',
      ['rufen sie mich an unter null eins fünf eins eins zwei drei vier fünf sechs sieben äh nein eins zwei drei vier fünf sieben sechs'],
      [[0, 24, 81], [0, 90, 127]],
    ],
    [
      'only the last two digits said again',
      ['meine festnetznummer ist null drei null zwei drei vier fünf sechs sieben acht nein warte sieben neun'],
      [[0, 25, 77], [0, 89, 100]],
    ],
    [
      'in the next turn, after the listener\'s "ja"',
      [agent('ihre handynummer bitte'), 'null eins sieben eins zwei drei vier fünf sechs sieben acht', agent('ja'), 'ach nein sorry fünf sechs acht sieben'],
      [[1, 0, 59], [3, 15, 37]],
    ],
  ])('%s', async (_name, turns, expected) => {
    expect(await located(...turns)).toEqual(expected);
  });

  it('marks the corrected part validated when the corrected number is valid', async () => {
    const spans = await detectIn(phone, 'Meine Nummer ist 0171 2345678, nein, 2345687.');
    expect(spans.some((s) => s.start === 37 && s.end === 44 && s.validated)).toBe(true);
  });

  it.each([
    ['Meine Nummer ist 0171 2345678, nein, 3 Kinder habe ich.', 'one digit and other words after it'],
    ['Meine Nummer ist 0171 2345678. Nein, ich bin 45 Jahre alt.', 'other words between the correction and the digits'],
    ['Meine Nummer ist 0171 2345678, nein, 150 Euro war das.', 'an amount'],
    ['Meine Nummer ist 0171 2345678, nein, um 14 30 passt mir nicht.', 'an appointment time'],
    ['Meine Nummer ist 0171 2345678, nein, die Kundennummer 4455667.', 'another number named after the correction'],
  ])('%s (only the number itself: %s)', async (text) => {
    expect(await located(text)).toEqual([[0, 17, 29]]);
  });
});

describe('PHONE: a card expiry date is no continuation of a number', () => {
  it.each<[string, TestTurn[]]>([
    ['written', [agent('Die Kreditkarte bitte.'), '5270 6691', agent('Ja?'), '0865 4033', agent('Und das Ablaufdatum?'), '04/29']],
    ['spoken', [agent('die karte bitte'), 'fünf zwei sieben null sechs sechs neun eins', agent('ja'), 'null acht sechs fünf vier null drei drei', agent('und gültig bis'), 'null vier neunundzwanzig']],
  ])('%s', async (_name, turns) => {
    expect((await located(...turns)).filter(([t]) => t === 5)).toEqual([]);
  });
});

describe('PHONE: a corrected end resolved with every rule detector', () => {
  it('stays PHONE, not a street with a house number and postcode', async () => {
    const text = 'meine nummer ist null eins fünf zwei neun acht sieben sechs fünf vier drei nein warte neun acht sieben sechs fünf drei drei';
    const call = createCallView('test', [{ speaker: 'caller', text }]);
    const spans: Span[] = [];
    for (const d of createRuleDetectors()) await d.detect(call, spans);
    const [turn] = resolveSpans(spans, [text]);
    expect(turn.map((s) => [s.start, s.end, s.label])).toEqual([
      [17, 74, 'PHONE'],
      [86, 123, 'PHONE'],
    ]);
  });
});
