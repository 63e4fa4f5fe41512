import { describe, expect, it } from 'vitest';
import { createIbanDetectors } from '../../src/detect/iban.js';
import { createRuleDetectors } from '../../src/detect/index.js';
import { createCallView } from '../../src/pipeline/call-view.js';
import { resolveSpans } from '../../src/resolve/index.js';
import type { Detector, Span } from '../../src/types.js';
import type { TestTurn } from '../helpers.js';

const agent = (text: string): TestTurn => ({ speaker: 'agent', text });

function callOf(turns: readonly TestTurn[]) {
  return createCallView(
    'test',
    turns.map((t) => (typeof t === 'string' ? { speaker: 'caller', text: t } : t)),
  );
}

/** `[turn, start, end, label]` of what `detectors` find, sorted, duplicates removed. */
async function run(detectors: readonly Detector[], turns: readonly TestTurn[]): Promise<[number, number, number, string][]> {
  const call = callOf(turns);
  const spans: Span[] = [];
  for (const d of detectors) await d.detect(call, spans);
  const keys = new Set(spans.map((s) => JSON.stringify([s.turn, s.start, s.end, s.label])));
  return [...keys].map((k) => JSON.parse(k) as [number, number, number, string]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const ibanDetectors = createIbanDetectors();

describe('IBAN: account numbers with the owner or a filler between cue and digits', () => {
  it.each<[string, [number, number][]]>([
    ['Die Kontonummer von meinem Vater ist 1234567890, die BLZ weiß ich nicht.', [[37, 47]]],
    ['Konto-Nr. von ihm: 987 654 321', [[19, 30]]],
    ['meine alte kontonummer war null fünf drei zwo null eins drei null null null', [[27, 75]]],
    ['kontonummer äh null fünf drei zwo null eins drei', [[15, 48]]],
    ['Ich habe nur die Kontonummer von meiner Mutter, 44 8812 0031, die Bankleitzahl habe ich nicht.', [[48, 60]]],
  ])('%s', async (text, expected) => {
    expect((await run(ibanDetectors, [text])).map(([, s, e]) => [s, e])).toEqual(expected);
  });

  it.each([
    ['Das Konto von 2019 bis 2021 war bei der Sparkasse.', 'years after "von" that names no owner'],
    ['das konto seit 2015', 'a year after an unlisted word'],
    ['Kontonummer habe ich nicht, meine Kundennummer ist 44 8812.', 'other words between: the number is another one'],
    ['Das Konto wurde am 12.03.2024 eröffnet.', 'a date'],
  ])('%s (%s)', async (text) => {
    expect(await run(ibanDetectors, [text])).toEqual([]);
  });
});

describe('IBAN: a start broken off by a correction is redacted too', () => {
  it('spoken, the full IBAN follows two turns later', async () => {
    const spans = await run(ibanDetectors, [
      'meine iban ist de vier eins null zwo äh nein moment',
      agent('kein problem'),
      'de vier eins null zwei eins neun acht acht drei sieben sechs vier null vier neun null eins fünf neun sechs',
    ]);
    expect(spans).toEqual([
      [0, 15, 36, 'IBAN'],
      [2, 0, 106, 'IBAN'],
    ]);
  });

  it('written, restarted in the same turn (Austrian)', async () => {
    expect(await run(ibanDetectors, ['IBAN: AT61 1904, nein, AT61 1904 3002 3457 3201'])).toEqual([
      [0, 6, 15, 'IBAN'],
      [0, 23, 47, 'IBAN'],
    ]);
  });

  it('after an IBAN question, also when a card word is the nearer cue', async () => {
    const spans = await run(ibanDetectors, [agent('Ihre Bankverbindung für die Erstattung?'), 'Moment, die steht auf der Karte: DE 41 02, nein warte.']);
    expect(spans).toEqual([[1, 33, 41, 'IBAN']]);
  });

  it.each<[string, TestTurn[]]>([
    ['a customer number with letters in front, no IBAN cue', ['Die Kundennummer ist DE 4711 0815.']],
    ['the same after an IBAN was mentioned: the customer-number cue is nearer', [agent('Ihre IBAN haben wir schon.'), 'Gut. Die Kundennummer ist DE 4711 0815.']],
    ['a short start without correction after a card cue', [agent('Ihre Bankverbindung?'), 'Auf der Karte steht DE 41 02 und dann weiß ich nicht weiter.']],
  ])('no IBAN: %s', async (_name, turns) => {
    expect(await run(ibanDetectors, turns)).toEqual([]);
  });
});

describe('IBAN: bank details resolved with every rule detector', () => {
  const all = createRuleDetectors();

  /** Resolved `[turn, start, end, label]` spans of a call. */
  async function resolved(turns: readonly TestTurn[]): Promise<[number, number, number, string][]> {
    const call = callOf(turns);
    const spans: Span[] = [];
    for (const d of all) await d.detect(call, spans);
    return resolveSpans(spans, call.turns.map((t) => t.text)).flatMap((list, turn) => list.map((s): [number, number, number, string] => [turn, s.start, s.end, s.label]));
  }

  it('labels an account number and its bank code IBAN, not the bank code an address', async () => {
    expect(await resolved(['Ich habe nur die Kontonummer von ihm, 0987 6543 21, Bankleitzahl 500 105 17.'])).toEqual([
      [0, 38, 50, 'IBAN'],
      [0, 65, 75, 'IBAN'],
    ]);
  });

  it('labels a spoken bank code IBAN', async () => {
    expect(await resolved(['die bankleitzahl ist eins null null fünf null null null null'])).toEqual([[0, 21, 60, 'IBAN']]);
  });
});
